"""Battle map (挂图作战) with milestones (工作节点) for all 19 tasks of the shared plan.

The sample plan is imported as the demo imports it (the reader proposes milestones for 15 tasks), the demo's
task breakdown fills the rest (all 19 tasks, January–October, a few overdue) and ten months of reports are
filed. Measures the median render of the 1-10月 battle map with every task's next milestone and Gantt row
against the same page with the milestones removed, and its query count (budget 25).
"""
from bench.common import median_seconds, result, test_environment

RUNS = 15
URL = "/supervision/?period=2026-10"


def _setup():
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.demo import import_shared_plan
    from actiondesk.org.services import user_create, zone_get_or_create
    from actiondesk.plans.demo import plan_milestones
    from actiondesk.supervision.demo import generate

    zone = zone_get_or_create(name="沈抚改革创新示范区（节点基准）")
    plan = import_shared_plan(zone)
    users = {role: user_create(zone=zone, username=f"milestones-{role}", password=None, role=role,
                               acting_user=SYSTEM)  # the benchmark's own logins
             for role in ("admin", "leader", "supervisor")}
    generate(plan=plan, months=10, admin_user=users["admin"], leader_user=users["leader"],
             supervisor_user=users["supervisor"])
    summary = plan_milestones(plan, supervisor=users["supervisor"])
    return plan, users["leader"], summary


def run() -> list[dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from actiondesk.plans.models import Milestone

    test_environment()
    plan, leader, summary = _setup()
    client = Client()
    client.force_login(leader)

    def render():
        response = client.get(URL)
        assert response.status_code == 200, response.status_code
        return response

    html = render().content.decode()
    gantt_rows = html.count('class="gantt"')
    assert gantt_rows == summary["tasks"] == 19, gantt_rows
    with_milestones = median_seconds(render, repeat=RUNS, warmup=2)
    with CaptureQueriesContext(connection) as queries:
        render()
    query_count = len(queries)  # read now: the next request resets the connection's query log
    print(f"   {summary['milestones']} milestones on {gantt_rows} tasks ({summary['done']} done, "
          f"{summary['overdue']} overdue)", flush=True)
    Milestone.objects.filter(task__plan=plan).delete()
    without = median_seconds(render, repeat=RUNS, warmup=2)
    return [
        result("milestones.battle_map_render", with_milestones * 1000, "ms", "the same page without milestones",
               without * 1000),
        result("milestones.battle_map_queries", query_count, "queries", "budget", 25),
    ]
