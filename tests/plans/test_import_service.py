import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.plans.models import Indicator, Task
from actiondesk.plans.reader import read_text
from actiondesk.plans.services import plan_import_reading

pytestmark = pytest.mark.django_db

RESTARTING = """关于2027年推进数字经济发展的行动方案
一、工作目标
——数字产业壮大。
二、重点任务
（一）做强数字产业
1.培育软件企业。新增软件企业不少于20家。（牵头单位：工信局）
2.建设算力中心。（牵头单位：发改局）
（二）推进数字治理
1.建设城市大脑。完成场景建设10个。（牵头单位：大数据局；配合单位：工信局）
三、保障措施
（一）加强领导。成立专班。
"""


def test_a_plan_that_restarts_task_numbers_per_programme_keeps_every_task(zone):
    reading = read_text(RESTARTING)
    plan = plan_import_reading(zone=zone, reading=reading, source_text=reading["text"], acting_user=SYSTEM).plan
    numbers = list(Task.objects.filter(plan=plan).values_list("number", flat=True))
    assert len(numbers) == 3 and len(set(numbers)) == 3
    scenes = Indicator.objects.get(plan=plan, source_text__contains="场景建设10个")
    assert [t.title for t in scenes.tasks.all()] == ["建设城市大脑"]
