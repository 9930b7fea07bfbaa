"""Battle map (挂图作战) for the full shared plan with 12 months of approved reports.

Measures the median server render time of the page through Django's test Client (≥ 10 runs, target
≤ 150 ms) against a baseline that only fetches the same rows with plain queries, and the query count —
first on the plan alone, then with the demo-scale data of the other apps loaded (2,000 enterprises,
chains, projects) and the indicators bound to their metrics as the demos bind them, values stored by
``metric_values_refresh`` (also timed: it is what ``actiondesk metrics refresh`` runs).
"""
import datetime
import time

from bench.common import median_seconds, result, test_environment

RUNS = 15
URL = "/supervision/?period=2026-12"


def _setup():
    from django.contrib.auth import get_user_model

    from actiondesk.demo import ensure_demo_users, import_shared_plan
    from actiondesk.org.services import zone_get_or_create
    from actiondesk.supervision.demo import generate

    zone = zone_get_or_create(name="沈抚改革创新示范区（基准）")
    plan = import_shared_plan(zone)
    ensure_demo_users(zone)
    User = get_user_model()
    users = {u.username: u for u in User.objects.filter(username__in=["admin", "leader", "supervisor"])}
    generate(plan=plan, months=12, admin_user=users["admin"], leader_user=users["leader"],
             supervisor_user=users["supervisor"])
    return plan, users["leader"]


def _load_other_demos(plan) -> list[str]:
    """Enterprises, chains and projects demos in the demo order; each binds its plan indicators."""
    from django.db import transaction
    from rich.console import Console

    from actiondesk.demo import demo_loaders

    console = Console(quiet=True)
    loaded = []
    for _order, label, loader in demo_loaders():
        if label in ("enterprises", "chains", "projects"):
            with transaction.atomic():
                loader(zone=plan.zone, plan=plan, console=console)
            loaded.append(label)
    return loaded


def _plain_rows(plan):
    from actiondesk.plans.models import Indicator, Task
    from actiondesk.supervision.models import IndicatorValue, MetricValue, PeriodReport

    return (list(Indicator.objects.filter(plan=plan).values()), list(Task.objects.filter(plan=plan).values()),
            list(PeriodReport.objects.filter(period__plan=plan).values()),
            list(IndicatorValue.objects.filter(report__period__plan=plan).values()),
            list(MetricValue.objects.filter(period__plan=plan).values()))


def _measure(client, plan, prefix: str, label: str) -> list[dict]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def render():
        response = client.get(URL)
        assert response.status_code == 200, response.status_code
        assert b"data-stale=" not in response.content  # values are stored: the page computes nothing

    page = median_seconds(render, repeat=RUNS, warmup=2)
    baseline = median_seconds(lambda: _plain_rows(plan), repeat=RUNS, warmup=2)
    with CaptureQueriesContext(connection) as queries:
        render()
    return [
        result(f"{prefix}_render", page * 1000, "ms", f"plain query of the same rows ({label})", baseline * 1000),
        result(f"{prefix}_queries", len(queries), "queries", "budget", 25),
    ]


def run() -> list[dict]:
    from django.test import Client

    from actiondesk.core.scoping import SYSTEM
    from actiondesk.enterprises.models import Enterprise
    from actiondesk.plans.models import Indicator
    from actiondesk.supervision.services_metrics import metric_values_refresh

    test_environment()
    plan, leader = _setup()
    client = Client()
    client.force_login(leader)
    results = _measure(client, plan, "supervision.battle_map", "plan only")
    started = time.perf_counter()
    loaded = _load_other_demos(plan)
    load_seconds = time.perf_counter() - started
    bound = Indicator.objects.filter(plan=plan).exclude(metric="").count()
    enterprises = Enterprise.objects.filter(zone=plan.zone).count()
    started = time.perf_counter()
    refreshed = metric_values_refresh(plan=plan, acting_user=SYSTEM, today=datetime.date(plan.year, 12, 31))
    refresh_seconds = time.perf_counter() - started
    print(f"   demo data {'、'.join(loaded)} ({enterprises} enterprises) loaded in {load_seconds:.1f} s; "
          f"{bound} indicators bound; "
          f"{refreshed.values} values stored for {len(refreshed.periods)} periods", flush=True)
    results += _measure(client, plan, "supervision.battle_map_full_data", f"{bound} bound indicators")
    # What every page load paid when bound indicators were computed in the request.
    results.append(result("supervision.metrics_refresh", refresh_seconds * 1000, "ms",
                          "battle map render with stored values", results[-2]["value"]))
    return results
