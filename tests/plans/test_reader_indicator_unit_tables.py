"""An opening part of any title whose 发展目标 item states the goals without floor words, and an indicator table with a
unit-of-measure column (类别 / 序号 / 指标 / 单位 / 2025年) printed one cell a line under it: category cells spanning rows
over two lines, indicators wrapped over two lines, goal cells with a comparison sign, a 序号 that skips a number; rows
the text states again are read once, from the sentence (made-up documents in the style of the moved 浙江 2021 县域商业
plan)."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.indicator_grid import read_indicator_table
from actiondesk.plans.reader.structure import split_lines

OPENING = (
    "某省乡村商业实施方案\n"
    "一、总体方案\n"
    "（一）总体要求\n以新发展理念为指导，推动县域商业发展。\n"
    "（二）基本原则\n坚持县域统筹，力争3年见效。\n"
    "（三）发展目标\n"
    "到2025年，全省乡镇商贸中心覆盖率100%，培育30家左右供应链核心企业，快递进村覆盖率100%。\n"
)
TASKS = (
    "二、重点任务\n"
    "（一）完善县城商业设施。改造提升一批县城商贸中心。（省商务厅、省建设厅等分工负责）\n"
    "（二）建设冷链设施。全省新增冷库库容800万立方米。（省发展改革委、省商务厅等分工负责）\n"
)
TABLE = (
    "某省县域商业主要发展指标（2021—2025年）\n"
    "类别\n序号\n指标\n单位\n2025年\n"
    "商业流通\n基础设施\n"
    "1\n新建或改造提升县城商贸中心\n（含服务中心）\n家\n>60\n"
    "2\n新建乡村便利店\n家\n>1500\n"
    "4\n乡镇物流中心数字化建设\n%\n100\n"
    "冷链体系\n"
    "5\n新增冷库库容\n万立方米\n800\n"
    "6\n县域冷链物流网覆盖率\n%\n90\n"
)


def _targets(text):
    return [(t["text"], t["value"], t["unit"], t["comparator"]) for t in read_text(text)["targets"]]


def test_the_goals_of_a_development_goals_item_in_an_opening_part_of_any_title_are_read():
    assert _targets(OPENING + TASKS)[:3] == [
        ("全省乡镇商贸中心覆盖率100%", 100, "%", ">="),
        ("培育30家左右供应链核心企业", 30, "家", "≈"),
        ("快递进村覆盖率100%", 100, "%", ">="),
    ]


def test_the_other_items_of_an_opening_part_give_no_goal():
    assert ("力争3年见效", 3, "年", ">=") not in _targets(OPENING + TASKS)
    assert [value for _, value, _, _ in _targets(OPENING + TASKS)].count(3) == 0


def test_each_goal_cell_of_an_indicator_table_with_a_unit_column_is_a_goal_in_its_rows_unit():
    lines = split_lines(TABLE)
    targets, end = read_indicator_table(lines, 1)
    assert [(t["text"], t["value"], t["unit"], t["comparator"], t["year"]) for t in targets] == [
        ("新建或改造提升县城商贸中心 （含服务中心） 家 >60", 60, "家", ">=", 2025),
        ("新建乡村便利店 家 >1500", 1500, "家", ">=", 2025),
        ("乡镇物流中心数字化建设 % 100", 100, "%", ">=", 2025),
        ("新增冷库库容 万立方米 800", 800, "万立方米", ">=", 2025),
        ("县域冷链物流网覆盖率 % 90", 90, "%", ">=", 2025),
    ]
    assert end == len(lines) - 1  # the empty line after the last row
    assert targets[0]["indicator"] == "新建或改造提升县城商贸中心（含服务中心）"


def test_a_table_without_a_unit_of_measure_column_or_with_one_row_is_not_read_as_one():
    assert read_indicator_table(split_lines(TABLE.replace("单位\n", "")), 1) is None
    one_row = "类别\n序号\n指标\n单位\n2025年\n商业\n1\n新建乡村便利店\n家\n>1500\n二、重点任务\n"
    assert read_indicator_table(split_lines(one_row), 0) is None


def test_a_row_the_text_states_again_is_read_once_from_the_sentence():
    found = _targets(OPENING + TABLE + TASKS)
    assert ("全省新增冷库库容800万立方米", 800, "万立方米", ">=") in found
    assert not any(text.startswith("新增冷库库容 ") for text, _, _, _ in found)


def test_a_row_that_shares_only_its_figure_with_a_goal_of_the_text_stays():
    found = _targets(OPENING + TABLE + TASKS)
    assert ("乡镇物流中心数字化建设 % 100", 100, "%", ">=") in found
    assert ("县域冷链物流网覆盖率 % 90", 90, "%", ">=") in found
    assert len([t for t in found if t[0].endswith((">60", ">1500"))]) == 2


def test_the_table_lines_are_no_part_of_the_goals_paragraph_and_the_tasks_stay():
    reading = read_text(OPENING + TABLE + TASKS)
    assert [(t["number"], t["lead"]) for t in reading["tasks"]] == [
        ("（一）", ["省商务厅", "省建设厅"]),
        ("（二）", ["省发展改革委", "省商务厅"]),
    ]
    assert len(reading["targets"]) == 3 + 4 + 1
