"""Task tables of a zone's and a city's plans: a body's own divisions beside the unit columns, an annexed timetable
headed 责任单位, each on a small made-up annex."""

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


TIMETABLE = """某区“厕所革命”实施方案
一、主要任务
（一）城乡公厕。新建公厕10座。（责任单位：区交建局）
附件1
重点任务时间表
任务目标
具体任务
责任单位
一季度前，集中消除“脏乱差”厕所。
2月底前编制完成具体实施方案，明确任务分解；
区交建局
各公厕管理单位要张贴公示栏，明示管理服务标准；
区旅发委、各乡镇、区环卫所
"""


def test_an_annexed_timetable_whose_one_unit_column_is_headed_responsible_reads_its_units_as_leads():
    rows = [t for t in read_plan_rows(TIMETABLE) if t["lead"]]
    assert [(t["title"][:7], t["lead"], t["support"]) for t in rows] == [
        ("2月底前编制完", ["区交建局"], []),
        ("各公厕管理单位", ["区旅发委", "各乡镇", "区环卫所"], []),
    ]


def read_plan_rows(text):
    return [t for t in read_text(text)["tasks"] if t["rule"].startswith("annex")]
