import datetime

import pytest
from rich.console import Console

from actiondesk.core.metrics import MetricContext, get_metric
from actiondesk.enterprises import demo, uscc
from actiondesk.enterprises.models import Enterprise
from actiondesk.plans.models import Indicator

pytestmark = pytest.mark.django_db


def test_the_demo_loads_believable_data_and_binds_the_plan_indicators(zone, full_plan, leader):
    plan = full_plan  # the demo binds the sample plan's enterprise targets (科技型企业100家 …)
    summary = demo.load_demo(zone=zone, plan=plan, console=Console(quiet=True))
    assert "2000 家企业" in summary
    codes = list(Enterprise.objects.filter(zone=zone).values_list("credit_code", flat=True))
    assert len(codes) == 2000 and all(uscc.is_valid(c) for c in codes)
    assert Enterprise.objects.filter(leader=leader).count() == 40
    bound = dict(Indicator.objects.filter(plan=plan).exclude(metric="").values_list("source_text", "metric"))
    assert bound["科技型企业100家"] == "enterprises.new_tech_enterprises"
    assert bound["年纳税超千万元企业30户"] == "enterprises.tax_over_10m"
    ctx = MetricContext(zone_id=zone.pk, year=2026, period_end=datetime.date(2026, 10, 31))
    tech = get_metric("enterprises.new_tech_enterprises").value(ctx)
    assert 55 <= tech <= 85, tech
    values = {name: get_metric(name).value(ctx) for name in set(bound.values()) if name.startswith("enterprises.")}
    assert len(values) == 8
    assert values["enterprises.revenue_over_1bn"] >= 1 and values["enterprises.new_scale_industry"] >= 1
