"""Plans written in other house styles read exactly as expected."""

from pathlib import Path

from actiondesk.plans.reader import read_plan, read_plan_file

FIXTURES = Path(__file__).parent / "fixtures" / "reader"


def tasks_of(reading: dict) -> list[tuple]:
    return [(t["number"], t["title"], t["group"], t["lead"], t["support"]) for t in reading["tasks"]]


def targets_of(reading: dict) -> list[tuple]:
    return [
        (t["task"], t["text"], t["value"], t["unit"], t["comparator"], t["value_max"], t["kind"])
        for t in reading["targets"]
    ]


def test_markdown_plan_with_chinese_numerals_ranges_and_bracketed_units_reads_exactly():
    reading = read_plan_file(FIXTURES / "digital-economy-2026.md")
    assert (reading["title"], reading["year"]) == ("某某高新区2026年数字经济提升行动方案", 2026)
    assert reading["goals"] == [
        "到2026年底，全区数字经济核心产业增加值增速高于全市平均水平，新增数字化车间三十家，"
        "培育两个省级工业互联网平台，规上工业企业数字化诊断实现全覆盖"
    ]
    assert reading["programmes"] == [
        {"number": "（一）", "title": "夯实数字基础"},
        {"number": "（二）", "title": "深化融合应用"},
    ]
    assert tasks_of(reading) == [
        ("1", "建设新型基础设施", "（一）", ["区工信局"], ["区发改局", "区住建局"]),
        ("2", "培育数字企业", "（一）", ["区工信局"], ["区科技局", "区市场监管局"]),
        ("1", "推进智能化改造", "（二）", ["区工信局"], ["区发改局", "区财政局"]),
        ("2", "推广工业互联网", "（二）", ["区工信局"], []),
    ]
    assert targets_of(reading) == [
        (None, "全区数字经济核心产业增加值增速高于全市平均水平", None, "%", ">", None, "relative"),
        (None, "新增数字化车间三十家", 30, "家", ">=", None, "absolute"),
        (None, "培育两个省级工业互联网平台", 2, "个", ">=", None, "absolute"),
        (None, "规上工业企业数字化诊断实现全覆盖", 100, "%", ">=", None, "ratio"),
        ("1", "新建5G基站一百个", 100, "个", ">=", None, "absolute"),
        ("1", "数据中心能耗控制在5万吨标准煤以内", 5, "万吨标准煤", "<=", None, "absolute"),
        ("2", "新增数字经济企业20到30家", 20, "家", "range", 30, "absolute"),
        ("2", "引育头部企业1—2家", 1, "家", "range", 2, "absolute"),
        ("2", "举办对接活动10场左右", 10, "场", "≈", None, "absolute"),
        ("1", "实施智能化改造项目一百项", 100, "项", ">=", None, "absolute"),
        ("1", "企业上云率达到80%", 80, "%", ">=", None, "ratio"),
    ]
    assert reading["targets"][0]["reference"] == "全市平均水平"
    assert reading["safeguards"] == ["加强组织领导", "强化资金保障"]
    assert reading["departments"] == ["区住建局", "区发改局", "区工信局", "区市场监管局", "区科技局", "区财政局"]


def test_flat_plan_with_half_width_brackets_and_full_width_dot_numbering_reads_exactly():
    reading = read_plan_file(FIXTURES / "commerce-2026.txt")
    assert (reading["title"], reading["year"]) == ("2026年某某县商贸流通提质行动计划", 2026)
    assert reading["programmes"] == []
    assert tasks_of(reading) == [
        ("1", "培育消费新场景", None, ["县商务局"], ["县财政局", "县文旅局"]),
        ("2", "完善流通网络", None, ["县交通局"], ["县商务局", "县邮政管理局"]),
        ("3", "发展电子商务", None, ["县商务局"], []),
    ]
    assert targets_of(reading) == [
        (None, "全县社会消费品零售总额同比增长8%左右", 8, "%", "≈", None, "growth_rate"),
        (None, "新增限上商贸企业不少于十五家", 15, "家", ">=", None, "absolute"),
        (None, "农村快递服务实现全覆盖", 100, "%", ">=", None, "ratio"),
        ("1", "打造特色商业街区3至5个", 3, "个", "range", 5, "absolute"),
        ("1", "举办促消费活动二十场以上", 20, "场", ">=", None, "absolute"),
        ("2", "新建乡镇商贸中心两个", 2, "个", ">=", None, "absolute"),
        ("2", "冷链物流损耗率控制在5%以内", 5, "%", "<=", None, "ratio"),
        ("2", "建设县级物流配送中心1个", 1, "个", ">=", None, "absolute"),
        ("2", "改造村级快递服务站点约120个", 120, "个", "≈", None, "absolute"),
        ("3", "网络零售额增长10%", 10, "%", ">=", None, "growth_rate"),
        ("3", "培育电商企业2-3家", 2, "家", "range", 3, "absolute"),
    ]
    assert reading["safeguards"] == ["加强组织领导", "加强资金保障"]


def test_plan_whose_sections_are_programmes_reads_exactly():
    reading = read_plan_file(FIXTURES / "industry-2026.txt")
    assert reading["title"] == "某某经济开发区2026年工业稳增长工作要点"
    assert reading["programmes"] == [
        {"number": "一", "title": "实施项目攻坚行动"},
        {"number": "二", "title": "实施企业培育行动"},
    ]
    assert tasks_of(reading) == [
        ("（一）", "加快项目建设", "一", ["经济发展局"], ["规划建设局", "自然资源分局"]),
        ("（二）", "强化项目招引", "一", ["投资促进中心"], []),
        ("（一）", "壮大市场主体", "二", ["经济发展局"], ["市场监管分局"]),
        ("（二）", "推动数字转型", "二", ["经济发展局"], []),
    ]
    assert targets_of(reading) == [
        ("（一）", "全年开工亿元以上项目30个", 30, "个", ">=", None, "absolute"),
        ("（一）", "完成工业投资50亿元", 50, "亿元", ">=", None, "absolute"),
        ("（二）", "签约项目不低于40个", 40, "个", ">=", None, "absolute"),
        ("（二）", "其中超10亿元项目突破5个", 5, "个", ">=", None, "absolute"),
        ("（一）", "新增规上工业企业25户", 25, "户", ">=", None, "absolute"),
        ("（一）", "“专精特新”企业数量超过全省平均水平", None, None, ">", None, "relative"),
        ("（二）", "推动企业上云用云百家以上", 100, "家", ">=", None, "absolute"),
    ]
    assert reading["safeguards"] == ["压实工作责任", "强化督导考核"]


def test_utf16_markdown_with_bom_reads_like_utf8():
    text = (FIXTURES / "digital-economy-2026.md").read_text(encoding="utf-8")
    utf8 = read_plan(text.encode("utf-8"), "plan.md")
    utf16 = read_plan(text.encode("utf-16"), "plan.md")
    assert targets_of(utf16) == targets_of(utf8)
    assert tasks_of(utf16) == tasks_of(utf8)


def test_responsibility_wordings_in_tasks_are_all_understood():
    plan = "\n".join([
        "某区2026年行动方案",
        "一、重点任务",
        "1.任务甲。推进工作。（责任单位：区发改局、区工信局等部门）",
        "2.任务乙。推进工作。(牵头单位:区科技局;协同单位:区财政局,区人社局)",
        "3.任务丙。推进工作。",
        "区住建局牵头，区城管局、区交通局等相关单位配合。",
        "4.任务丁。推进工作。〔牵头部门：区商务局；参与单位：各街道〕",
        "5.任务戊。推进工作。【主责部门：区应急局；配合部门：机关各部门】",
    ])
    reading = read_plan(plan.encode("utf-8"), "plan.txt")
    assert [(t["lead"], t["support"]) for t in reading["tasks"]] == [
        (["区发改局", "区工信局"], []),
        (["区科技局"], ["区财政局", "区人社局"]),
        (["区住建局"], ["区城管局", "区交通局"]),
        (["区商务局"], ["各街道"]),
        (["区应急局"], ["机关各部门"]),
    ]
    assert "各街道" not in reading["departments"]
    assert "机关各部门" not in reading["departments"]


# Wide annexed tables written one cell per line (rules added for the seventh blind batch, branch k-reader13).

def _rows(reading: dict) -> list[tuple]:
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]]


def test_a_table_with_a_category_column_before_its_number_reads_every_row_and_stops_at_the_next_tables_header():
    from actiondesk.plans.reader import read_text
    reading = read_text("甲区2026年工作方案\n一、总体要求\n做好各项工作。\n附件\n任务分工表（基础任务清单）\n"
                        "改革领域\n序号\n改革事项\n落实推进单位\n市场准入\n1\n推进登记注册，全面落实名称自主申报。\n区甲局\n"
                        "市场准入\n2\n探索信息自动更新。\n各相关单位\n获取场所\n3\n实施小型餐饮备案。\n各街道、镇\n"
                        "任务分工表（品牌清单）\n创建领域\n序号\n品牌名称\n工作举措\n落实推进单位\n企业服务\n1\n乙品牌帮办\n"
                        "1、支持企业交流。\n2、支持企业了解政策。\n区乙委\n政策服务\n2\n静心帮办\n深化帮办服务。\n彭浦镇\n")
    assert _rows(reading) == [
        ("1", "推进登记注册，全面落实名称自主申报", ["区甲局"], []), ("2", "探索信息自动更新", ["各相关单位"], []),
        ("3", "实施小型餐饮备案", ["各街道", "镇"], []),
        ("1", "乙品牌帮办", ["区乙委"], []), ("2", "静心帮办", ["彭浦镇"], []),
    ]


def test_a_name_column_printed_in_every_row_titles_the_row_and_a_schedule_column_is_neither_text_nor_target():
    from actiondesk.plans.reader import read_text
    reading = read_text("某市实施意见\n一、主要任务\n做好回收。\n附件\n任务分解表\n序号\n任务名称\n主要内容\n完成时限\n责任部门\n配合部门\n"
                        "1\n推进服务点提升\n按照标准完成1.5万个服务点的规范化提升\n一季度10%二季度40%；\n三季度70%；11月底完成。\n"
                        "各街镇\n市房管局、市住建委\n2\n培育回收型龙头企业\n逐步优胜劣汰，培育规模化企业\n2020年\n"
                        "区绿化市容局、商务委或属地街镇\n市商务委\n")
    assert _rows(reading) == [
        ("1", "推进服务点提升", ["各街镇"], ["市房管局", "市住建委"]),
        ("2", "培育回收型龙头企业", ["区绿化市容局", "商务委", "属地街镇"], ["市商务委"]),
    ]
    assert [(t["task"], t["value"], t["unit"]) for t in reading["targets"]] == [("1", 1.5, "万个")]


def test_a_name_column_printed_only_in_some_rows_still_names_the_group_of_rows():
    from actiondesk.plans.reader import read_text
    reading = read_text("某区工作方案\n一、任务\n做好工作。\n附件\n序号\n任务名称\n任务内容\n牵头部门\n配合部门\n时间节点\n"
                        "1\n加强组织领导\n召开全区动员大会。建立联席会议制度。\n区政府办公室\n各成员单位\n2019年3月\n"
                        "2\n将垃圾管理纳入考核内容。加强督查。\n区委组织部\n区绿化市容局\n2019年\n")
    assert [(t["number"], t["title"], t["group"]) for t in reading["tasks"]] == [
        ("1", "召开全区动员大会", "加强组织领导"), ("2", "将垃圾管理纳入考核内容", None)]


def test_catch_all_unit_cells_and_towns_are_units_as_printed_but_a_featured_town_is_not():
    from actiondesk.plans.reader.table_cells import unit_cell
    assert unit_cell("各部门、各街道、镇、各功能区") == ["各部门", "各街道", "镇", "各功能区"]
    assert unit_cell("各部门") == ["各部门"]
    assert unit_cell("区甲局、彭浦镇") == ["区甲局", "彭浦镇"]
    assert unit_cell("特色小镇") is None
    assert unit_cell("城镇") is None


def test_a_row_short_of_cells_keeps_its_task_cell_even_where_it_falls_under_the_schedule_column():
    from actiondesk.plans.reader import read_text
    reading = read_text("某区工作安排\n一、任务\n做好工作。\n附件\n序号\n重点任务\n具体工作\n时间进度\n牵头单位\n"
                        "1\n推进绿色转型\n建设虚拟电厂平台，接入可调负荷\n全年推进\n区发展改革委\n"
                        "2\n引导金融机构发展绿色信贷\n区科技经济委\n")
    # 重点任务 printed only in row 1 spans both rows: it names their group, each row is titled by its own work
    # (k-reader25).
    assert [(t["number"], t["title"], t["lead"], t["group"]) for t in reading["tasks"]] == [
        ("1", "建设虚拟电厂平台，接入可调负荷", ["区发展改革委"], "推进绿色转型"),
        ("2", "引导金融机构发展绿色信贷", ["区科技经济委"], "推进绿色转型")]
