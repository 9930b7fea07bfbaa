import datetime
from decimal import Decimal

import pytest

from actiondesk.projects.models import Project


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
