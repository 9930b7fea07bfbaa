"""Status history (状态历史) and issuing a 通报 for the full shared plan with 12 months of reports.

Measures the median server render time of /supervision/history/ (every period's statuses, ranking and the
indicators' status by month, from one set of bulk queries) against the battle map of one period, its query
count against the battle map's budget, and the time to issue one period (board, .docx, .xlsx, snapshot).
"""
import datetime

from bench.common import median_seconds, result, test_environment

RUNS = 10


def _setup():
    from django.contrib.auth import get_user_model

    from actiondesk.demo import ensure_demo_users, import_shared_plan
    from actiondesk.org.services import zone_get_or_create
    from actiondesk.supervision.demo import generate

    zone = zone_get_or_create(name="沈抚改革创新示范区（状态历史基准）")
    plan = import_shared_plan(zone)
    ensure_demo_users(zone)
    User = get_user_model()
    users = {u.username: u for u in User.objects.filter(username__in=["admin", "leader", "supervisor"])}
    generate(plan=plan, months=12, admin_user=users["admin"], leader_user=users["leader"],
             supervisor_user=users["supervisor"])
    return plan, users


def run() -> list[dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from actiondesk.supervision.models import ReportingPeriod
    from actiondesk.supervision.services_issue import period_issue

    test_environment()
    plan, users = _setup()
    client = Client()
    client.force_login(users["leader"])

    def get(url):
        response = client.get(url)
        assert response.status_code == 200, response.status_code

    history = median_seconds(lambda: get("/supervision/history/"), repeat=RUNS, warmup=2)
    battle_map = median_seconds(lambda: get("/supervision/?period=2026-12"), repeat=RUNS, warmup=2)
    with CaptureQueriesContext(connection) as queries:
        get("/supervision/history/")
    september = ReportingPeriod.objects.get(plan=plan, month=9)
    issue = median_seconds(lambda: _issue_and_undo(september, users["supervisor"], period_issue), repeat=3, warmup=1)
    return [
        result("supervision.history_render", history * 1000, "ms", "battle map of one period", battle_map * 1000),
        result("supervision.history_queries", len(queries), "queries", "battle map budget", 25),
        result("supervision.period_issue", issue * 1000, "ms", "battle map of one period", battle_map * 1000),
    ]


def _issue_and_undo(period, user, period_issue):
    from actiondesk.supervision.models import IssuedPeriod

    period_issue(period=period, acting_user=user, today=datetime.date(2027, 1, 10))
    IssuedPeriod.objects.filter(period=period).delete()  # so every run issues afresh
