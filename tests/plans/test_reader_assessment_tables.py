"""Assessment task tables (考核任务分解表): one cell a line, a 责任单位 cell that may span the sub-rows numbered inside
a row's 评分细则 cell, and deduction rules as the row's figures."""

from actiondesk.plans.reader import read_text

_HEAD = "2025年示范片区考核任务分解表\n序号\n考核内容\n分值\n考核评分细则\n节点任务\n责任单位\n"


def _tasks(rows: str):
    return [(t["number"], t["title"], t["lead"]) for t in read_text(_HEAD + rows)["tasks"]]


def test_a_content_cell_ending_in_tiao_chu_is_work_not_a_division_named_as_a_unit():
    rows = (
        "1\n河道巡查管理\n14\n1.未建立巡查制度的，扣2分。\n持续跟进\n甲处、乙服务站\n"
        "2\n涉水信访纠纷调处\n5\n1.未及时调处群众信访的，每起扣0.5分。\n持续跟进\n丙处、甲处\n"
    )
    tasks = _tasks(rows)
    assert [t[0] for t in tasks] == ["1", "2"]
    assert tasks[1][1].startswith("涉水信访纠纷调处") and tasks[1][2] == ["丙处", "甲处"]


def test_numbered_rules_with_their_own_unit_cells_are_sub_row_tasks_and_a_rule_without_one_joins_the_one_above():
    rows = (
        "1\n河道巡查管理\n10\n1.未建立巡查制度的，扣2分。\n6月前完成\n甲处、乙处\n"
        "2.未公布河长名单的，扣1分。\n持续跟进\n甲处、丙办公室\n"
        "3.未按期办结交办事项的，扣1分。\n持续跟进\n"
        "4.违规审批的，每起扣0.5分。\n持续跟进\n丁站\n"
        "2\n水质监测\n5\n1.未按月监测的，扣1分。\n年内完成\n甲处\n"
    )
    tasks = _tasks(rows)
    assert tasks[:3] == [
        ("1-1", "河道巡查管理", ["甲处", "乙处"]),
        ("1-2", "河道巡查管理", ["甲处", "丙办公室"]),
        ("1-4", "河道巡查管理", ["丁站"]),
    ]
    assert [(number, lead) for number, _, lead in tasks[3:]] == [("2", ["甲处"])]


def test_places_concerned_listed_beside_a_named_body_are_units_as_written():
    # The 考核项目 cell spans both rows: the second row prints one cell fewer.
    rows = (
        "1\n河道巡查管理\n10\n1.未建立巡查制度的，扣2分。\n年内完成\n甲处、乙站\n"
        "2\n乡村绿化\n8\n1.未按时推荐名单的，扣1分。\n以上级下达文件时间为准\n甲处、相关村\n"
    )
    head = "2025年示范片区考核任务分解表\n序号\n考核项目\n考核内容\n分值\n考核评分细则\n节点任务\n责任单位\n1\n工作考核\n"
    tasks = read_text(head + rows[2:])["tasks"]
    assert [t["lead"] for t in tasks] == [["甲处", "乙站"], ["甲处", "相关村"]]


def test_a_floor_of_times_in_a_short_schedule_cell_is_a_target_and_other_schedules_are_not():
    rows = (
        "1\n河道巡查管理\n10\n1.河长每年巡河少于4次的，每少1次扣0.5分。\n6月前完成1次，11月底前完成3次及以上\n甲处、乙站\n"
        "2\n水质监测\n8\n1.未按月监测的，扣1分。\n一季度10%二季度40%\n甲处\n"
    )
    found = read_text(_HEAD + rows)["targets"]
    assert sorted((t["value"], t["unit"], t["comparator"]) for t in found) == [
        (3, "次", ">="),
        (4, "次", ">="),
    ]
