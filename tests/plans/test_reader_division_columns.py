"""A task table with a body's own divisions beside its unit columns, on a small made-up annex."""

from actiondesk.plans.reader import read_text

PLAN = """某市家庭医生签约服务工作方案
一、工作任务
（一）扩大家庭医生来源。
附件
任务分工表
序号
工作事项
主要内容
牵头单位
配合单位
市卫健委内牵头处室
市卫健委内配合处室
1
扩大家庭医生来源。
推动全科医生到基层执业。
各区政府
市卫生健康委
基层处
医政处
加大公开招聘力度，优先保障基层用人需求。
各区政府
市卫生健康委、市人社局
人事处
基层处
2
完善培训体系。
落实全科医生培养方案。
各区政府、市卫生健康委
/
科教处
基层处
"""


def test_a_bodys_division_columns_are_not_read_and_each_content_cell_with_its_own_units_is_a_task():
    tasks = [t for t in read_text(PLAN)["tasks"] if t["rule"].startswith("table")]
    assert [(t["number"], t["lead"], t["support"]) for t in tasks] == [
        ("1", ["各区政府"], ["市卫生健康委"]),
        ("1-2", ["各区政府"], ["市卫生健康委", "市人社局"]),
        ("2", ["各区政府", "市卫生健康委"], []),
    ]
