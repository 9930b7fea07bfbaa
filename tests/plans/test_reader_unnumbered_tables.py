"""Annexed task tables one cell per line with header labels wrapped before a bracketed tail ("责任部门" / "（单位）"),
a 项目序号 column, and tables whose rows carry no printed number."""

from actiondesk.plans.reader import read_text


def _units(text):
    return [(t["number"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


WRAPPED = (
    "附件3\n某区改革任务时间表\n项目序号\n任务类型\n改革任务\n工作要求\n完成时间\n责任部门\n（单位）\n配合部门\n（单位）\n"
    "1\n推进平稳移交\n动员部署\n建立改革工作小组。\n2025年4月\n区政府\n甲委（乙局）\n"
    "2\n方案制定\n编制改革方案。\n2025年6月\n甲委（乙局）\n丙局、丁集团\n"
)


def test_a_header_label_wrapped_before_its_bracketed_tail_is_one_unit_column():
    assert _units(WRAPPED) == [
        ("1", ["区政府"], ["甲委（乙局）"]),
        ("2", ["甲委（乙局）"], ["丙局", "丁集团"]),
    ]


def test_a_project_number_column_numbers_the_rows_of_a_task_table():
    text = WRAPPED.replace("项目序号", "项目编号")
    assert [number for number, _, _ in _units(text)] == ["1", "2"]


def test_a_unit_cell_with_an_alias_in_brackets_stays_one_unit_as_printed():
    assert _units(WRAPPED)[1][1] == ["甲委（乙局）"]
