import datetime
from decimal import Decimal

import pytest

from actiondesk.projects.choices import ProjectType, Stage
from actiondesk.projects.models import ProjectMonthlyInvestment
from tests.helpers import metric_value

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def ledger(make_project):
    make_project(project_type=ProjectType.INDUSTRIAL, stage=Stage.SIGNED, signed_on=D(2026, 3, 1),
                 total_investment=Decimal("50000"))
    make_project(project_type=ProjectType.INDUSTRIAL, stage=Stage.STARTED, signed_on=D(2026, 5, 1),
                 started_on=D(2026, 6, 1), total_investment=Decimal("30000"))
    make_project(project_type=ProjectType.INDUSTRIAL, signed_on=D(2026, 11, 1), total_investment=Decimal("1"))
    make_project(project_type=ProjectType.SERVICE, signed_on=D(2026, 2, 1), total_investment=Decimal("99999"))
    make_project(project_type=ProjectType.INDUSTRIAL, signed_on=D(2025, 6, 1), started_on=D(2025, 8, 1),
                 resumed_on=D(2026, 3, 1), completed_on=D(2026, 9, 1))
    done = make_project(signed_on=D(2024, 1, 1), started_on=D(2024, 3, 1), completed_on=D(2025, 10, 1),
                        producing_on=D(2026, 1, 10))
    ProjectMonthlyInvestment.objects.bulk_create([
        ProjectMonthlyInvestment(project=done, month=D(2025, 12, 1), amount=Decimal("9000")),
        ProjectMonthlyInvestment(project=done, month=D(2026, 1, 1), amount=Decimal("12000")),
        ProjectMonthlyInvestment(project=done, month=D(2026, 9, 1), amount=Decimal("8000")),
        ProjectMonthlyInvestment(project=done, month=D(2026, 11, 1), amount=Decimal("7000")),
    ])


PERIOD_END = D(2026, 9, 30)


def value(name, zone, period_end=PERIOD_END):
    return metric_value(name, zone, period_end)


def test_signed_industrial_projects_count_only_industrial_signed_this_year_to_period_end(ledger, zone):
    assert value("projects.signed_industrial_projects", zone) == 2


def test_signed_industrial_investment_is_their_total_in_yi(ledger, zone):
    assert value("projects.signed_industrial_investment", zone) == Decimal("8")


def test_started_or_resumed_projects_count_starts_and_resumptions_in_the_year(ledger, zone):
    assert value("projects.started_or_resumed_projects", zone) == 2
    assert value("projects.started_or_resumed_projects", zone, D(2026, 4, 30)) == 1


def test_annual_investment_sums_the_months_of_the_year_to_period_end_in_yi(ledger, zone):
    assert value("projects.annual_investment", zone) == Decimal("2")


def test_completed_or_producing_projects_count_either_in_the_year(ledger, zone):
    assert value("projects.completed_or_producing_projects", zone) == 2


def test_metrics_never_count_another_zones_projects(ledger, other_zone):
    assert value("projects.signed_industrial_projects", other_zone) == 0
