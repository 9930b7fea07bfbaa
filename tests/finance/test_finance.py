import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from actiondesk.core.scoping import SYSTEM
from actiondesk.finance import services
from actiondesk.finance.models import ListingStep

pytestmark = pytest.mark.django_db
D = datetime.date


def test_the_risk_pool_balance_after_two_compensations(zone, dave, firm):
    """Worked example: a 1,000 万元 pool compensating 50% of losses. Loan A (200 万元) loses 120 → 60 paid;
    loan B (300 万元) loses all 300 → 150 paid. Balance 1,000 − 60 − 150 = 790 万元; a third loss whose half
    exceeds the balance is refused."""
    pool = services.pool_create(zone=zone, acting_user=dave, name="科技型企业风险补偿资金池", size=Decimal(1000),
                                compensation_rate=Decimal(50))
    a = services.loan_record(zone=zone, enterprise=firm, acting_user=dave, bank="盛京银行", amount=Decimal(200),
                             granted_on=D(2026, 2, 1), product="innovation", pool=pool)
    b = services.loan_record(zone=zone, enterprise=firm, acting_user=dave, bank="建设银行", amount=Decimal(300),
                             granted_on=D(2026, 3, 1), product="tech_renovation", pool=pool)
    first = services.compensation_pay(loan=a, loss=Decimal(120), paid_on=D(2026, 8, 1), acting_user=dave)
    second = services.compensation_pay(loan=b, loss=Decimal(300), paid_on=D(2026, 9, 1), acting_user=dave)
    assert (first.amount, second.amount) == (Decimal("60.00"), Decimal("150.00"))
    assert services.pool_balance(pool) == Decimal("790.00")
    huge = services.loan_record(zone=zone, enterprise=firm, acting_user=dave, bank="工商银行", amount=Decimal(2000),
                                granted_on=D(2026, 4, 1), pool=pool)
    with pytest.raises(ValidationError):
        services.compensation_pay(loan=huge, loss=Decimal(1600), paid_on=D(2026, 10, 1), acting_user=dave)
    with pytest.raises(ValidationError):  # loan A cannot lose more than its 200 in total
        services.compensation_pay(loan=a, loss=Decimal(100), paid_on=D(2026, 10, 1), acting_user=dave)
    assert services.pool_balance(pool) == Decimal("790.00")


def test_only_the_finance_bureau_or_an_admin_keeps_finance_records(zone, alice, bob, admin, firm):
    for outsider in (alice, bob):
        with pytest.raises(PermissionDenied):
            services.pool_create(zone=zone, acting_user=outsider, name="池", size=1)
        with pytest.raises(PermissionDenied):
            services.listing_step_record(enterprise=firm, stage="tutoring", acting_user=outsider)
    assert services.pool_create(zone=zone, acting_user=admin, name="池", size=1).department.name == "财政金融局"


def test_the_finance_page_shows_the_pool_balance_loans_and_ladder_and_refuses_an_outsider(
        login, leader, mallory, zone, dave, firm, django_assert_max_num_queries):
    pool = services.pool_create(zone=zone, acting_user=dave, name="风险补偿资金池", size=Decimal(1000))
    loan = services.loan_record(zone=zone, enterprise=firm, acting_user=dave, bank="盛京银行", amount=Decimal(200),
                                granted_on=D(2026, 2, 1), pool=pool)
    services.compensation_pay(loan=loan, loss=Decimal(120), paid_on=D(2026, 8, 1), acting_user=dave)
    services.listing_step_record(enterprise=firm, stage="tutoring", exchange="bse", reached_on=D(2026, 5, 1),
                                 acting_user=dave)
    client = login(leader)
    with django_assert_max_num_queries(16):
        body = client.get(reverse("finance:dashboard"), {"year": 2026}).content.decode()
    assert 'data-pool="风险补偿资金池"' in body and "940.00" in body and "listing-ladder-data" in body
    profile = client.get(reverse("enterprises:enterprise_detail", args=[firm.pk])).content.decode()
    assert 'data-listing="tutoring"' in profile and "盛京银行" in profile and "60" in profile
    assert "盛京银行" not in login(mallory).get(reverse("finance:dashboard")).content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_each_ipo_stage_onto_the_listing_ladder(departments, zone):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("enterprises", "0009_enterpriseyearfigures_energy_tce_parktenancy"), ("finance", "0001_initial")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    OldEnterprise, OldCertification = old.get_model("enterprises", "Enterprise"), old.get_model("enterprises",
                                                                                              "Certification")
    for n, stage in enumerate(["reserve", "tutoring", "approved", "listed", ""]):
        enterprise = OldEnterprise.objects.create(zone_id=zone.pk, credit_code=f"91210400MA0IPO000{n}", name=f"企业{n}")
        OldCertification.objects.create(enterprise=enterprise, kind="listed", granted_on=D(2025, 1 + n, 1),
                                        ipo_stage=stage)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    steps = {s.enterprise.name: (s.stage, s.reached_on, s.department.name)
             for s in ListingStep.objects.select_related("enterprise", "department")}
    assert steps == {"企业0": ("cultivating", D(2025, 1, 1), "财政金融局"), "企业1": ("tutoring", D(2025, 2, 1), "财政金融局"),
                     "企业2": ("filed", D(2025, 3, 1), "财政金融局"), "企业3": ("listed", D(2025, 4, 1), "财政金融局")}


def test_a_fund_cannot_have_more_paid_in_than_committed(zone, dave):
    with pytest.raises(ValidationError):
        services.fund_create(zone=zone, acting_user=dave, name="沈抚产业引导基金", size=100000, committed=50000,
                             paid_in=60000)
    fund = services.fund_create(zone=zone, acting_user=dave, name="沈抚产业引导基金", size=100000, committed=50000,
                                paid_in=20000)
    sub = services.fund_create(zone=zone, acting_user=SYSTEM, name="智能制造子基金", size=20000, parent=fund)
    assert sub.parent == fund


def test_the_api_pays_a_compensation_for_the_finance_bureau_only(login, zone, dave, alice, firm):
    pool = services.pool_create(zone=zone, acting_user=dave, name="池", size=Decimal(1000))
    loan = services.loan_record(zone=zone, enterprise=firm, acting_user=dave, bank="盛京银行", amount=Decimal(200),
                                granted_on=D(2026, 2, 1), pool=pool)
    url = f"/api/finance/loans/{loan.pk}/compensations"
    assert login(alice).post(url, {"loss": "120", "paid_on": "2026-08-01"},
                             content_type="application/json").status_code == 403
    response = login(dave).post(url, {"loss": "120", "paid_on": "2026-08-01"}, content_type="application/json")
    assert response.status_code == 201 and Decimal(response.json()["pool_balance"]) == Decimal("940")
    pools = login(dave).get("/api/finance/pools").json()
    assert Decimal(pools[0]["balance"]) == Decimal("940") and pools[0]["compensations_count"] == 1
