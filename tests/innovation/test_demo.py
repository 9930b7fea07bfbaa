import datetime

import pytest

from actiondesk.core.metrics import MetricContext, get_metric
from actiondesk.innovation.demo import load_demo
from actiondesk.innovation.models import Docking, SceneItem
from actiondesk.plans.models import Indicator

pytestmark = pytest.mark.django_db
BOUND = {
    "技术合同成交额增速": "innovation.tech_contract_growth", "高技术成果": "innovation.high_tech_achievements",
    "验证高价值科技成果项目": "innovation.validated_high_value_achievements",
    "新引育专业化中试服务平台": "innovation.new_pilot_platforms", "成果路演、对接活动": "innovation.events",
    "本地转化科技成果": "innovation.locally_converted", "人工智能标杆场景": "innovation.ai_benchmark_scenes",
}


def test_the_demo_binds_goal_2_and_tasks_5_6_16_and_one_target_lags(zone, full_plan, departments):
    load_demo(zone=zone, plan=full_plan, console=None)
    bound = {i.name: i.metric for i in Indicator.objects.filter(plan=full_plan, metric__startswith="innovation.")}
    assert bound == BOUND
    high_tech = Indicator.objects.get(plan=full_plan, name="高技术成果")  # one indicator: goal 2 and task 5
    assert high_tech.goals.exists() and set(high_tech.tasks.values_list("number", flat=True)) == {"5"}
    tasks = set(Indicator.objects.filter(plan=full_plan, metric__startswith="innovation.")
                .values_list("tasks__number", flat=True))
    assert {"5", "6", "16"} <= tasks
    ctx = MetricContext(zone.pk, 2026, datetime.date(2026, 10, 31))
    values = {name: get_metric(metric).value(ctx) for name, metric in BOUND.items()}
    assert values["验证高价值科技成果项目"] >= 20 and values["成果路演、对接活动"] >= 10
    assert values["新引育专业化中试服务平台"] == 2 and values["高技术成果"] >= 5
    assert values["人工智能标杆场景"] >= 1
    assert 15 <= values["技术合同成交额增速"] <= 35
    assert values["本地转化科技成果"] == 9  # the lagging one: 9 of the 15 asked for
    assert Docking.objects.filter(zone=zone).count() == 3 and SceneItem.objects.filter(zone=zone).count() == 14
