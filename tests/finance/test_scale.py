"""The 金融+ page keeps a fixed number of queries at 100,000 enterprises."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.finance import services
from actiondesk.finance.models import ListingStep, Loan
from actiondesk.projects.generate import bench_enterprises

pytestmark = pytest.mark.django_db


@pytest.fixture
def crowded_zone(zone, departments):
    bench_enterprises(zone, 100_000)
    pool = services.pool_create(zone=zone, acting_user=SYSTEM, name="资金池", size=Decimal(100000))  # test set-up
    department = services.finance_department(zone.pk)
    ids = list(Enterprise.objects.filter(zone=zone).values_list("pk", flat=True)[:5000])
    Loan.objects.bulk_create([Loan(zone=zone, department=department, enterprise_id=pk, bank="盛京银行",
                                   amount=Decimal(100), granted_on=datetime.date(2026, 1 + pk % 9, 1),
                                   pool=pool if pk % 2 else None) for pk in ids])
    ListingStep.objects.bulk_create([ListingStep(enterprise_id=pk, stage="cultivating", department=department)
                                     for pk in ids[:2000]])
    return zone


def test_the_finance_page_runs_bounded_queries_at_100000_enterprises(login, leader, crowded_zone,
                                                                     django_assert_max_num_queries):
    client = login(leader)
    with django_assert_max_num_queries(16):
        body = client.get(reverse("finance:dashboard"), {"year": 2026}).content.decode()
    assert 'data-pool="资金池"' in body and "500000" in body
    with django_assert_max_num_queries(10):
        assert client.get("/api/finance/pools").json()[0]["loans_covered"] == 2500


def test_the_ledger_export_and_the_api_lists_run_bounded_queries_at_100000_enterprises(
        login, leader, crowded_zone, django_assert_max_num_queries):
    client = login(leader)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("finance:dashboard"), {"year": 2026, "export": "xlsx"})
    assert response.status_code == 200 and len(response.content) > 50_000
    for path, rows in (("/api/finance/loans?year=2026&limit=1000", 1000), ("/api/finance/listing?stage=cultivating",
                                                                            100), ("/api/finance/funds", 0)):
        with django_assert_max_num_queries(6):
            assert len(client.get(path).json()) == rows, path
