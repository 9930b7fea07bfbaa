"""A one-cell-per-line task table whose unit cells hold several names one a line: a row with more unit lines than
unit columns does not show where its 牵头 cell ends and its 配合 cell begins, so its reading is marked unsure."""

from actiondesk.plans.reader import read_text

_TABLE = (
    "附件1\n改革任务表\n序号\n改革任务\n工作要求\n完成时间\n责任单位\n配合单位\n"
    "1\n方案编制\n完成区级实施方案制定\n2025年6月\n区建设管理委\n（区水务局）\n各成员单位\n"
    "2\n清单建立\n完成现场盘点、核实查验、清单锁定\n2025年9月\n区建设管理委\n（区水务局）\n市城投集团\n区城投集团\n"
    "申浦公司\n"
    "3\n协议签订\n完成设施移交，签订移交协议\n2025年12月\n区政府\n市城投集团\n"
)


def _rows():
    return {task["number"]: task for task in read_text("一、主要任务\n" + _TABLE)["tasks"]}


def test_a_unit_name_wrapped_before_its_alias_bracket_reads_as_one_unit():
    assert _rows()["1"]["lead"] == ["区建设管理委（区水务局）"]


def test_a_row_with_one_unit_line_per_unit_column_reads_lead_then_support_and_is_sure():
    row = _rows()["1"]
    assert (row["support"], row["unsure"]) == (["各成员单位"], False)
    assert _rows()["3"]["lead"] == ["区政府"] and not _rows()["3"]["unsure"]


def test_a_row_with_more_unit_lines_than_unit_columns_keeps_first_line_leads_and_is_marked_unsure():
    row = _rows()["2"]
    assert row["lead"] == ["区建设管理委（区水务局）"]
    assert row["support"] == ["市城投集团", "区城投集团", "申浦公司"]
    assert row["unsure"] and row["rule"] == "table_unit_lines"
