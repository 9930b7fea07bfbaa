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


UNNUMBERED = (
    "附件：1.某区工作方案任务清单\n2.某区指标分解表\n附件1：\n某区工作方案任务清单\n序号\n任务名称\n任务内容\n责任单位\n配合单位\n"
    "深入开展宣传教育\n加大交通枢纽宣传力度，重点做好流动人群宣传。\n区建管委、区文旅局\n各街镇\n"
    "开展常态化宣传培训，鼓励社区积极创新。\n各街镇\n/\n"
    "强化源头监管机制。\n城发集团\n区绿化市容局\n"
    "保障回收体系稳定\n全区建设示范型中转站3座。\n区绿化市容局\n区财政局\n各街镇\n"
    "落实属地管理职责，加强监管。\n甲公司\n区绿化市容局、\n区商务委、各街镇\n"
)


def test_rows_without_printed_numbers_are_found_from_their_unit_cells():
    found = _units(UNNUMBERED)
    assert [(lead, support) for _, lead, support in found] == [
        (["区建管委", "区文旅局"], ["各街镇"]),
        (["各街镇"], []),
        (["城发集团"], ["区绿化市容局"]),
        (["区绿化市容局", "区财政局"], ["各街镇"]),
        (["甲公司"], ["区绿化市容局", "区商务委", "各街镇"]),
    ]


def test_a_group_cell_printed_on_the_first_row_of_its_group_does_not_title_the_row():
    titles = [t["title"] for t in read_text(UNNUMBERED)["tasks"]]
    assert titles[0].startswith("加大交通枢纽宣传力度") and titles[3].startswith("全区建设示范型中转站3座")


def test_a_lead_cell_over_two_lines_before_the_support_cell_is_marked_unsure():
    tasks = read_text(UNNUMBERED)["tasks"]
    assert [t["unsure"] for t in tasks] == [False, False, False, True, False]


def test_a_figure_of_a_table_row_is_read_once_even_under_an_annex_list_item_above_the_table():
    text = UNNUMBERED + "附件2：\n某区指标分解表\n各街镇按要求完成。（责任单位：各街镇）\n"
    targets = [t for t in read_text(text)["targets"] if t["value"] == 3]
    assert [(t["text"], t["unit"]) for t in targets] == [("全区建设示范型中转站3座", "座")]


def test_a_table_with_printed_row_numbers_is_not_read_as_unnumbered_rows():
    text = "序号\n任务名称\n任务内容\n责任单位\n配合单位\n1\n宣传\n开展宣传。\n区教育局\n各街镇\n"
    assert _units(text) == [("1", ["区教育局"], ["各街镇"])]


def test_an_alias_bracket_wrapped_onto_its_own_line_stays_with_the_unit_above_it():
    text = (
        "附件\n任务分工表\n序号\n工作任务\n牵头单位\n配合单位\n1\n完成设施移交。\n区建设管理委\n（区水务局）\n区财政局\n区国资委\n"
        "2\n完成队伍组建。\n区财政局\n区建设管理委\n（区水务局）\n"
    )
    assert _units(text) == [
        ("1", ["区建设管理委（区水务局）"], ["区财政局", "区国资委"]),
        ("2", ["区财政局"], ["区建设管理委（区水务局）"]),
    ]


def test_a_bracketed_deadline_on_its_own_line_is_no_alias_of_the_unit_above():
    text = "附件\n任务分工表\n序号\n工作任务\n牵头单位\n1\n完成设施移交。\n区财政局\n（2025年底前）\n"
    assert _units(text)[0][1] == ["区财政局"]
