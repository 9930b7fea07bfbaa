"""A province on one database: 100 zones, 1,000,000 enterprises (10,000 a zone, one year of figures each),
50,000 projects (500 a zone), chains, the shared plan and twelve months of reports in every zone.

PostgreSQL only. One zone is measured twice: first alone in the database (a 1-zone database of the same
per-zone size), then with the 99 other zones loaded — its .xlsx import of 10,000 enterprises, the ladder
evaluation, the battle map and the dashboards must take the same time: every query is for one zone.
The first and the last zone are imported through the real .xlsx import (timed); the 98 between are
copied with raw SQL from the first (INSERT … SELECT, the raw fast path of bench_enterprises.py) and get
their projects and chains from ``projects.generate`` (the fast path of bench_projects.py).
The database is emptied before and after (it holds nothing else).

The session uses ``random_page_cost = 1.1``, the SSD setting docs/DEPLOYMENT.md recommends: with the default
(4, spinning disks) PostgreSQL answers the ladder scan of one zone by reading every zone's figures (the
figures table has no zone column, so only the enterprise index narrows it); the last line shows that cost.
"""
import copy
import datetime
import random
import tempfile
import time
from pathlib import Path

from bench.common import median_seconds, result, test_environment

REQUIRES = "postgresql"
ZONES, PER_ZONE, PROJECTS_PER_ZONE, PLACED_PER_ZONE = 100, 10_000, 500, 200
ON = datetime.date(2026, 6, 1)
PAGES = {"battle_map": "/supervision/?period=2026-12", "projects_dashboard": "/projects/",
         "enterprise_list": "/enterprises/", "chain_list": "/chains/"}


def _sql(statement: str, params=None) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(statement, params or [])
        return cursor.rowcount


def _import_xlsx(zone, data: bytes) -> float:
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.enterprises.imports.service import enterprises_import

    started = time.perf_counter()  # the benchmark imports as the system, as bench_enterprises does (None is refused)
    outcome = enterprises_import(zone=zone, data=data, file_name="province.xlsx", actor=SYSTEM)
    assert outcome.ok and outcome.summary["created"] == PER_ZONE, outcome.errors[:3]
    return time.perf_counter() - started


def _registries(zone, seed: int) -> None:
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.services import departments_ensure
    from actiondesk.projects.generate import bench_chains, bench_projects

    departments_ensure(zone=zone, names=["产业创新局", "发展改革局", "投资促进局", "规划建设局"], acting_user=SYSTEM)
    rng = random.Random(seed)
    bench_chains(zone, placed=PLACED_PER_ZONE, rng=rng)
    bench_projects(zone, n=PROJECTS_PER_ZONE, rng=rng)


def _measured_zone(data: bytes):
    """The zone that is measured: imported, registries, the shared plan with 12 months of reports."""
    from django.contrib.auth import get_user_model

    from actiondesk.core.scoping import SYSTEM
    from actiondesk.demo import ensure_demo_users, import_shared_plan
    from actiondesk.enterprises.services import ladders_load_defaults
    from actiondesk.org.services import zone_get_or_create
    from actiondesk.supervision.demo import generate

    zone = zone_get_or_create(name="省级基准示范区001")
    import_s = _import_xlsx(zone, data)
    ladders_load_defaults(zone_id=zone.pk, acting_user=SYSTEM)
    _registries(zone, seed=1)
    plan = import_shared_plan(zone)
    ensure_demo_users(zone)
    users = {u.username: u for u in get_user_model().objects.filter(username__in=["admin", "leader", "supervisor"])}
    generate(plan=plan, months=12, admin_user=users["admin"], leader_user=users["leader"],
             supervisor_user=users["supervisor"])
    return zone, plan, users["leader"], import_s


def _copy_zone(source_zone, source_plan, zone, reading, plan_text: str, *, enterprises: bool = True) -> None:
    """Another zone of the same size: enterprises and figures copied in SQL (unless imported), registries,
    the plan and the reports."""
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.enterprises.services import ladders_load_defaults
    from actiondesk.plans.services import plan_import_reading
    from actiondesk.supervision.periods import periods_ensure

    if enterprises:
        _copy_enterprises(source_zone, zone)
    ladders_load_defaults(zone_id=zone.pk, acting_user=SYSTEM)
    _registries(zone, seed=zone.pk)
    plan = plan_import_reading(zone=zone, reading=copy.deepcopy(reading), source_text=plan_text,
                               source_name="province.txt", acting_user=SYSTEM).plan
    periods_ensure(plan=plan, acting_user=SYSTEM)
    _copy_reports(source_plan, plan)


def _copy_enterprises(source_zone, zone) -> None:
    _sql("""INSERT INTO enterprises_enterprise (zone_id, credit_code, name, former_names, industry_code,
                industry_section, address, registered_on, contact_name, contact_phone, scale_status,
                scale_entered_on, updated_at, version)
            SELECT %s, credit_code, name, former_names, industry_code, industry_section, address,
                registered_on, contact_name, contact_phone, scale_status, scale_entered_on, updated_at, 1
            FROM enterprises_enterprise WHERE zone_id = %s""", [zone.pk, source_zone.pk])
    _sql("""INSERT INTO enterprises_enterpriseyearfigures (enterprise_id, year, revenue, main_revenue, tax,
                rnd_expense, employees, tech_staff, total_assets, liabilities, net_profit, hightech_revenue,
                ip_class1, ip_class2, equity_financing)
            SELECT e2.id, f.year, f.revenue, f.main_revenue, f.tax, f.rnd_expense, f.employees, f.tech_staff,
                f.total_assets, f.liabilities, f.net_profit, f.hightech_revenue, f.ip_class1, f.ip_class2,
                f.equity_financing
            FROM enterprises_enterpriseyearfigures f
            JOIN enterprises_enterprise e ON e.id = f.enterprise_id AND e.zone_id = %s
            JOIN enterprises_enterprise e2 ON e2.zone_id = %s AND e2.credit_code = e.credit_code""",
         [source_zone.pk, zone.pk])


def _copy_reports(source, plan) -> None:
    """The measured zone's reports and values, mapped to this plan by month, department name and position."""
    columns = ("revision, status, submitted_at, first_submitted_at, submitted_by_id, reviewed_at, reviewed_by_id, "
               "return_reason, times_returned, correction_reason, version")
    mapping = """FROM supervision_periodreport r
            JOIN supervision_reportingperiod p ON p.id = r.period_id AND p.plan_id = %(src)s
            JOIN supervision_reportingperiod p2 ON p2.plan_id = %(dst)s AND p2.month = p.month
            JOIN org_department d ON d.id = r.department_id
            JOIN org_department d2 ON d2.zone_id = %(zone)s AND d2.name = d.name"""
    params = {"src": source.pk, "dst": plan.pk, "zone": plan.zone_id}
    _sql(f"INSERT INTO supervision_periodreport (period_id, department_id, {columns}) "
         f"SELECT p2.id, d2.id, {', '.join('r.' + c.strip() for c in columns.split(','))} {mapping}", params)
    _sql(f"""WITH src AS (SELECT id, row_number() OVER (ORDER BY position, id) AS n FROM plans_indicator
                          WHERE plan_id = %(src)s),
                  dst AS (SELECT id, row_number() OVER (ORDER BY position, id) AS n FROM plans_indicator
                          WHERE plan_id = %(dst)s)
             INSERT INTO supervision_indicatorvalue (report_id, indicator_id, value, reference_value, note)
             SELECT r2.id, dst.id, v.value, v.reference_value, v.note
             FROM supervision_indicatorvalue v
             JOIN src ON src.id = v.indicator_id JOIN dst ON dst.n = src.n
             JOIN (SELECT r.id AS source_id, p2.id AS period_id, d2.id AS department_id, r.revision
                   {mapping}) m ON m.source_id = v.report_id
             JOIN supervision_periodreport r2 ON r2.period_id = m.period_id AND r2.department_id = m.department_id
                  AND r2.revision = m.revision""", params)


def _measure(zone, leader) -> dict[str, float]:
    from django.test import Client

    from actiondesk.enterprises.selectors import candidate_ids

    _sql("ANALYZE")  # planner statistics after the bulk load, as autovacuum would
    client = Client()
    client.force_login(leader)

    def get(url):
        def call():
            assert client.get(url).status_code == 200, url
        return call

    def ladders():  # rank one zone's 后备库 for 专精特新中小企业 over every enterprise of the zone
        rule_set, ids = candidate_ids(zone.pk, "specialised_sme", on=ON)
        assert rule_set and len(ids) > 0

    figures = {"ladders": median_seconds(ladders, repeat=5)}
    for name, url in PAGES.items():
        figures[name] = median_seconds(get(url), repeat=7)
    return figures


def run() -> list[dict]:
    from django.core.management import call_command

    from actiondesk.demo import SHARED_PLAN
    from actiondesk.enterprises.synthetic import generate_enterprises_xlsx
    from actiondesk.org.services import zone_get_or_create
    from actiondesk.plans.reader import read_plan_file

    test_environment()
    call_command("flush", interactive=False, verbosity=0, allow_cascade=True)
    _sql("SET random_page_cost = 1.1")
    with tempfile.TemporaryDirectory() as tmp:
        data = generate_enterprises_xlsx(Path(tmp) / "zone.xlsx", PER_ZONE).read_bytes()
    started = time.perf_counter()
    zone, plan, leader, import_alone = _measured_zone(data)
    print(f"   measured zone set up in {time.perf_counter() - started:.1f} s (import {import_alone:.2f} s)",
          flush=True)
    alone = _measure(zone, leader)

    reading = read_plan_file(SHARED_PLAN)
    plan_text = reading.get("text") or SHARED_PLAN.read_text("utf-8")
    started = time.perf_counter()
    for n in range(2, ZONES):
        _copy_zone(zone, plan, zone_get_or_create(name=f"省级基准示范区{n:03d}"), reading, plan_text)
    last = zone_get_or_create(name=f"省级基准示范区{ZONES:03d}")
    import_crowded = _import_xlsx(last, data)
    _copy_zone(zone, plan, last, reading, plan_text, enterprises=False)
    load_s = time.perf_counter() - started
    counts = _counts()
    print(f"   {ZONES} zones: {counts} in {load_s:.0f} s; the last zone's import {import_crowded:.2f} s", flush=True)
    crowded = _measure(zone, leader)
    _sql("SET random_page_cost = 4")
    default_costs = _measure(zone, leader)["ladders"]
    _sql("RESET random_page_cost")
    call_command("flush", interactive=False, verbosity=0, allow_cascade=True)  # leave the bench database small for the next run
    out = [result("province.import_10k_enterprises_one_zone_of_100", import_crowded, "s",
                  "same import into an empty database", import_alone),
           result("province.load_99_more_zones", load_s, "s", f"{ZONES - 1} × one zone's .xlsx import",
                  (ZONES - 1) * import_alone)]
    for name, seconds in crowded.items():
        out.append(result(f"province.{name}_one_zone_of_100", seconds * 1000, "ms",
                          "same zone alone in the database", alone[name] * 1000))
    out.append(result("province.ladders_one_zone_of_100_default_random_page_cost", default_costs * 1000, "ms",
                      "same zone alone in the database", alone["ladders"] * 1000))
    return out


def _counts() -> str:
    from actiondesk.enterprises.models import Enterprise
    from actiondesk.org.models import Zone
    from actiondesk.projects.models import Project
    from actiondesk.supervision.models import PeriodReport

    return (f"{Zone.objects.count()} zones, {Enterprise.objects.count():,} enterprises, "
            f"{Project.objects.count():,} projects, {PeriodReport.objects.count():,} reports")
