"""Server time of the projects dashboard, the project list and the chain map with 5,000 projects and
100,000 enterprises (10,000 of them on chains with monthly 产值), Django test Client, median of runs.
Baselines: one raw GROUP BY over the same rows the page aggregates."""
import time

from common import median_seconds, result


def run() -> list[dict]:
    from django.db import connection
    from django.test import Client

    from actiondesk.chains.models import Chain, SegmentEnterprise
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.services import departments_ensure, user_create, zone_get_or_create
    from actiondesk.projects.generate import generate

    zone = zone_get_or_create(name="基准示范区")
    departments_ensure(zone=zone, names=["产业创新局", "发展改革局", "投资促进局", "规划建设局"], acting_user=SYSTEM)
    admin = user_create(zone=zone, username="bench-projects", password=None, role="admin", acting_user=SYSTEM)
    started = time.perf_counter()
    generate(zone, projects=5000, enterprises=100_000)
    print(f"   generated 5,000 projects and 100,000 enterprises in {time.perf_counter() - started:.1f} s", flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # planner statistics after the bulk load, as autovacuum would
    chain = max(Chain.objects.filter(zone=zone), key=lambda c: SegmentEnterprise.objects.filter(
        segment__chain=c).count())
    client = Client()
    client.force_login(admin)

    def get(url):
        def call():
            assert client.get(url).status_code == 200
        return call

    def raw(sql):
        def call():
            with connection.cursor() as cursor:
                cursor.execute(sql)
                cursor.fetchall()
        return call

    monthly_sql = ("SELECT month, SUM(amount) FROM projects_projectmonthlyinvestment "
                   "WHERE month >= '2026-01-01' GROUP BY month")
    segment_sql = (f"SELECT segment_id, COUNT(*) FROM chains_segmententerprise se JOIN chains_chainsegment s "
                   f"ON s.id = se.segment_id WHERE s.chain_id = {chain.pk} GROUP BY segment_id")
    monthly_base = median_seconds(raw(monthly_sql))
    segment_base = median_seconds(raw(segment_sql))
    return [
        result("projects.dashboard_5000_projects", median_seconds(get("/projects/")) * 1000, "ms",
               "raw GROUP BY month over monthly investment", monthly_base * 1000),
        result("projects.list_page_5000_projects", median_seconds(get("/projects/list/?alert=stalled")) * 1000,
               "ms", "raw GROUP BY month over monthly investment", monthly_base * 1000),
        result("chains.chain_map_100k_enterprises", median_seconds(get(f"/chains/{chain.pk}/")) * 1000, "ms",
               "raw GROUP BY segment over placements", segment_base * 1000),
        result("chains.chain_list_100k_enterprises", median_seconds(get("/chains/")) * 1000, "ms",
               "raw GROUP BY segment over placements", segment_base * 1000),
    ]
