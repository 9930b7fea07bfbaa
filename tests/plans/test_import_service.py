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


REPEATING_IN_A_PROGRAMME = """2026年低空经济发展行动方案
二、重点任务
（一）完善低空基础设施（指标牵头单位：产业创新局）
1.建设起降场网络。建成起降点20个以上。（牵头单位：产业创新局）
2.优化空域管理。（发展改革局牵头，交通运输局配合）
“低空+”应用场景专栏
1.“低空+物流”。开通无人机物流航线10条。
2.“低空+文旅”。开发空中游览项目。
（二）强化产业支撑（指标牵头单位：投资促进局）
1.招引整机企业。新引进整机企业5家。（投资促进局牵头）
"""


def test_task_numbers_repeated_within_a_programme_are_made_unique_and_the_plan_is_confirmed(zone):
    reading = read_text(REPEATING_IN_A_PROGRAMME)
    numbers = [t["number"] for t in reading["tasks"]]
    assert len(set(numbers)) < len(numbers)  # the reader's own numbers repeat (a box restarts at 1)
    plan = plan_import_reading(zone=zone, reading=reading, source_text=reading["text"], acting_user=SYSTEM).plan
    saved = list(Task.objects.filter(plan=plan).values_list("number", flat=True))
    assert len(saved) == len(numbers) and len(set(saved)) == len(saved)
    assert Indicator.objects.get(plan=plan, source_text__contains="起降点20个").tasks.get().title == "建设起降场网络"


def test_the_list_of_changes_names_programmes_and_tasks_as_the_plan_prints_them(zone):
    # A programme read from a part heading (number "三") and a task that is a part ("一") take their 、 back, as the
    # plan prints them; a numbered group shows as numbered and an item its point.
    reading = read_text(RESTARTING)
    reading["programmes"][1]["number"] = "三"
    changes = plan_import_reading(zone=zone, reading=reading, source_text=reading["text"], acting_user=SYSTEM).changes
    assert "新增工程：（一）做强数字产业" in changes and "新增工程：三、推进数字治理" in changes, changes
    assert "新增任务：（一）1.培育软件企业" in changes, changes
    parts = read_text("某区2026年行动方案\n一、培育软件企业。新增软件企业不少于20家。（牵头单位：工信局）\n"
                      "二、建设算力中心。（牵头单位：发改局）\n")
    changes = plan_import_reading(zone=zone, reading=parts, source_text=parts["text"], acting_user=SYSTEM).changes
    assert "新增任务：一、培育软件企业" in changes, changes
