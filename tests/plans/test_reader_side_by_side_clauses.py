"""Label brackets printed side by side ("…。（牵头单位：X）（参加单位：Y）") or a line apart are one clause: the first
names the lead, the second the supports; a blank line at the end of a document changes no reading of the last item."""

from actiondesk.plans.reader import read_text


def _rows(text):
    return [(t["number"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_two_label_brackets_side_by_side_are_one_clause():
    text = (
        "甲区纠风工作意见\n一、重点工作\n（一）整治会风。精简会议。（牵头单位：区纪委）（参加单位：区政府办）\n"
        "（二）整治作风。开展督查。（牵头单位：区人社局）\n（三）整治乱收费。开展检查。（参加单位：区直各单位）\n"
    )
    assert _rows(text) == [
        ("（一）", ["区纪委"], ["区政府办"]),
        ("（二）", ["区人社局"], []),
        ("（三）", [], ["区直各单位"]),
    ]


def test_two_label_brackets_a_line_apart_are_one_clause():
    text = "甲区纠风工作意见\n一、重点工作\n1.整治会风。精简会议。\n（牵头单位：区纪委）\n（参加单位：区政府办、区财政局）\n"
    assert _rows(text) == [("1", ["区纪委"], ["区政府办", "区财政局"])]


def test_a_bracket_of_names_after_a_label_bracket_stays_apart():
    text = "甲区工作方案\n一、重点任务\n1.建设泵站。完成甲泵站建设。（牵头单位：区水务局）（甲村、乙村）\n"
    assert _rows(text)[0][1] == ["区水务局"]


def test_the_last_item_of_a_list_ending_with_a_blank_line_keeps_its_number():
    text = (
        "甲区纠风工作意见\n（一）整治会风。精简会议。（牵头单位：区纪委）\n"
        "（二）整治作风。开展督查。（牵头单位：区人社局；参加单位：区财政局）\n\n"
    )
    assert [row[0] for row in _rows(text)] == ["（一）", "（二）"]


def test_a_last_safeguards_part_whose_own_line_carries_its_clause_is_a_task_at_the_documents_end():
    text = (
        "一、建立服务体系。建立服务中心。（责任单位：甲局）\n二、加大扶持力度。（责任单位：乙局）\n"
        "对达标主体给予补助。（责任单位：丙局）\n三、加强组织领导。成立领导小组。（责任单位：丁局）"
    )
    for ending in ("", "\n"):
        tasks = read_text(text + ending)["tasks"]
        assert (tasks[-1]["title"], tasks[-1]["lead"]) == ("加强组织领导", ["丁局"])
