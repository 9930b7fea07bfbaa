"""Issue 11.1: no value the database can hold makes a page fail.

Every decimal column of every model is overwritten in SQL (as a row written before the services checked
numbers, by hand or by another tool would be) with a value the database accepts but no service would:
Infinity and 1e21 beyond the column's digits on SQLite, NaN and the column's largest value on PostgreSQL.
Then every page that formats those numbers is opened as an admin and as a department.
"""
import datetime
from decimal import Decimal

import pytest
from django.apps import apps
from django.db import IntegrityError, connection, models, transaction
from django.urls import reverse
from django.utils import timezone

from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise, EnterpriseYearFigures
from actiondesk.plans.models import Indicator
from actiondesk.projects.models import FactorNeed, Project, ProjectAnnualPlan, ProjectMonthlyInvestment
from actiondesk.supervision import services, services_plan
from actiondesk.supervision.models import MetricValue
from actiondesk.supervision.periods import periods_ensure
from actiondesk.supervision.responsibility import responsibilities
from actiondesk.supervision.services_settings import indicator_settings_update

pytestmark = pytest.mark.django_db
EXTREMES = {"sqlite": [float("inf"), float("-inf"), 1e21, -1e21, 1e300],
            "postgresql": [Decimal("NaN"), "largest", "smallest"]}


@pytest.fixture
def filled(plan, admin, alice, departments):
    """A plan with a filed report, a revised target, stored metric values, settings, a project with its
    investments and a need, an enterprise with figures: a row behind every number a page shows."""
    periods = {p.month: p for p in periods_ensure(plan=plan, acting_user=SYSTEM)}
    duty = responsibilities(plan.pk)
    own = list(duty.indicators_of(alice.membership.department_id))
    report = services.report_open(period=periods[6], acting_user=alice)
    services.report_save(report=report, acting_user=alice, values={i: {"value": "5", "reference_value": "3"}
                                                                    for i in own})
    services.report_submit(report=report, acting_user=alice)
    absolute = Indicator.objects.filter(plan=plan, kind="absolute").exclude(target_value=None).first()
    services_plan.indicator_revise_target(indicator=absolute, value=8, reason="下调", acting_user=admin)
    growth = Indicator.objects.filter(plan=plan, kind="growth_rate").first()
    indicator_settings_update(indicator=growth, acting_user=admin, normal_band="5", last_year={6: "100"})
    MetricValue.objects.create(indicator=absolute, period=periods[6], metric="test", value=Decimal(4),
                               computed_at=timezone.now())
    project = Project.objects.create(zone=plan.zone, code="P-1", name="测试项目", total_investment=1000,
                                     lead_department=departments["产业创新局"])
    ProjectMonthlyInvestment.objects.create(project=project, month=datetime.date(2026, 6, 1), amount=10)
    ProjectAnnualPlan.objects.create(project=project, year=2026, planned_investment=100)
    FactorNeed.objects.create(project=project, kind="land", quantity=5, unit="亩", planned_on=datetime.date(2026, 9, 1),
                              department=departments["产业创新局"])
    enterprise = Enterprise.objects.create(zone=plan.zone, credit_code="91210400MA00000017", name="测试企业")
    EnterpriseYearFigures.objects.create(enterprise=enterprise, year=2025, revenue=100, rnd_expense=5)
    return {"plan": plan, "indicators": [absolute, growth, *Indicator.objects.filter(pk__in=own)],
            "project": project, "enterprise": enterprise}


def _value(extreme, field):
    if extreme not in ("largest", "smallest"):
        return extreme
    whole = "9" * (field.max_digits - field.decimal_places)
    return Decimal(f"{'-' if extreme == 'smallest' else ''}{whole}.{'9' * field.decimal_places}")


def _update(table, fields, extreme) -> bool:
    """One UPDATE in a savepoint; False when the database refuses it (a CHECK constraint)."""
    sets = ", ".join(f'"{f.column}" = %s' for f in fields)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f'UPDATE "{table}" SET {sets}', [_value(extreme, f) for f in fields])
    except IntegrityError:
        return False
    return True


def _overwrite_every_decimal(extreme) -> int:
    """Write ``extreme`` into every decimal column of every table (all of a table's columns at once, so
    ordering constraints such as value_max >= target_value hold, else column by column); returns how
    many columns now hold it."""
    columns = 0
    for model in apps.get_models():
        fields = [f for f in model._meta.concrete_fields if isinstance(f, models.DecimalField)]
        if fields and _update(model._meta.db_table, fields, extreme):
            columns += len(fields)
        elif fields:
            columns += sum(_update(model._meta.db_table, [f], extreme) for f in fields)
    return columns


def _pages(filled):
    plan, project = filled["plan"], filled["project"]
    yield reverse("supervision:battle_map")
    yield reverse("supervision:battle_map") + "?period=2026-06"
    for indicator in filled["indicators"][:4]:
        yield reverse("plans:indicator_detail", args=[indicator.pk])
    yield reverse("plans:overview")
    yield reverse("projects:project_dashboard")
    yield reverse("projects:project_list")
    yield reverse("projects:project_list") + "?export=xlsx"
    yield reverse("projects:project_detail", args=[project.pk])
    yield reverse("projects:factor_list")
    yield reverse("projects:factor_progress")
    yield reverse("enterprises:enterprise_detail", args=[filled["enterprise"].pk])
    yield reverse("supervision:export", args=["2026-06", "docx"])
    yield reverse("supervision:export", args=["2026-06", "xlsx"])
    yield f"/api/supervision/{plan.pk}/battle-map?period=2026-06"
    yield f"/api/supervision/{plan.pk}/status"
    yield f"/api/projects/{project.pk}"
    yield "/api/projects/"


@pytest.mark.parametrize("extreme", EXTREMES[connection.vendor], ids=str)
def test_pages_survive_any_value_the_database_holds(filled, login, admin, alice, extreme):
    assert _overwrite_every_decimal(extreme) > 20
    failures = []
    for user in (admin, alice):
        client = login(user)
        client.raise_request_exception = False  # collect every failing page, not just the first
        for url in _pages(filled):
            status = client.get(url).status_code
            if status >= 500 or status == 404:
                failures.append((user.username, url, status))
        body = client.get(reverse("plans:my_department")).status_code if user is alice else 200
        if body != 200:
            failures.append((user.username, "plans:my_department", body))
    assert failures == [], failures


def test_an_outsider_still_sees_none_of_it(filled, login, mallory):
    _overwrite_every_decimal(EXTREMES[connection.vendor][0])
    client = login(mallory)
    assert client.get(reverse("projects:project_detail", args=[filled["project"].pk])).status_code == 404
    assert client.get(f"/api/supervision/{filled['plan'].pk}/status").status_code == 404
