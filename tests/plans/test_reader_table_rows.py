"""Made-up annexed task tables (k-reader25), continued: how rows arrive — row numbers printed 1.1 under a group row,
"3.", "（3）" or "03"; section rows between rows; a header on one line above rows one cell per line; task cells
wrapped over two lines; unit cells one unit a line, wrapped after '、', or saying who leads in words; unit columns
before the task column. Layouts of the columns themselves are in test_reader_table_layouts.py."""

import pytest

from actiondesk.plans.reader import read_plan, read_text
from tests.plans.test_reader_table_layouts import _groups, _plan, _rows

SUB_ROWS = (
    "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
    "1\n提升道路设施水平\n"
    "1.1\n完成主干道路面修复。\n区建管委\n各街镇\n2025年10月\n"
    "1.2\n更新道路标志标线。\n区交通委\n区公安分局\n2025年12月\n"
    "2\n改善市容环境\n"
    "2.1\n整治沿街店招店牌。\n区绿化市容局\n区城管执法局\n2025年8月\n"
    "2.2\n推进口袋公园建设。\n区绿化市容局\n各街镇\n2025年12月\n"
)


def test_rows_numbered_one_point_one_under_a_group_row_are_the_tasks_and_the_group_row_names_them():
    assert _rows(SUB_ROWS) == [
        ("1.1", "完成主干道路面修复", ["区建管委"], ["各街镇"]),
        ("1.2", "更新道路标志标线", ["区交通委"], ["区公安分局"]),
        ("2.1", "整治沿街店招店牌", ["区绿化市容局"], ["区城管执法局"]),
        ("2.2", "推进口袋公园建设", ["区绿化市容局"], ["各街镇"]),
    ]
    assert _groups(SUB_ROWS) == ["提升道路设施水平"] * 2 + ["改善市容环境"] * 2


def test_a_task_cell_wrapped_mid_sentence_over_two_lines_is_one_cell():
    text = (
        "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n推进老旧小区综合改造，完善\n小区配套设施和消防设施。\n区房管局\n各街镇\n2025年12月\n"
        "2\n加强建筑工地扬尘管控，落实\n六个百分之百要求。\n区建管委\n区生态环境局\n全年推进\n"
    )
    assert _rows(text) == [
        ("1", "推进老旧小区综合改造，完善小区配套设施和消防设施", ["区房管局"], ["各街镇"]),
        ("2", "加强建筑工地扬尘管控，落实六个百分之百要求", ["区建管委"], ["区生态环境局"]),
    ]


def test_units_one_per_line_lead_with_the_first_marked_unsure_and_units_listed_with_dun_are_split():
    text = (
        "序号\n工作任务\n牵头单位\n配合单位\n"
        "1\n开展城市体检。\n区建管委\n区规划资源局\n区发展改革委\n区统计局\n"
        "2\n推进无障碍环境建设。\n区残联、区民政局\n区建管委、各街镇\n"
        "3\n完善城市家具设置。\n区绿化市容局\n区交通委、\n区公安分局、各街镇\n"
    )
    assert _rows(text) == [
        ("1", "开展城市体检", ["区建管委"], ["区规划资源局", "区发展改革委", "区统计局"]),
        ("2", "推进无障碍环境建设", ["区残联", "区民政局"], ["区建管委", "各街镇"]),
        ("3", "完善城市家具设置", ["区绿化市容局"], ["区交通委", "区公安分局", "各街镇"]),
    ]
    assert [t["unsure"] for t in read_text(_plan(text))["tasks"]] == [True, False, False]


def test_unit_labels_printed_over_two_lines_are_one_column_and_a_dash_is_an_empty_cell():
    text = (
        "序号\n工作任务\n牵头\n单位\n配合\n单位\n"
        "1\n开展城市体检。\n区建管委\n——\n"
        "2\n推进无障碍环境建设。\n区残联\n区民政局\n"
    )
    assert _rows(text) == [
        ("1", "开展城市体检", ["区建管委"], []),
        ("2", "推进无障碍环境建设", ["区残联"], ["区民政局"]),
    ]


@pytest.mark.parametrize("first, second", [("1.", "2."), ("1、", "2、"), ("（1）", "（2）"), ("01", "02")])
def test_row_numbers_printed_with_marks_or_leading_zeros_number_their_rows(first, second):
    text = (
        "序号\n工作任务\n牵头单位\n配合单位\n"
        f"{first}\n开展城市体检。\n区建管委\n区规划资源局\n"
        f"{second}\n推进无障碍环境建设。\n区残联\n区民政局\n"
    )
    assert _rows(text) == [
        ("1", "开展城市体检", ["区建管委"], ["区规划资源局"]),
        ("2", "推进无障碍环境建设", ["区残联"], ["区民政局"]),
    ]


def test_a_unit_cell_that_says_who_leads_in_words_is_read_like_a_clause():
    text = (
        "序号\n工作任务\n责任单位\n完成时限\n"
        "1\n开展城市体检。\n区建管委（牵头）、区规划资源局\n2025年6月\n"
        "2\n推进无障碍环境建设。\n区残联牵头，区民政局配合\n2025年12月\n"
    )
    assert _rows(text) == [
        ("1", "开展城市体检", ["区建管委"], ["区规划资源局"]),
        ("2", "推进无障碍环境建设", ["区残联"], ["区民政局"]),
    ]
    assert [t["rule"] for t in read_text(_plan(text))["tasks"]] == ["table+lead_mark", "table+wording"]


def test_unit_columns_before_the_task_column_open_each_row_and_a_unit_cell_spans_the_rows_below_it():
    text = (
        "序号\n责任单位\n配合单位\n重点任务\n完成时限\n"
        "1\n区建管委\n各街镇\n开展城市体检，形成体检报告。\n2025年6月\n"
        "2\n推进架空线入地。\n2025年12月\n"
        "3\n区残联\n——\n推进无障碍环境建设。\n2025年12月\n"
    )
    assert _rows(text) == [
        ("1", "开展城市体检，形成体检报告", ["区建管委"], ["各街镇"]),
        ("2", "推进架空线入地", ["区建管委"], ["各街镇"]),
        ("3", "推进无障碍环境建设", ["区残联"], []),
    ]


@pytest.mark.parametrize("after_units", ["2025年6月\n", ""])
def test_the_one_unit_column_printed_one_unit_a_line_keeps_every_unit_as_lead(after_units):
    schedule = "完成时限\n" if after_units else ""
    text = (
        f"序号\n工作任务\n责任单位\n{schedule}"
        f"1\n开展城市体检。\n区建管委\n区规划资源局\n{after_units}"
        f"2\n推进无障碍环境建设。\n区残联\n{after_units}"
    )
    assert _rows(text) == [
        ("1", "开展城市体检", ["区建管委", "区规划资源局"], []),
        ("2", "推进无障碍环境建设", ["区残联"], []),
    ]


def test_a_lead_mark_on_the_first_of_the_units_one_a_line_makes_the_others_support():
    text = (
        "序号\n工作任务\n责任单位\n完成时限\n1\n开展城市体检。\n区发展改革委（牵头）\n区财政局\n2025年6月\n"
    )
    assert _rows(text) == [("1", "开展城市体检", ["区发展改革委"], ["区财政局"])]


ROAD_ROWS = "1\n完成主干道路面修复。\n区建管委\n各街镇\n2\n更新道路标志标线。\n区交通委\n区公安分局\n"
ROAD_TASKS = [
    ("1", "完成主干道路面修复", ["区建管委"], ["各街镇"]),
    ("2", "更新道路标志标线", ["区交通委"], ["区公安分局"]),
]


def test_a_header_on_one_line_above_rows_printed_one_cell_per_line_reads_the_rows():
    assert _rows("序号 工作任务 牵头单位 配合单位\n" + ROAD_ROWS) == ROAD_TASKS


@pytest.mark.parametrize("section", ["一、提升道路设施水平\n", "一\n提升道路设施水平\n"])
def test_section_rows_between_numbered_rows_are_no_tasks(section):
    text = (
        "序号\n工作任务\n牵头单位\n配合单位\n"
        + section
        + ROAD_ROWS
        + section.replace("一", "二").replace("提升道路设施水平", "改善市容环境")
        + "3\n整治沿街店招店牌。\n区绿化市容局\n区城管执法局\n"
    )
    assert _rows(text) == ROAD_TASKS + [("3", "整治沿街店招店牌", ["区绿化市容局"], ["区城管执法局"])]


def test_a_schedule_column_before_the_unit_columns_is_neither_text_nor_unit():
    text = (
        "序号\n重点任务\n完成时限\n牵头单位\n配合单位\n"
        "1\n完成主干道路面修复。\n2025年10月\n区建管委\n各街镇\n"
        "2\n更新道路标志标线。\n2025年12月底前\n区交通委\n区公安分局\n"
    )
    assert _rows(text) == ROAD_TASKS


@pytest.mark.parametrize("section", ["一、提升道路设施水平\n", "一\n提升道路设施水平\n"])
def test_a_section_row_names_the_group_of_the_numbered_rows_below_it(section):
    second = section.replace("一", "二").replace("提升道路设施水平", "改善市容环境")
    text = (
        "序号\n工作任务\n牵头单位\n配合单位\n"
        + section
        + ROAD_ROWS
        + second
        + "3\n整治沿街店招店牌。\n区绿化市容局\n区城管执法局\n"
    )
    assert _groups(text) == ["提升道路设施水平", "提升道路设施水平", "改善市容环境"]


def test_an_item_with_its_own_clause_right_above_a_task_table_is_a_task_not_the_tables_caption():
    """"（二）…（责任单位：X）" and then the table: the item names who answers for it, so it is no caption."""
    plan = ("某区2026年营商环境优化行动方案\n一、重点任务\n（一）优化开办服务。新增企业3000户。（牵头单位：区市场监管局）\n"
            "（二）深化一网通办。（责任单位：区数据局）\n序号 | 重点任务 | 牵头单位 | 配合单位\n"
            "1 | 加强要素保障 | 区规划资源局 | 区财政局\n")
    tasks = read_plan(plan.encode(), "plan.txt")["tasks"]
    assert [(t["number"], t["lead"]) for t in tasks] == [("（一）", ["区市场监管局"]), ("（二）", ["区数据局"]),
                                                         ("1", ["区规划资源局"])]
    captioned = plan.replace("（二）深化一网通办。（责任单位：区数据局）", "（二）重点任务清单")
    assert [t["number"] for t in read_plan(captioned.encode(), "plan.txt")["tasks"]] == ["（一）", "1"]
