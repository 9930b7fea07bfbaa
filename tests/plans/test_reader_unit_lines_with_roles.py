"""Unit cells of a one-cell-a-line task table printed one name a line (branch k-reader55, from a moved held-out
plan): a village committee ("各村委会", "白沙村委会") is a unit like a bureau; and lines that each say their own role
("甲处牵头" / "各处室配合" / "各村委会") are one cell — the 牵头 line leads, the 配合 line works with it, a line
that says no role is of the column (it leads). A task cell that forms a team or a station ("组建宣讲队", "成立片区
宣讲站") is the row's task though it ends like a body. Made-up plans."""

from actiondesk.plans.reader import read_text

_TABLE = """某片区消防安全宣传教育培训工作方案

一、工作目标

全面提升群众消防安全素质。

二、工作要求

各单位要高度重视，认真组织实施。

附件

消防安全宣传教育培训任务分解表
序号
工作任务
工作举措
完成时限
责任单位
1
加强组织领导
每季度总结工作情况，及时报送区消安委办。
每季度
综治处
2
开展培训指导
做好宣导员队伍的施教施训能力培训。
长期
综治处
各联合党委
各村委会
3
加强平台学习
组织干部职工注册使用学习平台。
每年
综治处牵头
各处室配合
各村委会
4
摸清底数
排查各村居家群体名单。
8月10日
白沙村委会
各联合党委
"""


def _tasks(text):
    return [(t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_village_committees_on_their_own_lines_are_units_of_the_cell():
    tasks = _tasks(_TABLE)
    assert tasks[1] == (["综治处", "各联合党委", "各村委会"], [])
    assert tasks[3] == (["白沙村委会", "各联合党委"], [])


def test_unit_lines_that_each_say_their_role_are_one_cell_and_a_bare_line_leads():
    tasks = _tasks(_TABLE)
    assert len(tasks) == 4
    assert tasks[2] == (["综治处", "各村委会"], ["各处室"])


_FORMED = """某片区消防安全宣讲站建设工作方案

一、工作目标

全面提升群众消防安全素质。

附件

任务分解表
序号
工作任务
工作举措
完成时限
责任单位
1
加强组织领导
每季度总结工作情况。
每季度
综治处
2
组建宣讲队
建立一支不少于3人的宣讲队伍。
长期
综治处
各联合党委
3
成立片区宣讲站
落实宣讲站场地、制度、人员配备。
8月20日
综治处
"""


def test_a_task_cell_that_forms_a_team_or_station_is_the_task_not_its_unit():
    tasks = read_text(_FORMED)["tasks"]
    assert [(t["title"], t["lead"]) for t in tasks] == [
        ("加强组织领导", ["综治处"]), ("组建宣讲队", ["综治处", "各联合党委"]), ("成立片区宣讲站", ["综治处"])]
