"""Work assigned by standing groups (branch k-reader48): a group heading over a '组 长：' line (a person) and a
'成 员：' line (the group's units, all lead); a group whose duties open with the unit that does them ('①甲处负责…')
reads those duties as its tasks. A leading group's roster under 组织领导 assigns no work. Made-up plans."""

from actiondesk.plans.reader import read_text

_GROUPS = """某镇2024年防汛工作方案
一、防汛指挥部职责
1.统一指挥全镇防汛工作；
2.组织召开防汛工作会议。
二、各工作组组成人员及主要职责
（一）指挥部办公室组成人员及主要职责
1.指挥部办公室组成人员
主 任：张 三
成 员：由应急办、农业服务中心相关人员组成
2.主要职责：
（1）及时掌握汛情、险情；
（2）负责指挥部的日常管理工作。
（二）人员转移工作组组成人员及主要职责
1.人员转移工作组组成人员
组 长：李 四
副组长：王五
成 员：自然资源所、规划建设办、各村应急分队队员
2.主要职责：
组织危险区域群众转移避险。
（三）安全检查工作组组成人员及主要职责
1.安全检查工作组组成人员
组 长：各办负责人
成 员：各办分管领导、村两委干部
2.主要职责：
（1）各办负责开展行业领域安全检查：
①综合办公室负责机关大楼安全检查，做好门窗加固；
②经济发展办负责企业、仓库安全检查；
（2）各村负责开展属地安全检查：
①负责开展危房排查，确保人员撤离；
②负责走访独居老人。
三、工作要求
1.各组要各司其职；
2.工作人员要确保自身安全。
"""


def _tasks(text: str) -> dict:
    return {task["number"]: task for task in read_text(text)["tasks"]}


def test_a_group_with_a_members_line_is_one_task_whose_members_all_lead():
    tasks = _tasks(_GROUPS)
    group = tasks["（二）"]
    assert group["title"] == "人员转移工作组"
    assert group["lead"] == ["自然资源所", "规划建设办", "各村应急分队队员"]
    assert group["support"] == [] and group["rule"] == "standing_group"


def test_the_group_leaders_line_names_a_person_and_no_unit():
    tasks = _tasks(_GROUPS)
    assert all("李 四" not in task["lead"] and "王五" not in task["lead"] for task in tasks.values())
    assert tasks["（一）"]["lead"] == ["应急办", "农业服务中心"]  # '由…相关人员组成': the units inside


def test_the_groups_own_duties_are_no_tasks_of_their_own():
    numbers = set(_tasks(_GROUPS))
    assert not any(number.startswith(("（一）（", "（二）（")) for number in numbers)


def test_duties_opening_with_their_unit_are_the_tasks_and_unnamed_ones_take_the_duty_above():
    tasks = _tasks(_GROUPS)
    assert "（三）" not in tasks  # its members are generic; its duties carry the units
    assert tasks["（三）（1）①"]["lead"] == ["综合办公室"]
    assert tasks["（三）（1）①"]["title"] == "综合办公室负责机关大楼安全检查"
    assert tasks["（三）（1）②"]["lead"] == ["经济发展办"]
    assert tasks["（三）（2）①"]["lead"] == ["各村"]
    assert tasks["（三）（2）②"]["title"] == "负责走访独居老人"


def test_a_leading_groups_roster_under_organisation_is_no_task():
    text = """某区2024年河道整治工作方案
一、主要任务
（一）清理河道垃圾。（甲处负责）
（二）整治排污口。（乙处负责）
二、保障措施
（一）加强组织领导
组 长：赵六
成 员：甲处、乙处、丙处
（二）强化督查考核
定期通报工作进展。
"""
    tasks = read_text(text)["tasks"]
    assert all(task["lead"] != ["甲处", "乙处", "丙处"] for task in tasks)
    assert all("组织领导" not in task["title"] for task in tasks)
