"""Made-up annexed task tables in layouts common in Chinese government plans but absent or rare in the corpus
(k-reader25): each is a short plan whose tasks stand in a 附件 table, one cell per line, headers first, as the .txt
corpus and the .docx reader give them. The header labels decide each column's role (table_labels)."""

import pytest

from actiondesk.plans.reader import read_text

HEAD = (
    "某区2025年城市管理提升行动方案\n一、总体要求\n坚持问题导向，推动城市管理水平持续提升。\n"
    "二、主要任务\n各项任务详见附件。\n附件\n某区城市管理提升行动任务分解表\n"
)


def _plan(table: str) -> str:
    return HEAD + table


def _rows(text: str) -> list[tuple]:
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(_plan(text))["tasks"]]


def _groups(text: str) -> list:
    return [t["group"] for t in read_text(_plan(text))["tasks"]]


def _targets(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["task"]) for t in read_text(_plan(text))["targets"]]


KEY_TASKS = (
    "序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n"
    "1\n优化停车管理\n新增公共停车泊位500个，推进错峰共享停车。\n区交通委\n区公安分局、各街镇\n2025年12月底\n"
    "2\n整治架空线\n完成主次干道架空线入地和合杆整治。\n区建管委\n区规划资源局\n2025年10月\n"
    "3\n提升市容环境\n开展背街小巷环境综合整治。\n区绿化市容局\n各街镇\n全年推进\n"
)


def test_a_key_task_column_before_a_measures_column_titles_each_row():
    assert _rows(KEY_TASKS) == [
        ("1", "优化停车管理", ["区交通委"], ["区公安分局", "各街镇"]),
        ("2", "整治架空线", ["区建管委"], ["区规划资源局"]),
        ("3", "提升市容环境", ["区绿化市容局"], ["各街镇"]),
    ]
    assert _targets(KEY_TASKS) == [(500, "个", "1")]


def test_a_key_task_printed_once_over_several_rows_names_their_group_and_each_row_is_titled_by_its_measure():
    text = (
        "序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n"
        "1\n优化停车管理\n新增公共停车泊位500个。\n区交通委\n各街镇\n2025年12月底\n"
        "2\n推进错峰共享停车。\n区交通委\n区房管局\n2025年10月\n"
        "3\n提升市容环境\n开展背街小巷环境综合整治。\n区绿化市容局\n各街镇\n全年推进\n"
    )
    assert _rows(text) == [
        ("1", "新增公共停车泊位500个", ["区交通委"], ["各街镇"]),
        ("2", "推进错峰共享停车", ["区交通委"], ["区房管局"]),
        ("3", "开展背街小巷环境综合整治", ["区绿化市容局"], ["各街镇"]),
    ]
    assert _groups(text) == ["优化停车管理", "优化停车管理", "提升市容环境"]


NO_SUPPORT = (
    "序号\n工作任务\n责任部门\n时间节点\n"
    "1\n建立城市管理网格化工作机制，明确网格责任人。\n区城运中心\n2025年6月底前\n"
    "2\n开展违法建筑专项治理行动。\n区城管执法局\n2025年9月底前\n"
    "3\n推进生活垃圾分类示范街镇创建。\n区绿化市容局\n年内完成\n"
)
EXPECTED_NO_SUPPORT = [
    ("1", "建立城市管理网格化工作机制，明确网格责任人", ["区城运中心"], []),
    ("2", "开展违法建筑专项治理行动", ["区城管执法局"], []),
    ("3", "推进生活垃圾分类示范街镇创建", ["区绿化市容局"], []),
]


def test_a_table_without_a_support_column_reads_the_responsible_department_as_lead():
    assert _rows(NO_SUPPORT) == EXPECTED_NO_SUPPORT


def test_the_same_table_one_row_per_line_reads_the_same_tasks():
    text = (
        "序号 工作任务 责任部门 时间节点\n"
        "1 建立城市管理网格化工作机制，明确网格责任人。 区城运中心 2025年6月底前\n"
        "2 开展违法建筑专项治理行动。 区城管执法局 2025年9月底前\n"
        "3 推进生活垃圾分类示范街镇创建。 区绿化市容局 年内完成\n"
    )
    assert [(n, title[:12], lead, support) for n, title, lead, support in _rows(text)] == [
        (n, title[:12], lead, support) for n, title, lead, support in EXPECTED_NO_SUPPORT
    ]


LEADERS = (
    "序号\n任务分类\n任务内容\n牵头领导\n牵头单位\n责任单位\n"
    "1\n体制机制\n健全城市管理综合协调机制，定期召开联席会议。\n张三\n区建管委\n区城管执法局、各街镇\n"
    "2\n设施建设\n建成智慧城管平台二期工程。\n李四\n区城运中心\n区科委\n"
    "3\n改造老旧小区雨污混接点100处。\n王五\n区水务局\n各街镇\n"
)


def test_a_leader_column_is_neither_the_tasks_words_nor_its_units_and_responsible_units_beside_a_lead_support():
    assert _rows(LEADERS) == [
        ("1", "健全城市管理综合协调机制，定期召开联席会议", ["区建管委"], ["区城管执法局", "各街镇"]),
        ("2", "建成智慧城管平台二期工程", ["区城运中心"], ["区科委"]),
        ("3", "改造老旧小区雨污混接点100处", ["区水务局"], ["各街镇"]),
    ]


def test_a_task_category_cell_printed_once_groups_the_rows_under_it():
    assert _groups(LEADERS) == ["体制机制", "设施建设", "设施建设"]


GOALS = (
    "序号\n主要任务\n工作目标\n责任单位\n协同单位\n进度安排\n"
    "1\n推进公共厕所提升改造\n到2025年底，改造公共厕所30座，新建公共厕所5座\n区绿化市容局\n各街镇\n2025年底前完成\n"
    "2\n推进道路大中修\n完成道路大中修15公里\n区建管委\n区财政局\n2025年11月底前\n"
    "3\n提高生活垃圾回收利用率\n生活垃圾回收利用率达到45%\n区绿化市容局\n区商务委\n全年推进\n"
)


def test_a_work_goal_column_states_the_rows_targets_and_the_main_task_column_titles_them():
    assert _rows(GOALS) == [
        ("1", "推进公共厕所提升改造", ["区绿化市容局"], ["各街镇"]),
        ("2", "推进道路大中修", ["区建管委"], ["区财政局"]),
        ("3", "提高生活垃圾回收利用率", ["区绿化市容局"], ["区商务委"]),
    ]
    assert _targets(GOALS) == [(30, "座", "1"), (5, "座", "1"), (15, "公里", "2"), (45, "%", "3")]


FIELDS = (
    "序号\n领域\n重点工作\n主责单位\n协办单位\n"
    "1\n交通\n优化公交线网，新辟调整公交线路5条。\n区交通委\n区建管委\n"
    "2\n环境\n推进河道水质提升，消除劣V类水体。\n区水务局\n各街镇\n"
    "3\n安全\n开展燃气安全专项整治。\n区应急局\n区建管委、区市场监管局\n"
)


def test_a_field_column_after_the_number_names_each_rows_group_not_its_title():
    assert _rows(FIELDS) == [
        ("1", "优化公交线网，新辟调整公交线路5条", ["区交通委"], ["区建管委"]),
        ("2", "推进河道水质提升，消除劣V类水体", ["区水务局"], ["各街镇"]),
        ("3", "开展燃气安全专项整治", ["区应急局"], ["区建管委", "区市场监管局"]),
    ]
    assert _groups(FIELDS) == ["交通", "环境", "安全"]
    assert _targets(FIELDS) == [(5, "条", "1")]


def test_an_annexed_list_without_row_numbers_is_read_by_its_item_content_and_unit_columns():
    text = (
        "项目\n内容\n牵头部门\n参与部门\n完成时间\n"
        "加强规划引领\n编制城市管理精细化三年行动计划。\n区建管委\n区规划资源局\n2025年6月\n"
        "完善标准体系\n制定街面秩序管理标准。\n区城管执法局\n区市场监管局\n2025年9月\n"
        "强化执法保障\n开展跨部门联合执法检查。\n区城管执法局\n区公安分局、各街镇\n2025年12月\n"
    )
    assert _rows(text) == [
        ("1", "加强规划引领", ["区建管委"], ["区规划资源局"]),
        ("2", "完善标准体系", ["区城管执法局"], ["区市场监管局"]),
        ("3", "强化执法保障", ["区城管执法局"], ["区公安分局", "各街镇"]),
    ]


def test_a_category_cell_spanning_rows_is_printed_once_and_groups_the_rows_below_it():
    text = (
        "序号\n类别\n工作任务\n牵头单位\n配合单位\n"
        "1\n道路交通\n完成主干道路面修复。\n区建管委\n各街镇\n"
        "2\n更新道路标志标线。\n区交通委\n区公安分局\n"
        "3\n市容环境\n整治沿街店招店牌。\n区绿化市容局\n区城管执法局\n"
        "4\n推进口袋公园建设。\n区绿化市容局\n各街镇\n"
    )
    assert _rows(text) == [
        ("1", "完成主干道路面修复", ["区建管委"], ["各街镇"]),
        ("2", "更新道路标志标线", ["区交通委"], ["区公安分局"]),
        ("3", "整治沿街店招店牌", ["区绿化市容局"], ["区城管执法局"]),
        ("4", "推进口袋公园建设", ["区绿化市容局"], ["各街镇"]),
    ]
    assert _groups(text) == ["道路交通", "道路交通", "市容环境", "市容环境"]


def test_a_remarks_column_after_the_units_is_neither_a_unit_nor_the_tasks_words():
    text = (
        "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n备注\n"
        "1\n开展城市体检。\n区建管委\n区规划资源局\n2025年6月\n年度任务\n"
        "2\n推进无障碍环境建设。\n区残联\n区民政局\n2025年12月\n市级考核\n"
    )
    tasks = read_text(_plan(text))["tasks"]
    assert [(t["number"], t["text"], t["lead"], t["support"]) for t in tasks] == [
        ("1", "开展城市体检。", ["区建管委"], ["区规划资源局"]),
        ("2", "推进无障碍环境建设。", ["区残联"], ["区民政局"]),
    ]


@pytest.mark.parametrize(
    "label, cells",
    [
        ("量化指标", ("新建口袋公园10座", "新建绿道20公里", "新能源公交车占比达到95%")),
        ("量化指标", ("10座", "20公里", "95%")),
        ("预期成果", ("新建口袋公园10座", "新建绿道20公里", "新能源公交车占比达到95%")),
    ],
)
def test_figures_in_an_indicator_or_expected_result_column_are_targets_of_their_rows(label, cells):
    text = (
        f"序号\n重点任务\n{label}\n牵头单位\n配合单位\n"
        f"1\n建设口袋公园\n{cells[0]}\n区绿化市容局\n各街镇\n"
        f"2\n增加绿道里程\n{cells[1]}\n区绿化市容局\n区建管委\n"
        f"3\n推广新能源公交\n{cells[2]}\n区交通委\n区国资委\n"
    )
    assert [title for _, title, _, _ in _rows(text)] == ["建设口袋公园", "增加绿道里程", "推广新能源公交"]
    assert _targets(text) == [(10, "座", "1"), (20, "公里", "2"), (95, "%", "3")]


def test_a_bare_figure_in_a_goal_column_is_indicated_by_its_rows_task():
    text = "序号\n重点任务\n量化指标\n牵头单位\n1\n新建口袋公园\n10座\n区绿化市容局\n"
    (target,) = read_text(_plan(text))["targets"]
    assert (target["indicator"], target["value"], target["unit"], target["rule"]) == (
        "新建口袋公园",
        10,
        "座",
        "table_goal_cell",
    )


@pytest.mark.parametrize(
    "lead_label, support_label, support",
    [("主办单位", "协办单位", ["区规划资源局"]), ("责任主体", "完成时限", [])],
)
def test_host_and_responsible_body_columns_are_lead_columns(lead_label, support_label, support):
    text = (
        f"序号\n工作任务\n{lead_label}\n{support_label}\n"
        f"1\n开展城市体检。\n区建管委\n{support[0] if support else '2025年6月'}\n"
    )
    assert _rows(text) == [("1", "开展城市体检", ["区建管委"], support)]


def test_a_target_task_column_before_a_measures_column_titles_its_row_and_a_leader_column_is_skipped():
    text = (
        "序号\n目标任务\n具体举措\n牵头领导\n责任单位\n配合单位\n完成时限\n"
        "1\n优化停车管理\n新增公共停车泊位500个。\n张三\n区交通委\n各街镇\n2025年12月\n"
        "2\n整治架空线\n完成主次干道架空线入地。\n李四\n区建管委\n区规划资源局\n2025年10月\n"
    )
    assert _rows(text) == [
        ("1", "优化停车管理", ["区交通委"], ["各街镇"]),
        ("2", "整治架空线", ["区建管委"], ["区规划资源局"]),
    ]


def test_a_category_a_key_task_and_a_measures_column_give_group_title_and_text():
    text = (
        "序号\n任务类别\n重点任务\n具体措施\n牵头单位\n配合单位\n"
        "1\n交通管理\n优化停车管理\n新增公共停车泊位500个。\n区交通委\n各街镇\n"
        "2\n整治架空线\n完成主次干道架空线入地。\n区建管委\n区规划资源局\n"
        "3\n环境整治\n提升市容环境\n开展背街小巷环境综合整治。\n区绿化市容局\n各街镇\n"
    )
    tasks = read_text(_plan(text))["tasks"]
    assert [(t["number"], t["group"], t["title"], t["text"]) for t in tasks] == [
        ("1", "交通管理", "优化停车管理", "交通管理优化停车管理新增公共停车泊位500个。"),
        ("2", "交通管理", "整治架空线", "整治架空线完成主次干道架空线入地。"),
        ("3", "环境整治", "提升市容环境", "环境整治提升市容环境开展背街小巷环境综合整治。"),
    ]


def test_a_two_level_header_with_lead_and_support_under_responsible_units_reads_both_columns():
    text = (
        "序号\n工作任务\n责任单位\n完成时限\n牵头\n配合\n"
        "1\n开展城市体检。\n区建管委\n区规划资源局\n2025年6月\n"
        "2\n推进无障碍环境建设。\n区残联\n区民政局、各街镇\n2025年12月\n"
    )
    assert _rows(text) == [
        ("1", "开展城市体检", ["区建管委"], ["区规划资源局"]),
        ("2", "推进无障碍环境建设", ["区残联"], ["区民政局", "各街镇"]),
    ]


def test_a_division_of_work_column_is_read_by_its_wording():
    text = (
        "序号\n工作任务\n责任分工\n完成时间\n"
        "1\n开展城市体检。\n区建管委牵头，区规划资源局配合\n2025年6月\n"
        "2\n推进无障碍环境建设。\n区残联牵头，区民政局、各街镇配合\n2025年12月\n"
    )
    assert _rows(text) == [
        ("1", "开展城市体检", ["区建管委"], ["区规划资源局"]),
        ("2", "推进无障碍环境建设", ["区残联"], ["区民政局", "各街镇"]),
    ]


def test_an_annexed_list_without_row_numbers_titles_its_rows_by_the_key_task_column():
    text = (
        KEY_TASKS.replace("序号\n", "").replace("\n1\n", "\n").replace("\n2\n", "\n").replace("\n3\n", "\n")
    )
    assert _rows(text) == [
        ("1", "优化停车管理", ["区交通委"], ["区公安分局", "各街镇"]),
        ("2", "整治架空线", ["区建管委"], ["区规划资源局"]),
        ("3", "提升市容环境", ["区绿化市容局"], ["各街镇"]),
    ]


def test_an_annexed_list_without_row_numbers_and_without_a_lead_column_reads_the_responsible_units_as_leads():
    text = (
        "工作任务\n责任单位\n完成时限\n"
        "新增公共停车泊位500个，推进错峰共享停车。\n区交通委\n2025年12月底\n"
        "完成主次干道架空线入地和合杆整治。\n区建管委\n2025年10月\n"
    )
    assert _rows(text) == [
        ("1", "新增公共停车泊位500个，推进错峰共享停车", ["区交通委"], []),
        ("2", "完成主次干道架空线入地和合杆整治", ["区建管委"], []),
    ]


def test_a_long_label_or_one_with_a_bracketed_note_is_still_a_header_label():
    text = (
        "序号\n主要工作内容及工作目标\n牵头单位\n配合单位\n完成时限\n"
        "1\n开展城市体检。\n区建管委\n区规划资源局\n2025年6月\n"
    )
    assert _rows(text) == [("1", "开展城市体检", ["区建管委"], ["区规划资源局"])]


def test_a_unit_column_noting_that_the_first_unit_leads_splits_each_cell_so():
    text = (
        "序号\n工作任务\n责任单位（第一个为牵头单位）\n完成时限\n"
        "1\n开展城市体检。\n区建管委、区规划资源局\n2025年6月\n"
        "2\n推进无障碍环境建设。\n区残联\n2025年12月\n"
    )
    assert _rows(text) == [
        ("1", "开展城市体检", ["区建管委"], ["区规划资源局"]),
        ("2", "推进无障碍环境建设", ["区残联"], []),
    ]
    assert [t["rule"] for t in read_text(_plan(text))["tasks"]] == ["table+document_first", "table"]


def test_a_unit_column_headed_by_two_kinds_of_body_is_still_the_support_column_and_a_wrapped_lead_cell_stays_lead():
    """"配合部门、单位" names one column: without it the support cells ran on into the lead's."""
    text = (
        "某市关于推进海铁联运发展的实施意见\n一、重点任务\n（一）加快港口规划修编。\n附件\n重点任务表\n"
        "主要任务\n序号\n具体内容\n牵头部门\n配合部门、单位\n一、统筹规划布局\n"
        "1\n加快港口总体规划修编，做好衔接。\n市交通委、\n市规划资源局\n市发展改革委、中国铁路上海局集团、上港集团\n"
        "2\n提升港口后方铁路通道运输能力。\n市交通委\n市规划资源局、市发展改革委、久事集团\n"
    )
    tasks = [(t["number"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]
    assert tasks == [
        ("1", ["市交通委", "市规划资源局"], ["市发展改革委", "中国铁路上海局集团", "上港集团"]),
        ("2", ["市交通委"], ["市规划资源局", "市发展改革委", "久事集团"]),
    ]
