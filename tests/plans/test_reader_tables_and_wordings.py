"""Rules added for the six plans moved from the held-out set, each on a small made-up plan: task tables whose unit
cells span rows, scored assessment tables, "X指导" wordings, a clause under a sub-heading, place-level names."""

import pytest

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.category_rows import unit_lines
from actiondesk.plans.reader.departments import parse_clause_rule, split_names
from actiondesk.plans.reader.table_cells import unit_cell
from actiondesk.plans.reader.targets import find_targets


def test_a_bare_level_of_places_joins_the_name_after_it_but_named_bodies_stand_alone():
    assert split_names("各区、县（市）政府") == ["各区、县（市）政府"]
    assert split_names("各街镇、开发区") == ["各街镇", "开发区"]
    assert split_names("区绿化市容局、各街镇、开发区") == ["区绿化市容局", "各街镇", "开发区"]


def test_those_who_guide_lead_and_those_who_take_part_support():
    assert parse_clause_rule("甲部、乙部指导")[:3] == (["甲部", "乙部"], [], "guides")
    assert parse_clause_rule("甲部指导，乙部、丙局参与")[:3] == (["甲部"], ["乙部", "丙局"], "guides")
    assert parse_clause_rule("甲部指导，试点城市政府负责落实")[:3] == (["甲部", "试点城市政府"], [], "guides")
    assert parse_clause_rule("加强宏观指导") is None


def test_unnumbered_paragraphs_each_closed_by_a_guiding_clause_are_tasks_of_the_item_above():
    text = ("一、主要任务\n（一）强化设计。建立体系。（甲部牵头，乙部参与）\n"
            "优化机制，强化协作。明确职责。（甲部指导，试点城市政府负责落实）\n加强创新。集成改革。（丙局、丁局指导）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["title"], t["lead"], t["support"]) for t in tasks] == [
        ("（一）", "强化设计", ["甲部"], ["乙部"]),
        ("（一）-2", "优化机制，强化协作", ["甲部", "试点城市政府"], []),
        ("（一）-3", "加强创新", ["丙局", "丁局"], [])]


def test_a_clause_closes_the_numbered_item_below_a_heading_not_the_heading():
    text = ("二、主要任务\n（一）推进示范工程\n按照高标准的原则推进。\n1.甲工程。建设甲设施。（责任单位：甲集团）\n"
            "2.乙工程。建设乙设施。（责任单位：乙局）\n（二）健全机制\n完善政策。\n1.健全模式。完善办法。（责任单位：丙委）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["title"], t["lead"]) for t in tasks] == [
        ("甲工程", ["甲集团"]), ("乙工程", ["乙局"]), ("健全模式", ["丙委"])]


def test_a_unit_cell_spanning_rows_belongs_to_each_row_and_group_labels_are_no_task():
    text = ("附件\n重点任务清单\n序号\n工作任务\n推进单位\n行动一：焕新行动\n1\n推进甲片区更新。\n区规划局、甲街道\n"
            "旧区改造\n2\n完成旧房改造500户\n区房管局、各相关街镇\n3\n加装电梯700台\n行动二：提升行动\n4\n建设乙公园\n申通地铁\n集团\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["title"], t["lead"]) for t in tasks] == [
        ("1", "推进甲片区更新", ["区规划局", "甲街道"]), ("2", "完成旧房改造500户", ["区房管局", "各相关街镇"]),
        ("3", "加装电梯700台", ["区房管局", "各相关街镇"]), ("4", "建设乙公园", ["申通地铁集团"])]
    assert tasks[2]["rule"] == "table_spanning"


def test_figures_of_a_column_whose_header_names_the_unit_are_targets_with_the_total_row():
    text = ("附表\n分配表\n序号\n子行业\n装机计划（MW）\n责任单位\n1\n地铁\n35-36\n甲集团\n2\n铁路\n7.5\n乙局\n汇总\n42.5-43.5\n"
            "附表3\n序号\n区域\n装机容量（MW）\n1\n甲区\n0.3-0.4\n")
    reading = read_text(text)
    assert [(t["title"], t["lead"]) for t in reading["tasks"]] == [("地铁", ["甲集团"]), ("铁路", ["乙局"])]
    assert [(t["text"], t["value"], t["value_max"], t["unit"], t["comparator"]) for t in reading["targets"]] == [
        ("35-36", 35, 36, "MW", "range"), ("7.5", 7.5, None, "MW", ">="), ("42.5-43.5", 42.5, 43.5, "MW", "range")]


def test_a_scored_assessment_table_reads_the_department_column_as_the_lead():
    text = ("考核细则\n序号 考核项目 各项分值 考核指标 负责考核部门\n总分 100\n一、 巩固成果 31\n"
            "1 完善体系 5 进一步健全组织体系、\n责任体系。 县河长办\n"
            "2 深化宣传 7 1.开展公益宣传，得2分。\n2.开展进校园活动，得3分。 县委宣传部\n县教育局\n"
            "二、 专项整治 45\n3 推进治理 4 年内完成治理，得4分。 县环保局\n"
            "四、 加强信息报送 7 1.每个乡镇省级用稿1篇，得5分 县河长办\n五、 奖扣分项目 7 1.获通报表扬的，奖20分。 县河长办\n")
    reading = read_text(text)
    assert [(t["number"], t["title"], t["lead"]) for t in reading["tasks"]] == [
        ("1", "完善体系", ["县河长办"]), ("2", "深化宣传", ["县委宣传部", "县教育局"]), ("3", "推进治理", ["县环保局"]),
        ("四", "加强信息报送", ["县河长办"])]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(1, "篇")]


def test_megawatts_are_a_unit_of_targets():
    text = "一、主要任务\n1.建设光伏。新增装机容量确保达到120MW，力争达到180MW。（责任单位：甲委）\n"
    assert [(t["value"], t["unit"]) for t in read_text(text)["targets"]] == [(120, "MW"), (180, "MW")]


@pytest.mark.parametrize(("text", "expected"), [
    ("至期末，建成230座以上的公园。", [(230, "座", ">=")]),
    ("盘活6亩以下的土地。", []),
    ("城市建成区40%的区域达到海绵城市建设要求。", [(40, "%", ">=")]),
    ("建成1000亩以上开放休闲林地5个。", [(5, "个", ">=")]),
    ("百个大空间：按照理念，建设和提升百个大公共空间。", [(100, "个", ">=")]),
    ("加快推进安远路899项目，创建一个文化交流平台。", []),
    ("每年完成80万平米屋面改造，建设万个微基建。", [(80, "万平米", ">="), (10000, "个", ">=")]),
    ("片区面积约8.6平方公里。对300-500米服务半径未覆盖的地区补建公园，修复30座公园水体。", [(30, "座", ">=")]),
])
def test_what_counts_and_what_describes(text, expected):
    assert [(t["value"], t["unit"], t["comparator"]) for t in find_targets(text)] == expected


def test_figures_given_respectively_are_each_stated_by_the_whole_list():
    targets = find_targets("应用比例分别达到80％、50％以上。")
    assert [(t["value"], t["text"]) for t in targets] == [(80, "应用比例分别达到80％、50％以上"),
                                                         (50, "应用比例分别达到80％、50％以上")]


def test_figures_alone_on_their_lines_in_a_table_no_task_owns_are_not_targets():
    text = ("一、主要任务\n1.建设公园。建成公园10座。（责任单位：甲局）\n附件\n进度安排表\n序号\n区域\n2023年\n2024年\n"
            "1\n甲区\n25%\n50%\n2\n乙区\n30%\n90%\n")
    assert [(t["text"], t["value"]) for t in read_text(text)["targets"]] == [("建成公园10座", 10)]


def test_a_table_of_one_cell_per_line_reads_its_support_column_and_spans_both_unit_columns():
    text = ("附件\n任务分工表\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n建设甲平台。\n区发展改革委\n区财政局、区科委\n"
            "2024年底\n2\n培育乙企业50家\n区科委\n区商务委\n长期\n3\n完善丙机制\n2025年\n4\n建设丁中心\n区民政局\n2026年\n")
    assert [(t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]] == [
        ("建设甲平台", ["区发展改革委"], ["区财政局", "区科委"]), ("培育乙企业50家", ["区科委"], ["区商务委"]),
        ("完善丙机制", ["区科委"], ["区商务委"]), ("建设丁中心", ["区民政局"], [])]


def test_a_row_per_line_table_row_without_units_has_the_units_of_the_row_above():
    text = "附件\n序号 工作任务 责任单位 完成时限\n1 建设甲平台 区发改委、区财政局 2024年\n2 培育乙企业50家 2025年\n3 完善丙机制 区科委 长期\n"
    assert [(t["title"], t["lead"], t["rule"]) for t in read_text(text)["tasks"]] == [
        ("建设甲平台", ["区发改委", "区财政局"], "table"), ("培育乙企业50家", ["区发改委", "区财政局"], "table_spanning"),
        ("完善丙机制", ["区科委"], "table")]


def test_a_table_whose_header_names_no_unit_column_takes_the_unit_named_in_each_row_and_spans_it_down():
    text = ("某县考核细则\n序号 考核项目 分值 考核内容 评分标准\n总分 100\n一、 通用项目（全部单位） 40\n"
            "1 组织领导 8 组织领导 年内至少开会3次（8分）。\n二、 部门项目 60\n"
            "1 重点部门 县甲局 30 推进甲项整治 1.建成甲设施5处（10分）;\n2.完善台账（20分）\n"
            "15 持续推进乙项治理 查处案件10例以上（15分）\n2 县乙委 60 加强丙项监管 1.开展检查（60分）\n"
            "2 县丙办、县丁局 60 指导丁项建设 负责验收（60分）\n三、 奖扣分项目 1.获表扬的奖10分\n")
    reading = read_text(text)
    assert [(t["number"], t["title"], t["lead"], t["rule"]) for t in reading["tasks"]] == [
        ("1", "推进甲项整治", ["县甲局"], "table_row_unit"), ("1-2", "持续推进乙项治理", ["县甲局"], "table_spanning"),
        ("2", "加强丙项监管", ["县乙委"], "table_row_unit"), ("2-2", "指导丁项建设", ["县丙办", "县丁局"], "table_row_unit")]
    # the general item is no task, but its figure is read; scores are not targets
    assert [(t["value"], t["unit"], t["task"]) for t in reading["targets"]] == [
        (3, "次", None), (5, "处", "1"), (10, "例", "1-2")]


def test_a_table_without_a_unit_column_and_without_units_in_its_rows_is_left_to_the_outline():
    text = ("某区方案\n序号 项目 内容 说明\n1 甲项 建设甲平台 无\n一、重点任务\n1.建设乙平台。（责任单位：区乙局）\n")
    assert [(t["title"], t["lead"]) for t in read_text(text)["tasks"]] == [("建设乙平台", ["区乙局"])]


def test_table_cells_written_over_several_lines_and_a_header_printed_again_are_read_as_one_row_each():
    text = ("附件：重点任务分解表\n序号\n任务类型\n重点内容\n责任单位\n参考文件\n"
            "1\n海绵城市\n建设管理\n区甲委负责统筹推进工作。\n区甲委、区乙局、\n区丙局等相关部门，\n各街镇\n《甲指引》\n"
            "序号\n任务类型\n重点内容\n责任单位\n参考文件\n"
            "2\n城镇雨水\n排水系统\n持续开展混接改造。\n到2025年底，城镇污水处理率达到99%。\n区乙局、区甲委，各街镇\n"
            "《乙规划》\n")
    reading = read_text(text)
    assert [(t["number"], t["title"][:8], t["lead"]) for t in reading["tasks"]] == [
        ("1", "海绵城市建设管理", ["区甲委", "区乙局", "区丙局", "各街镇"]),
        ("2", "城镇雨水排水系统", ["区乙局", "区甲委", "各街镇"])]
    assert [(t["value"], t["task"]) for t in reading["targets"]] == [(99, "2")]


def test_a_section_without_numbered_items_closed_by_its_own_clause_is_a_task():
    text = ("某区行动方案\n一、主要任务\n（一）建设甲工程\n推进甲工程建设。\n（责任单位：区甲委）\n"
            "二、保障措施\n区甲委统筹推进，各部门加强协同。\n（责任单位：区甲委、各相关部门，各街道）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["title"], t["lead"], t["rule"]) for t in tasks] == [
        ("（一）", "建设甲工程", ["区甲委"], "single_list"),
        ("二", "保障措施", ["区甲委", "各相关部门", "各街道"], "single_list+closed_section")]


def test_a_table_whose_rows_name_their_unit_ends_at_the_next_heading_of_the_document():
    text = ("某县方案\n一、考核细则\n序号 考核项目 分值 考核内容\n1 重点部门 县甲局 30 推进甲项整治 建成甲设施5处\n"
            "继续完善台账\n二、保障措施\n加强组织领导，新增督导组3个。（责任单位：县乙办）\n")
    reading = read_text(text)
    tasks = sorted(reading["tasks"], key=lambda task: task["start"])  # table tasks come after the outline's
    assert [(t["number"], t["title"], t["lead"]) for t in tasks] == [
        ("1", "推进甲项整治", ["县甲局"]), ("二", "保障措施", ["县乙办"])]
    assert [(t["text"], t["task"]) for t in reading["targets"]] == [("建成甲设施5处", "1"), ("新增督导组3个", "二")]


ANNEX = ("一、主要任务\n（一）改善甲环境。完成甲路100条。\n（二）提升乙服务。开展乙服务。\n"
         "附件：\n某某三年行动计划任务清单\n任务\n分类\n重点任务\n2024年计划\n2025年计划\n牵头\n部门\n配合\n部门\n实施\n主体\n"
         "（一）\n提升环境\n1、改善甲环境\n（1）建设甲路100条。\n建设甲路60条。\n40条\n甲处\n乙处\n各相关部门\n各区、城投集团\n"
         "（2）推进丙工程。\n完成丙工程一期；\n完成丙工程二期。\n列车开行30.5对\n"
         "2、提升乙服务\n（3）开展乙服务。\n持续推进。\n持续推进。\n丁处\n戊中心\n戊中心\n")


def test_an_annexed_task_list_with_lead_support_and_implementing_columns_gives_the_tasks():
    tasks = read_text(ANNEX)["tasks"]
    assert [(t["number"], t["title"], t["lead"], t["support"], t["rule"]) for t in tasks] == [
        ("（1）", "建设甲路100条", ["甲处", "乙处"], ["各相关部门", "各区", "城投集团"], "annex_table"),
        ("（2）", "推进丙工程", ["甲处", "乙处"], ["各相关部门", "各区", "城投集团"], "table_spanning"),
        ("（3）", "开展乙服务", ["丁处"], ["戊中心"], "annex_table")]


def test_the_year_columns_of_an_annexed_task_list_give_targets_of_their_year():
    targets = read_text(ANNEX)["targets"]
    annexed = [(t["text"], t["value"], t["unit"], t.get("year"), t["task"]) for t in targets if t.get("year")]
    assert annexed == [("建设甲路60条", 60, "条", 2024, "（1）"), ("40条", 40, "条", 2025, "（1）"),
                       ("列车开行30.5对", 30.5, "对", 2025, "（2）")]
    assert [t["rule"] for t in targets if t.get("year")] == ["bare", "table_year", "bare"]
    assert [t["indicator"] for t in targets if t.get("year")][1] == "建设甲路100条（2025年）"
    assert ("完成甲路100条", 100) in [(t["text"], t["value"]) for t in targets]  # the body's goal stays a target


def test_a_bare_level_of_places_joins_only_a_name_that_begins_with_a_level():
    assert split_names("各行业主管部门、各区、城投集团") == ["各行业主管部门", "各区", "城投集团"]
    assert split_names("各区、县（市）政府") == ["各区、县（市）政府"]
    assert split_names("各区、县级市") == ["各区、县级市"]


def test_an_annexed_task_list_may_have_a_lead_column_alone_and_a_goal_column_without_a_year():
    text = ("附件\n重点任务清单\n工作任务\n工作目标\n牵头单位\n责任主体\n（1）建设甲中心。\n建成甲中心2个\n甲局\n各区\n"
            "（2）推进乙项。\n推进乙项3项\n乙委\n")
    reading = read_text(text)
    assert [(t["number"], t["lead"], t["support"], t["rule"]) for t in reading["tasks"]] == [
        ("（1）", ["甲局"], ["各区"], "annex_table"), ("（2）", ["乙委"], [], "annex_table")]
    assert [(t["value"], t["unit"], t["task"], t.get("year")) for t in reading["targets"]] == [
        (2, "个", "（1）", None), (3, "项", "（2）", None)]


# Rules added for the four plans moved from the third held-out set (宝山, 杨浦, 环城, 静安 2019).

UNNUMBERED_ANNEX = ("一、主要任务\n（一）加强组织。各街道要高度重视。\n附件：\n甲区重点任务清单\n类别\n项目\n主要任务\n牵头单位\n配合单位\n"
                    "一、做好保障\n1.做好规划\n将甲工作纳入规划，同步实施。\n甲支队\n乙局、各街道\n"
                    "2.完善规章\n细化职责任务，规范运行。\n甲支队\n各街道\n贯彻执行检查指引，细化检查要求。\n甲支队\n各街道\n"
                    "二、加强能力\n3.实化消防\n安全委员会\n年底前，各街道成立委员会。\n丙办、\n各街道\n甲支队、\n相关委、办、局\n"
                    "4.建设队伍\n指导各街道发展消防队。\n甲支队\n各街道\n健全完善考评奖惩等配套规章制度。\n"
                    "推进微型消防站可视化平台100%全覆盖。\n")


def test_an_annexed_task_list_without_numbered_task_cells_is_read_by_its_columns():
    reading = read_text(UNNUMBERED_ANNEX)
    assert [(t["number"], t["lead"], t["support"], t["rule"]) for t in reading["tasks"]] == [
        ("1", ["甲支队"], ["乙局", "各街道"], "annex_table"),
        ("2-1", ["甲支队"], ["各街道"], "annex_table"), ("2-2", ["甲支队"], ["各街道"], "annex_table"),
        ("3", ["丙办", "各街道"], ["甲支队", "相关委、办、局"], "annex_table"),
        ("4-1", ["甲支队"], ["各街道"], "annex_table"),
        ("4-2", ["甲支队"], ["各街道"], "table_spanning"), ("4-3", ["甲支队"], ["各街道"], "table_spanning")]
    assert reading["tasks"][0]["title"].startswith("将甲工作纳入规划")  # the body's item names no unit: no task
    assert [(t["value"], t["task"]) for t in reading["targets"]] == [(100, "4-3")]


def test_an_annex_that_names_no_one_responsible_gives_no_target_and_ends_the_body():
    text = ("一、主要任务\n（一）推进覆盖。完成甲类小区100个。（责任单位：甲局）\n附件\n街镇目标任务分解表\n街镇\n目标任务\n"
            "甲镇\n创建达标小区61个，上半年完成10%小区。\n乙镇\n创建达标小区86个。\n")
    reading = read_text(text)
    assert [(t["number"], t["lead"], t["end"] < text.index("附件")) for t in reading["tasks"]] == [
        ("（一）", ["甲局"], True)]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(100, "个")]


SPANNING_NAME = ("附件1\n任务清单\n序号\n任务名称\n任务内容\n牵头部门\n配合部门\n时间节点\n"
                 "1\n推进全面覆盖\n深入开展达标创建活动。\n各街镇（园区）\n甲局、\n乙委\n2019年\n"
                 "2\n推进全面覆盖\n机关垃圾分类完成全覆盖。\n丙局\n甲局\n区党政机关、公共机构\n2019年9月\n"
                 "3\n选聘社会监督员，参与监督工作。\n甲局\n区委宣传部（区文明办、区政府新闻办、区委网信办）、丁局\n2019年\n"
                 "4\n结合家风工作开展培训。\n丁局、区委宣传部（区文明办）、区妇联\n甲局\n2019年\n")


def test_a_task_name_cell_beside_the_task_content_is_the_rows_group_and_states_no_goal():
    reading = read_text(SPANNING_NAME)
    assert [(t["number"], t["group"], t["title"]) for t in reading["tasks"]][:2] == [
        ("1", "推进全面覆盖", "深入开展达标创建活动"), ("2", "推进全面覆盖", "机关垃圾分类完成全覆盖")]
    assert [t["text"] for t in reading["targets"]] == ["机关垃圾分类完成全覆盖"]


def test_support_cells_wrapped_after_a_separator_or_over_unit_lines_and_names_with_their_offices_are_read():
    tasks = read_text(SPANNING_NAME)["tasks"]
    assert [(t["lead"], t["support"]) for t in tasks] == [
        (["各街镇（园区）"], ["甲局", "乙委"]),
        (["丙局"], ["甲局", "区党政机关", "公共机构"]),
        (["甲局"], ["区委宣传部（区文明办、区政府新闻办、区委网信办）", "丁局"]),
        (["丁局", "区委宣传部（区文明办）", "区妇联"], ["甲局"])]


def test_rows_under_a_task_cell_spanning_them_are_tasks_of_that_cell_with_their_own_units_and_year_figures():
    text = ("附件\n任务分解表\n序号\n内容\n牵头部门\n配合部门\n2024年工作任务\n2025年工作计划\n备注\n"
            "1\n推进甲系统建设\n规划处\n—\n完成甲项目研究。\n推进甲项目前期工作。\n"
            "2\n建设处\n养护处\n新建甲道路5公里。\n新建甲道路8公里。\n"
            "3\n运行处\n—\n创建30个示范项目。\n创建40个示范项目。\n"
            "4\n完善乙机制\n安全处\n规划处\n建设处\n研究乙机制。\n出台乙办法。\n")
    reading = read_text(text)
    assert [(t["number"], t["title"], t["lead"], t["support"], t["rule"]) for t in reading["tasks"]] == [
        ("1", "推进甲系统建设", ["规划处"], [], "table"),
        ("2", "推进甲系统建设", ["建设处"], ["养护处"], "table_spanning_task"),
        ("3", "推进甲系统建设", ["运行处"], [], "table_spanning_task"),
        # Three unit lines under 牵头 and 配合: first line leads, marked unsure (test_reader_unit_lines.py).
        ("4", "完善乙机制", ["安全处"], ["规划处", "建设处"], "table_unit_lines")]
    assert [(t["task"], t["value"], t["unit"]) for t in reading["targets"]] == [
        ("2", 5, "公里"), ("2", 8, "公里"), ("3", 30, "个"), ("3", 40, "个")]


def test_rows_numbered_under_section_rows_with_several_works_per_task_cell_and_the_header_printed_again():
    header = "序号\n工作任务\n主要工作内容\n牵头单位\n配合单位\n"
    text = ("附件3\n任务职责分工表\n" + header + "—\n构建甲体系\n（一）\n推动源头减量\n增加甲内容。\n建设主管部门、区规划局\n"
            "区水务局、区规划局\n（二）\n落实码头建设\n建设转运码头。\n区建设委\n——\n开展码头备案工作。\n区土方工作\n专班\n"
            "——\n" + header + "二\n构建乙体系\n（一）\n加强源头监管\n落实工地管理。\n区城运中心\n区数据局、区执法局和属地街镇\n"
            "加强拆房工地管理。\n区房管局\n区水务局\n（二）\n共享研判\n及时处置线索。\n——\n属地街镇、区数据局\n")
    reading = read_text(text)
    assert [(t["number"], t["title"][:6], t["lead"], t["support"], t["rule"]) for t in reading["tasks"]] == [
        ("一（一）", "推动源头减量", ["建设主管部门", "区规划局"], ["区水务局"], "table"),
        # A 工作任务 cell spanning works of their own names their group; each is titled by its work.
        ("一（二）", "建设转运码头", ["区建设委"], [], "table"),
        ("一（二）-2", "开展码头备案", ["区土方工作专班"], [], "table_sub_row"),
        ("二（一）", "落实工地管理", ["区城运中心"], ["区数据局", "区执法局", "属地街镇"], "table"),
        ("二（一）-2", "加强拆房工地", ["区房管局"], ["区水务局"], "table_sub_row"),
        # 工作任务 beside 主要工作内容: the 工作任务 cell names the row (k-reader25).
        ("二（二）", "共享研判", [], ["属地街镇", "区数据局"], "table")]
    assert [t["group"] for t in reading["tasks"][1:5]] == ["落实码头建设"] * 2 + ["加强源头监管"] * 2


def test_a_kind_of_department_is_a_unit_only_beside_named_bodies():
    assert unit_cell("建设主管部门、区规划局") == ["建设主管部门", "区规划局"]
    assert unit_cell("重点考核部门") is None
    assert unit_cell("区住房和城乡建设管理委") == ["区住房和城乡建设管理委"]


def test_a_task_cell_holding_a_long_numbered_list_ends_at_its_unit_cell_and_is_titled_by_its_first_item():
    items = "".join(f"{n}. 做好第{n}项工作。\n" for n in range(1, 15))
    text = f"附件\n任务清单\n序号\n任务内容\n责任单位\n1\n{items}区甲局\n2\n1. 推进乙项工作。\n2. 完善丙项机制。\n各街镇\n"
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["title"], t["lead"]) for t in tasks] == [
        ("1", "做好第1项工作", ["区甲局"]), ("2", "推进乙项工作", ["各街镇"])]


CATEGORY_TABLE = (
    "附件\n甲区任务清单\n类别\n序号\n主要任务\n节点\n指标数\n责任单位\n配合单位\n"
    "1.\n甲\n类\n1\n推进甲项建设（累计数）\n2018年\n12万户/30个\n各街道办事处\n区甲局\n区乙委\n2019年\n40个\n"
    "2\n甲车配置\n2018年\n3辆\n区甲局\n"
    "2.\n乙\n类\n1\n丙垃圾控制量\n2018年\n600吨/日\n区甲局\n各相关单位\n2019年\n550吨/日\n"
    "2\n各条线强制分类全覆盖\n2018年\n机关全覆盖\n区丙局\n区甲局\n2018—2020年\n学校全覆盖\n区教育局\n"
    "3\n各街道整区域覆盖\n2018年\n2个街道\n东门、西门街道\n区甲局\n2019年\n2个街道\n南门、北门街道\n")


def test_a_category_table_printed_one_cell_per_line_reads_each_row_with_its_first_unit_line_as_lead_marked_unsure():
    reading = read_text(CATEGORY_TABLE)
    assert [(t["number"], t["title"], t["lead"], t["support"], t["rule"], t["unsure"]) for t in reading["tasks"]] == [
        ("1", "推进甲项建设（累计数）", ["各街道办事处"], ["区甲局", "区乙委"], "table_unit_lines", True),
        ("2", "甲车配置", ["区甲局"], [], "table_unit_lines", False),
        ("1", "丙垃圾控制量", ["区甲局"], ["各相关单位"], "table_unit_lines", True),
        ("2", "各条线强制分类全覆盖", ["区丙局"], ["区甲局"], "table_unit_lines", True),
        ("2-2018—2020年", "各条线强制分类全覆盖", ["区教育局"], ["区甲局"], "table_unit_lines", False),
        ("3", "各街道整区域覆盖", ["东门", "西门街道"], ["区甲局"], "table_unit_lines", True),
        ("3-2019年", "各街道整区域覆盖", ["南门", "北门街道"], ["区甲局"], "table_unit_lines", False)]


def test_the_figure_cells_of_a_category_table_are_targets_two_in_a_slashed_cell_rates_kept_caps_for_a_control_row():
    targets = read_text(CATEGORY_TABLE)["targets"]
    assert [(t["text"], t["value"], t["unit"], t["comparator"]) for t in targets if t["text"][0].isdigit()] == [
        ("12万户/30个", 12, "万户", ">="), ("12万户/30个", 30, "个", ">="), ("40个", 40, "个", ">="),
        ("3辆", 3, "辆", ">="), ("600吨/日", 600, "吨/日", "<="), ("550吨/日", 550, "吨/日", "<="),
        ("2个街道", 2, "个", ">="), ("2个街道", 2, "个", ">=")]


def test_a_unit_line_may_list_bodies_that_share_their_last_word():
    assert unit_lines("区绿化市容局") == ["区绿化市容局"]
    assert unit_lines("东门、西门、南门街道") == ["东门", "西门", "南门街道"]
    assert unit_lines("机关全覆盖") is None
    assert unit_lines("2个街道") is None


SCHEDULED = ("附件\n重点工作任务分工表\n序号\n重点任务\n具体工作\n时间进度\n责任部门\n一\n推进综合管理\n"
             "1\n研究制订甲管理制度\n全年推进\n统计局\n2\n编制乙清单，加强分析\n年内完成\n生态环境局、发展改革委\n"
             "3\n鼓励各功能片区推广丙技术。\n持续推进\n各功能片区\n"
             "4\n支持丁园区建设零碳园区，支持有条件的园区建设示范园区\n长期坚持\n发展改革委、丁园区、科技经济委等\n")


def test_a_schedule_column_is_known_by_its_label_and_its_cells_join_neither_the_title_nor_the_unit():
    tasks = read_text(SCHEDULED)["tasks"]
    assert [(t["number"], t["title"], t["lead"]) for t in tasks][:2] == [
        ("1", "研究制订甲管理制度", ["统计局"]), ("2", "编制乙清单，加强分析", ["生态环境局", "发展改革委"])]


def test_a_catch_all_unit_cell_without_a_body_ending_is_the_rows_unit():
    assert [(t["number"], t["title"], t["lead"], t["rule"]) for t in read_text(SCHEDULED)["tasks"]][2] == (
        "3", "鼓励各功能片区推广丙技术", ["各功能片区"], "table")
    assert unit_cell("各功能片区") == ["各功能片区"] and unit_cell("各相关单位") == ["各相关单位"]
    assert unit_cell("各相关部门") == ["各相关部门"] and unit_cell("各项工作") is None


def test_a_work_cell_of_clauses_joined_by_a_comma_is_no_unit_cell():
    assert [(t["number"], t["title"], t["lead"]) for t in read_text(SCHEDULED)["tasks"]][3:] == [
        ("4", "支持丁园区建设零碳园区，支持有条件的园区建设示范园区", ["发展改革委", "丁园区", "科技经济委"])]
    assert unit_cell("支持丁园区建设零碳园区，支持有条件的园区建设示范园区") is None
    assert unit_cell("发展改革委、建设管理委（交通委）") == ["发展改革委", "建设管理委（交通委）"]


def test_items_listed_by_name_under_a_category_are_each_a_task_and_those_after_the_unit_cell_share_it():
    text = ("某方案\n一、工作任务\n（一）推进布点。新增网点。（责任单位：甲委）\n附表\n重点项目一览表\n序号\n项目类别\n项目名称\n布点数量\n"
            "责任部门\n1\n菜市场\n+早餐服务\n甲门店\n4\n甲委、乙局，各街道镇\n2\n便利店\n+早餐服务\n乙店\n6\n甲委、丙局\n丙店\n3\n"
            "3\n流动\n餐车\n+服务\n丁车\n2\n甲委\n")
    reading = read_text(text)
    assert [(t["number"], t["title"], t["lead"], t["rule"]) for t in reading["tasks"][1:]] == [
        ("1-甲门店", "甲门店", ["甲委", "乙局", "各街道镇"], "table"),
        ("2-乙店", "乙店", ["甲委", "丙局"], "table"),
        ("2-丙店", "丙店", ["甲委", "丙局"], "table_spanning"),
        ("3-丁车", "丁车", ["甲委"], "table")]
    assert [(t["task"], t["text"], t["value"], t["unit"]) for t in reading["targets"]] == [
        ("1-甲门店", "甲门店 4", 4, "个"), ("2-乙店", "乙店 6", 6, "个"), ("2-丙店", "丙店 3", 3, "个"),
        ("3-丁车", "丁车 2", 2, "个")]
