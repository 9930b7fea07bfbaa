import datetime

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.plans.models import Indicator
from actiondesk.supervision.demo import load_demo
from actiondesk.supervision.models import MetricValue, PeriodReport
from actiondesk.supervision.selectors import plan_board

pytestmark = pytest.mark.django_db


def test_demo_fills_january_to_october_with_a_realistic_mix(zone, full_plan, admin, leader, supervisor, alice, bob,
                                                            departments):
    plan = full_plan  # the demo's mix of statuses is tuned to the whole sample plan
    from actiondesk.org.services import user_create

    for name in ("投资促进局", "财政金融局"):
        user_create(zone=zone, username=f"demo-{name}", password=None, role="department", department=departments[name], acting_user=SYSTEM)
    summary = load_demo(zone=zone, plan=plan, console=None)
    assert "1-10月" in summary
    reports = PeriodReport.objects.filter(period__plan=plan)
    assert {r.period.month for r in reports} == set(range(1, 11))
    returned = reports.filter(status="returned").get()
    assert returned.return_reason and returned.department.name == "投资促进局"
    assert reports.filter(status="approved").count() > reports.count() * 0.8
    board = plan_board(plan, today=datetime.date(2026, 11, 27))
    counts = board.status_counts()
    assert board.month == 10
    assert counts["severe"] >= 1 and counts["lagging"] >= 2
    assert counts["ahead"] + counts["done"] + counts["normal"] > counts["lagging"] + counts["severe"]
    growth = next(r for r in board.indicators if r.indicator.kind == "growth_rate" and r.last_year)
    assert growth.evaluation.actual_growth is not None


def test_demo_stores_the_values_of_indicators_the_other_demos_bound(zone, plan, admin, leader, supervisor,
                                                                    register_metric):
    register_metric("tests.demo_metric", label="演示", unit="项", source="测试：演示取数")(lambda ctx: 7)
    Indicator.objects.filter(plan=plan, name="高技术成果").update(metric="tests.demo_metric")
    summary = load_demo(zone=zone, plan=plan, console=None)
    assert "个自动取数" in summary
    assert MetricValue.objects.filter(indicator__name="高技术成果", value=7).count() >= 10
    board = plan_board(plan, month=10)
    assert board.stale_periods == []
    assert next(r for r in board.indicators if r.indicator.name == "高技术成果").actual == 7


def test_the_demo_mix_lags_indicators_departments_type_even_when_the_others_are_computed(zone, full_plan, admin,
                                                                                      leader, supervisor):
    """The mix is drawn from the typed indicators the plan has, not from names (which the binding may compute)."""
    plan = full_plan  # the demo's mix is tuned to the whole sample plan
    from actiondesk.org.models import Department
    from actiondesk.org.services import user_create
    from actiondesk.plans.services import indicators_bind_suggested
    from actiondesk.supervision.demo import SEVERE_FACTOR, demo_mix

    for department in Department.objects.filter(zone=zone):
        user_create(zone=zone, username=f"staff{department.pk}", password="pw-test-2026", role="department",
                    department=department, acting_user=SYSTEM)
    mix = demo_mix(Indicator.objects.filter(plan=plan))
    assert len(mix) == 4 and not Indicator.objects.filter(pk__in=mix).exclude(metric="").exists()
    load_demo(zone=zone, plan=plan, console=None)
    rows = {r.indicator.pk: r for r in plan_board(plan, today=datetime.date(2026, 11, 27)).indicators}
    assert [rows[pk].status for pk, f in mix.items() if f == SEVERE_FACTOR] == ["severe"]
    assert sorted(str(rows[pk].status) for pk, f in mix.items() if f != SEVERE_FACTOR) == ["lagging"] * 3
    # Once the registries compute their indicators (as their demos bind them first), none of those is drawn: the
    # lag of a computed indicator comes from its registry's demo data.
    indicators_bind_suggested(plan=plan, acting_user=admin)
    bound = set(Indicator.objects.filter(plan=plan).exclude(metric="").values_list("pk", flat=True))
    assert bound and not set(demo_mix(Indicator.objects.filter(plan=plan))) & bound


def test_in_the_demo_supporting_departments_write_their_notes_so_all_twelve_departments_rank(
        zone, full_plan, admin, leader, supervisor):
    from django.utils import timezone

    from actiondesk.org.models import Department
    from actiondesk.org.services import user_create
    from actiondesk.supervision.models import IssuedPeriod, ReportingPeriod

    for department in Department.objects.filter(zone=zone):
        user_create(zone=zone, username=f"staff{department.pk}", password="pw-test-2026", role="department",
                    department=department, acting_user=SYSTEM)
    summary = load_demo(zone=zone, plan=full_plan, console=None)
    board = plan_board(full_plan, month=10, today=datetime.date(2026, 11, 27))
    assert len(board.ranking) == 12 == Department.objects.filter(zone=zone).count()
    supporting_only = [r for r in board.ranking if not r.record.leads]
    assert len(supporting_only) == 8
    assert all(r.record.support_noted > 0 and r.score.progress is None for r in supporting_only)
    ended = ReportingPeriod.objects.filter(plan=full_plan, month__lte=9, end__lt=timezone.localdate()).count()
    assert IssuedPeriod.objects.filter(period__plan=full_plan).count() == ended and f"已发布{ended}期通报" in summary
