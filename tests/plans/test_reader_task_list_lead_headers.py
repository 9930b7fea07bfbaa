"""An annexed task list one cell a line whose lead column is headed '牵头责任部门' (made up after the ninety-eighth
batch's 苏州 equipment-renewal plan), with group rows and a field cell printed on a group's first row only."""

from actiondesk.plans.reader import read_text

PLAN = """设备更新实施方案
一、工作目标
到2025年，设备更新取得明显成效。
附件1
2024年设备更新任务清单
序号
领域
2024年推进任务
牵头责任部门
一、实施设备更新行动
1
工业
组织实施技术改造项目800个以上。
市工信局
2
新建8家绿色工厂。
市工信局、市发改委
二、实施消费品以旧换新行动
3
汽车
新建5000个公共领域充电桩。
市发改委
"""


def test_each_row_of_a_list_headed_qian_tou_ze_ren_bu_men_is_a_task_with_its_lead_and_goal():
    reading = read_text(PLAN)
    assert [(t["title"], t["lead"]) for t in reading["tasks"]] == [
        ("组织实施技术改造项目800个以上", ["市工信局"]), ("新建8家绿色工厂", ["市工信局", "市发改委"]),
        ("新建5000个公共领域充电桩", ["市发改委"])]
    assert {(t["value"], t["unit"]) for t in reading["targets"]} >= {(800, "个"), (8, "家"), (5000, "个")}
