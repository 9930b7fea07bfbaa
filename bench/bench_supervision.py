"""Battle map (挂图作战) for the full shared plan with 12 months of approved reports.

Measures the median server render time of the page through Django's test Client (≥ 10 runs, target
≤ 150 ms) against a baseline that only fetches the same rows with plain queries, and the query count.
"""
from bench.common import median_seconds, result

RUNS = 15


def _setup():
    from django.contrib.auth import get_user_model

    from actiondesk.core.demo import ensure_demo_users, import_shared_plan
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


def _plain_rows(plan):
    from actiondesk.plans.models import Indicator, Task
    from actiondesk.supervision.models import IndicatorValue, PeriodReport

    return (list(Indicator.objects.filter(plan=plan).values()), list(Task.objects.filter(plan=plan).values()),
            list(PeriodReport.objects.filter(period__plan=plan).values()),
            list(IndicatorValue.objects.filter(report__period__plan=plan).values()))


def run() -> list[dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    plan, leader = _setup()
    client = Client()
    client.force_login(leader)
    url = "/supervision/?period=2026-12"

    def render():
        response = client.get(url)
        assert response.status_code == 200, response.status_code

    page = median_seconds(render, repeat=RUNS, warmup=2)
    baseline = median_seconds(lambda: _plain_rows(plan), repeat=RUNS, warmup=2)
    with CaptureQueriesContext(connection) as queries:
        render()
    return [
        result("supervision.battle_map_render", page * 1000, "ms", "plain query of the same rows", baseline * 1000),
        result("supervision.battle_map_queries", len(queries), "queries", "budget", 25),
    ]
