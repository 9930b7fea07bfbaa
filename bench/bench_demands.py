"""The demands list (企业诉求) and a leader's 包保 page at 100,000 demands.

A zone with 200 enterprises (every other one with a 包保 leader) and 1,000 demands is measured first; then
99,000 more demands are added (the same mix of statuses and dates) and the same pages are measured again.
Each page's median render at 100,000 demands is compared with the same page at 1,000 (the ratio shows how the
page scales), and its query count with the budget tests/demands/test_scale.py holds it to (16).
"""
import datetime
import random

from bench.common import median_seconds, result, test_environment

RUNS = 7
SMALL, LARGE = 1_000, 100_000
ENTERPRISES = 200
QUERY_BUDGET = 16
D = datetime.date


def _setup():
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.demands import services_registry
    from actiondesk.enterprises.models import Enterprise
    from actiondesk.org.services import department_create, user_create, zone_get_or_create

    zone = zone_get_or_create(name="沈抚改革创新示范区（诉求基准）")
    department = department_create(zone=zone, name="产业创新局", acting_user=SYSTEM)  # the benchmark's own zone
    users = {role: user_create(zone=zone, username=f"demands-{role}", password=None, role=role,
                               department=department if role == "department" else None, acting_user=SYSTEM)
             for role in ("admin", "leader", "department")}
    category = services_registry.category_save(zone=zone, name="用地", accept_days=5, resolve_days=30,
                                               owner=users["department"], leader_in_charge=users["leader"],
                                               acting_user=SYSTEM)
    enterprises = Enterprise.objects.bulk_create([
        Enterprise(zone=zone, credit_code=f"91210400MB{i:08d}", name=f"基准企业{i:03d}", scale_status="industry",
                   leader=users["leader"] if i % 2 else None) for i in range(ENTERPRISES)])
    return zone, department, users, category, enterprises


def _add_demands(zone, department, users, category, enterprises, start: int, stop: int) -> None:
    """Demands ``start``..``stop`` written in bulk (a fixed seed per row: the same mix whatever the batch)."""
    from actiondesk.demands.choices import Channel, DemandStatus
    from actiondesk.demands.models import Demand

    statuses = [DemandStatus.SUBMITTED, DemandStatus.IN_PROGRESS, DemandStatus.CLOSED, DemandStatus.CONFIRMED]
    rng = random.Random(start)
    rows = []
    for i in range(start, stop):
        raised = D(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 300))
        rows.append(Demand(zone=zone, enterprise=enterprises[i % ENTERPRISES], channel=Channel.HOTLINE,
                           category=category, title=f"诉求{i}", owner=users["department"], owner_department=department,
                           status=statuses[i % 4], raised_on=raised, accept_due=raised + datetime.timedelta(days=7),
                           resolve_due=raised + datetime.timedelta(days=42)))
    Demand.objects.bulk_create(rows, batch_size=5000)


def _measure(pages):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    out = {}
    for name, (client, url, params) in pages.items():
        def render(client=client, url=url, params=params):
            response = client.get(url, params)
            assert response.status_code == 200, (url, response.status_code)

        seconds = median_seconds(render, repeat=RUNS, warmup=1)
        with CaptureQueriesContext(connection) as queries:
            render()
        out[name] = (seconds, len(queries))
    return out


def run() -> list[dict]:
    from django.test import Client

    from actiondesk.demands.models import Demand

    test_environment()
    zone, department, users, category, enterprises = _setup()
    clients = {}
    for role in ("admin", "department", "leader"):
        clients[role] = Client()
        clients[role].force_login(users[role])
    pages = {
        "list_admin": (clients["admin"], "/demands/", {"status": "in_progress", "page": "3"}),
        "list_department": (clients["department"], "/demands/", {"status": "in_progress", "page": "3"}),
        "leader_page": (clients["admin"], f"/demands/baobao/leaders/{users['leader'].pk}/", {}),
        "leader_mine": (clients["leader"], "/demands/baobao/mine/", {}),
    }
    _add_demands(zone, department, users, category, enterprises, 0, SMALL)
    small = _measure(pages)
    _add_demands(zone, department, users, category, enterprises, SMALL, LARGE)
    assert Demand.objects.filter(zone=zone).count() == LARGE
    large = _measure(pages)
    results = []
    for name in pages:
        (seconds, queries), (small_seconds, _q) = large[name], small[name]
        results.append(result(f"demands.{name}_render_100k", seconds * 1000, "ms",
                              f"the same page at {SMALL:,} demands", small_seconds * 1000))
        results.append(result(f"demands.{name}_queries_100k", queries, "queries", "budget", QUERY_BUDGET))
    return results
