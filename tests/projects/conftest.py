import datetime
from decimal import Decimal

import pytest

from actiondesk.projects.models import ApprovalStep, Project, ProjectApproval


@pytest.fixture
def make_project(zone, departments):
    counter = {"n": 0}

    def _make(department="产业创新局", **fields):
        counter["n"] += 1
        values = {"code": f"P-{counter['n']:04d}", "name": f"测试项目{counter['n']}",
                  "total_investment": Decimal("10000")}
        values.update(fields)
        return Project.objects.create(zone=zone, lead_department=departments[department], **values)

    return _make


@pytest.fixture
def today():
    return datetime.date(2026, 10, 15)


@pytest.fixture
def grant_approvals():
    """Record every active approval step of the project's zone as granted, so 开工 needs no override."""

    def _grant(project, on=datetime.date(2026, 1, 1)):
        for step in ApprovalStep.objects.filter(zone_id=project.zone_id, is_active=True):
            ProjectApproval.objects.update_or_create(project=project, step=step,
                                                     defaults={"granted_on": on, "document_number": f"批-{step.pk}"})

    return _grant
