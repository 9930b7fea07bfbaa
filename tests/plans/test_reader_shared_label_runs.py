"""Label lines shared by a run of items (k-reader43): where the items are numbered straight through the groups
(1.–3. under （一）, 4.–6. under （二）…), a '责任部门：' line of its own after a run of items without a clause closes
every item of the run, within its group; where the numbering restarts in each group, one clause after a group's
items closes the group (k-reader35), as before. Made-up texts."""

from actiondesk.plans.reader import read_text


def _tasks(text):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


STRAIGHT = (
    "三、主要任务\n（一）加强思想建设\n1.组织学习。开展专题辅导。\n2.树立典型。宣传先进事迹。\n3.严明纪律。开展警示教育。\n"
    "责任部门：甲处、乙委\n（二）完善制度\n4.修订制度。梳理规章。\n责任部门：丙办\n5.规范流程。统一口径。\n"
    "责任部门：丙办牵头，各处室配合\n（三）狠抓落实\n6.关心干部。开展谈心谈话。\n责任部门：甲处\n7.领导带头。班子成员牵头推动重点工作。\n"
    "8.加强督查。开展常态化检查。\n责任部门：丙办\n"
)


def test_a_label_line_after_a_run_of_items_numbered_straight_through_the_groups_closes_every_item_of_the_run():
    assert _tasks(STRAIGHT)[:3] == [
        ("1", "组织学习", ["甲处", "乙委"], []),
        ("2", "树立典型", ["甲处", "乙委"], []),
        ("3", "严明纪律", ["甲处", "乙委"], []),
    ]


def test_items_with_their_own_label_keep_it_and_an_item_without_one_takes_the_next_items_label_in_its_group():
    assert _tasks(STRAIGHT)[3:] == [
        ("4", "修订制度", ["丙办"], []),
        ("5", "规范流程", ["丙办"], ["各处室"]),
        ("6", "关心干部", ["甲处"], []),
        ("7", "领导带头", ["丙办"], []),
        ("8", "加强督查", ["丙办"], []),
    ]


def test_items_given_a_shared_label_say_so_and_are_marked_to_confirm():
    tasks = read_text(STRAIGHT)["tasks"]
    assert [(t["number"], t["rule"], t["unsure"]) for t in tasks if "shared_label" in t["rule"]] == [
        ("1", "single_list+shared_label", True),
        ("2", "single_list+shared_label", True),
        ("7", "single_list+shared_label", True),
    ]


def test_a_shared_label_with_role_words_gives_every_item_of_the_run_its_lead_and_support():
    text = (
        "三、主要任务\n（一）理清权责\n1.明确职责。制定清单。\n2.精简会议。控制规模。\n责任部门：甲办、乙处牵头，各处室配合\n"
        "（二）优化服务\n3.公开政务。完善目录。\n责任部门：丙处\n4.精简审批。减少环节。\n责任部门：丁处\n"
    )
    assert _tasks(text) == [
        ("1", "明确职责", ["甲办", "乙处"], ["各处室"]),
        ("2", "精简会议", ["甲办", "乙处"], ["各处室"]),
        ("3", "公开政务", ["丙处"], []),
        ("4", "精简审批", ["丁处"], []),
    ]


def test_a_run_does_not_reach_over_a_group_heading():
    text = (
        "三、主要任务\n（一）加强学习\n1.组织学习。开展辅导。\n责任部门：甲处\n2.总结经验。形成案例。\n"
        "（二）优化服务\n3.公开政务。完善目录。\n责任部门：丙处\n4.精简审批。减少环节。\n责任部门：丁处\n"
    )
    assert [(number, lead) for number, _, lead, _ in _tasks(text)] == [
        ("1", ["甲处"]),
        ("2", []),
        ("3", ["丙处"]),
        ("4", ["丁处"]),
    ]


def test_a_clause_run_on_at_the_end_of_an_items_paragraph_closes_that_item_alone():
    text = (
        "三、主要任务\n（一）加强学习\n1.组织学习。开展辅导。\n2.总结经验。形成案例。（责任部门：甲处）\n"
        "（二）优化服务\n3.公开政务。完善目录。\n责任部门：丙处\n4.精简审批。减少环节。\n责任部门：丁处\n"
    )
    assert [(number, lead) for number, _, lead, _ in _tasks(text)] == [
        ("1", []),
        ("2", ["甲处"]),
        ("3", ["丙处"]),
        ("4", ["丁处"]),
    ]


def test_where_the_numbering_restarts_in_each_group_one_clause_after_a_groups_items_still_closes_the_group():
    text = (
        "三、主要任务\n（一）加强学习\n1.组织学习。开展辅导。（甲处牵头，乙处配合）\n2.总结经验。形成案例。（丙处）\n"
        "（二）优化服务\n1.公开政务。完善目录。\n2.精简审批。减少环节。\n责任部门：丙处、丁处\n"
        "（三）补齐短板\n1.招引项目。策划项目。（丁处）\n2.改善民生。办好实事。（戊处）\n"
    )
    assert [(number, lead) for number, _, lead, _ in _tasks(text)] == [
        ("1", ["甲处"]),
        ("2", ["丙处"]),
        ("（二）", ["丙处", "丁处"]),
        ("1", ["丁处"]),
        ("2", ["戊处"]),
    ]


def test_items_numbered_straight_through_with_only_group_labels_are_the_tasks_each_with_its_group_units():
    text = ("一、工作措施\n（一）加强人员管理\n1.引导人员有序流动。倡导就地过节。\n2.严格落实管控措施。做好排查。\n"
            "责任单位（处室）:甲处、乙处\n（二）严控聚集活动\n3.严控聚集性就餐。减少聚餐。\n4.严控公共场所流量。限流。\n"
            "责任单位（处室）:丙处\n（三）强化交通管理\n5.强化交通运输管理。做好消杀。\n6.筑牢海上防线。加强巡查。\n"
            "责任单位（处室）:丁处\n")
    reading = read_text(text)
    assert [(t["number"], t["lead"]) for t in reading["tasks"]] == [
        ("1", ["甲处", "乙处"]), ("2", ["甲处", "乙处"]), ("3", ["丙处"]), ("4", ["丙处"]), ("5", ["丁处"]), ("6", ["丁处"])]


def test_items_numbered_afresh_in_each_group_with_only_group_labels_leave_the_groups_as_the_tasks():
    text = ("一、工作措施\n（一）加强人员管理\n1.引导人员有序流动。倡导就地过节。\n2.严格落实管控措施。做好排查。\n"
            "责任单位：甲处\n（二）严控聚集活动\n1.严控聚集性就餐。减少聚餐。\n2.严控公共场所流量。限流。\n"
            "责任单位：丙处\n（三）强化交通管理\n1.强化交通运输管理。做好消杀。\n2.筑牢海上防线。加强巡查。\n责任单位：丁处\n")
    assert [(t["number"], t["lead"]) for t in read_text(text)["tasks"]] == [
        ("（一）", ["甲处"]), ("（二）", ["丙处"]), ("（三）", ["丁处"])]
