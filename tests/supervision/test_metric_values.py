"""Stored metric values: refresh, staleness, the battle map's query budget with metrics that really query."""
import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from actiondesk.cli import main as cli_main
from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.models import Department
from actiondesk.plans.models import Indicator
from actiondesk.supervision.metric_store import StoredValue, stale_periods
from actiondesk.supervision.models import MetricValue
from actiondesk.supervision.selectors import plan_board
from actiondesk.supervision.services_metrics import metric_values_refresh, metric_values_refresh_stale
from tests.supervision.querying import CALLS, bind_querying

pytestmark = pytest.mark.django_db
JULY_20 = datetime.date(2026, 7, 20)
@pytest.mark.parametrize(("extra", "refreshed"), [(0, True), (40, True), (40, False)])
def test_battle_map_stays_within_25_queries_with_many_indicators_bound_to_querying_metrics(
        login, leader, plan, periods, querying_metrics, django_assert_max_num_queries, extra, refreshed):
    bound = bind_querying(plan, extra)
    if refreshed:
        metric_values_refresh(plan=plan, acting_user=SYSTEM)
    CALLS.clear()
    client = login(leader)
    with django_assert_max_num_queries(25):
        response = client.get(reverse("supervision:battle_map") + "?period=2026-06")
    body = response.content.decode()
    assert CALLS == []  # no metric ran inside the page's request
    assert body.count("data-indicator=") == Indicator.objects.filter(plan=plan).count()  # the extra ones too
    assert ("data-stale=" in body) is not refreshed  # missing values are filled after the page loads
    if refreshed:
        assert body.count("数据来源：测试：示范区部门 · 更新于 ") == sum(1 for i in bound if i.metric == "tests.departments")


def test_refresh_runs_each_metric_once_per_period_and_stores_a_value_per_bound_indicator(
        plan, periods, querying_metrics):
    bound = bind_querying(plan, extra=6)
    result = metric_values_refresh(plan=plan, acting_user=SYSTEM, periods=[periods[5], periods[6]])
    assert sorted(CALLS) == sorted((name, p.end) for name in ("tests.departments", "tests.tasks")
                                   for p in (periods[5], periods[6]))
    assert result.values == MetricValue.objects.count() == 2 * bound.count()
    departments = Department.objects.filter(zone=plan.zone).count()
    row = next(r for r in plan_board(plan, month=6, today=JULY_20).indicators if r.indicator.name == "高技术成果")
    assert row.series == {5: departments * 5, 6: departments * 6} and row.actual == departments * 6


def test_refresh_replaces_values_and_forgets_unbound_indicators(plan, periods, querying_metrics):
    bind_querying(plan)
    metric_values_refresh(plan=plan, acting_user=SYSTEM, periods=[periods[6]])
    Department.objects.create(zone=plan.zone, name="新设部门", sort_order=99)
    Indicator.objects.filter(plan=plan, name="成果路演、对接活动").update(metric="")
    metric_values_refresh(plan=plan, acting_user=SYSTEM, periods=[periods[6]])
    stored = MetricValue.objects.get()
    assert stored.indicator.name == "高技术成果"
    assert stored.value == Department.objects.filter(zone=plan.zone).count() * 6


def test_open_periods_are_stale_after_the_allowed_age_settled_ones_only_when_missing_or_rebound():
    class Period:
        def __init__(self, pk, month):
            self.pk, self.month = pk, month
            self.start = datetime.date(2026, month, 1)
            self.end = datetime.date(2026, month, 28)
            self.due_date = datetime.date(2026, month + 1, 5)

    may, june, july = Period(5, 5), Period(6, 6), Period(7, 7)
    now = timezone.now()
    old, fresh = now - datetime.timedelta(hours=2), now - datetime.timedelta(minutes=1)
    bound = {1: "m.a"}
    stored = {(1, 5): StoredValue("m.a", 1, "", old), (1, 6): StoredValue("m.a", 1, "", old),
              (1, 7): StoredValue("m.a", 1, "", fresh)}
    kw = {"today": datetime.date(2026, 7, 3), "now": now, "age": datetime.timedelta(minutes=15)}
    assert stale_periods([may, june, july], bound, stored, **kw) == [june]  # June is due on 5 July
    assert stale_periods([may, june, july], {1: "m.b"}, stored, **kw) == [may, june, july]  # rebound
    assert stale_periods([may, june, july], bound, {}, **kw, up_to_month=6) == [may, june]
    assert stale_periods([may, june, july], {}, {}, **kw) == []


@override_settings(ACTIONDESK_METRIC_STALE_MINUTES=5)
def test_stale_refresh_recomputes_only_the_open_period(plan, periods, querying_metrics):
    bind_querying(plan)
    metric_values_refresh(plan=plan, acting_user=SYSTEM, today=JULY_20)
    hour_ago = timezone.now() - datetime.timedelta(hours=1)
    MetricValue.objects.update(computed_at=hour_ago)
    CALLS.clear()
    result = metric_values_refresh_stale(plan=plan, today=JULY_20)
    assert result.periods == ["2026-07"]  # June's reports were due on 5 July: settled
    assert {c[1] for c in CALLS} == {periods[7].end}
    assert MetricValue.objects.filter(computed_at=hour_ago, period=periods[6]).count() == 2
    assert metric_values_refresh_stale(plan=plan, today=JULY_20) is None


def test_anyone_who_sees_the_plan_may_trigger_the_stale_refresh_outsiders_may_not(
        login, leader, alice, mallory, plan, periods, querying_metrics):
    bind_querying(plan)
    url = reverse("supervision:metrics_refresh_stale", args=[plan.pk])
    assert login(mallory).post(url).status_code == 404
    assert not MetricValue.objects.exists()
    response = login(alice).post(url, {"month": "6"})
    assert response.status_code == 200 and response["HX-Refresh"] == "true"
    assert MetricValue.objects.filter(period__month__lte=6).count() == 12 and "已更新" in response.content.decode()
    assert not login(leader).post(url, {"month": "6"}).has_header("HX-Refresh")  # nothing left to do


def test_only_admins_and_supervisors_press_refresh_and_it_is_audited(
        login, admin, supervisor, leader, alice, mallory, plan, periods, querying_metrics):
    bind_querying(plan)
    url = reverse("supervision:metrics_refresh", args=[plan.pk])
    assert login(alice).post(url).status_code == 403
    assert login(leader).post(url).status_code == 403
    assert login(mallory).post(url).status_code == 404
    assert not MetricValue.objects.exists()
    response = login(supervisor).post(url)
    assert response.status_code == 200 and response["HX-Refresh"] == "true"
    assert MetricValue.objects.exists()
    assert AuditEntry.objects.filter(note="刷新自动取数指标").count() == 1
    body = login(admin).get(reverse("supervision:battle_map")).content.decode()
    assert "data-refresh-metrics" in body
    assert "data-refresh-metrics" not in login(leader).get(reverse("supervision:battle_map")).content.decode()


def test_metrics_refresh_command_reports_json_and_refuses_bad_input(plan, periods, querying_metrics, capsys):
    bind_querying(plan)
    out = StringIO()
    call_command("metrics_refresh", "--plan", str(plan.pk), "--period", "2026-06", "--json", stdout=out)
    result = json.loads(out.getvalue())["plans"][0]
    assert result["periods"] == ["2026-06"] and result["values"] == 2 and result["failed"] == []
    assert MetricValue.objects.get(indicator__name="高技术成果").period == periods[6]
    assert cli_main(["metrics", "refresh", "--period", "2026-13"]) == 2
    assert cli_main(["metrics", "refresh", "--plan", "999999"]) == 2


def test_a_failing_metric_is_reported_and_the_others_are_still_stored(plan, periods, querying_metrics,
                                                                      register_metric):
    @register_metric("tests.broken", label="坏指标", unit="个", source="测试")
    def _broken(ctx):
        raise RuntimeError("数据源不可用")

    bind_querying(plan)
    Indicator.objects.filter(plan=plan, name="成果路演、对接活动").update(metric="tests.broken")
    result = metric_values_refresh(plan=plan, periods=[periods[6]], acting_user=SYSTEM)
    assert result.failed == ["tests.broken @ 2026-06: 数据源不可用"]
    assert list(MetricValue.objects.values_list("indicator__name", flat=True)) == ["高技术成果"]
