import datetime

import pytest

from actiondesk.enterprises.ladders.bulk import evaluate_zone
from actiondesk.enterprises.models import Certification, Enterprise
from actiondesk.enterprises.selectors import enterprise_positions, ladders_as_dicts
from tests.enterprises.conftest import add_figures
from tests.enterprises.sheets import code

pytestmark = pytest.mark.django_db
ON = datetime.date(2026, 6, 1)


def test_the_bulk_evaluation_agrees_with_the_explained_one(zone, profiled):
    small = Enterprise.objects.create(zone=zone, credit_code=code(20), name="小微", registered_on=datetime.date(2023, 1, 1))
    add_figures(small, 2025, revenue=1200, main_revenue=1100, rnd_expense=120, employees=15, tech_staff=5,
                total_assets=900, liabilities=300, ip_class1=1)
    Certification.objects.create(enterprise=small, kind="innovative_sme", granted_on=datetime.date(2025, 1, 1))
    Enterprise.objects.create(zone=zone, credit_code=code(21), name="没有数据", registered_on=None)
    ladders = ladders_as_dicts(zone.pk)
    program, results = evaluate_zone(ladders, zone.pk, ON)
    assert len(results) == 3
    for enterprise_id, met in results:
        enterprise = Enterprise.objects.get(pk=enterprise_id)
        explained = [r.met for p in enterprise_positions(enterprise, on=ON, ladders=ladders) for r in p["results"]]
        assert list(met) == explained, enterprise.name
    assert any(any(met) for _id, met in results)
