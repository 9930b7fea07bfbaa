"""The 金融+ pages that record and change funds, fund investments, 政银企对接 events, loans, risk pools,
compensations and listing rungs: 财政金融局 and admins only, every change audited, outsiders refused."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from actiondesk.chains.models import Chain
from actiondesk.core.audit import entries_for
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import SYSTEM
from actiondesk.finance import services, services_edit
from actiondesk.finance.models import Compensation, FundInvestment, GuidanceFund, ListingStep, Loan, RiskPool

pytestmark = pytest.mark.django_db
D = datetime.date


def edit_urls(books) -> list[str]:
    return [reverse("finance:fund_edit", args=[books["fund"].pk]),
            reverse("finance:investment_create", args=[books["sub"].pk]),
            reverse("finance:investment_edit", args=[books["investment"].pk]),
            reverse("finance:event_edit", args=[books["event"].pk]),
            reverse("finance:loan_edit", args=[books["loan"].pk]),
            reverse("finance:compensation_create", args=[books["loan"].pk]),
            reverse("finance:pool_edit", args=[books["pool"].pk]),
            reverse("finance:listing_edit", args=[books["step"].pk])]


CREATE_URLS = ["finance:fund_create", "finance:event_create", "finance:loan_create", "finance:pool_create",
               "finance:listing_create"]


def test_the_finance_bureau_opens_every_form(login, dave, books):
    client = login(dave)
    for url in edit_urls(books) + [reverse(name) for name in CREATE_URLS]:
        response = client.get(url)
        assert response.status_code == 200 and 'id="finance-form"' in response.content.decode(), url
    assert "2026-04-01 春季政银企对接会" in client.get(reverse("finance:loan_create")).content.decode()


@pytest.mark.parametrize("who", ["alice", "bob", "leader", "supervisor"])
def test_other_departments_and_roles_are_refused_every_form(request, login, books, who):
    client = login(request.getfixturevalue(who))
    for url in edit_urls(books) + [reverse(name) for name in CREATE_URLS]:
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"name": "改", "size": "1"}).status_code == 403, url
    assert GuidanceFund.objects.get(pk=books["fund"].pk).name == "沈抚产业引导基金"


def test_an_outsider_finds_none_of_the_zones_rows(login, mallory, books):
    client = login(mallory)
    for url in edit_urls(books):
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"name": "改"}).status_code == 404, url


def test_the_finance_bureau_changes_a_fund_and_its_focus_chains_audited(login, dave, books, zone, departments):
    chain = Chain.objects.create(zone=zone, name="特种机器人", department=departments["产业创新局"])
    response = login(dave).post(reverse("finance:fund_edit", args=[books["fund"].pk]), {
        "name": "沈抚产业引导基金", "manager": "沈抚资本", "size": "120000", "committed": "60000", "paid_in": "30000",
        "focus_chains": [chain.pk]})
    assert response.status_code == 302
    fund = GuidanceFund.objects.get(pk=books["fund"].pk)
    assert fund.size == Decimal(120000) and fund.manager == "沈抚资本" and list(fund.focus_chains.all()) == [chain]
    entry = entries_for(fund).filter(action=AuditAction.UPDATE).get()
    assert entry.actor == dave and entry.before["size"] == "100000" and entry.after["paid_in"] == "30000"


def test_a_fund_keeps_paid_in_within_committed_and_a_sub_fund_under_a_top_level_fund(login, dave, books):
    client = login(dave)
    response = client.post(reverse("finance:fund_edit", args=[books["fund"].pk]), {
        "name": "沈抚产业引导基金", "size": "100000", "committed": "10", "paid_in": "20"})
    assert response.status_code == 400 and "实缴不能大于认缴" in response.content.decode()
    with pytest.raises(ValidationError):  # the top-level fund has a sub-fund: it cannot become one itself
        services_edit.fund_update(fund=books["fund"], acting_user=dave, parent=books["sub"])
    assert GuidanceFund.objects.get(pk=books["fund"].pk).parent is None


def test_recording_a_new_fund_event_pool_loan_and_rung_through_the_pages(login, dave, books, firm):
    client = login(dave)
    assert client.post(reverse("finance:fund_create"), {"name": "新基金", "size": "5000", "committed": "0",
                                                        "paid_in": "0", "parent": books["fund"].pk}).status_code == 302
    assert GuidanceFund.objects.get(name="新基金").parent == books["fund"]
    assert client.post(reverse("finance:event_create"), {"name": "秋季对接会", "held_on": "2026-09-01",
                                                         "enterprises_attending": "30"}).status_code == 302
    assert client.post(reverse("finance:pool_create"), {"name": "新池", "size": "500",
                                                        "compensation_rate": "40"}).status_code == 302
    assert client.post(reverse("finance:loan_create"), {
        "enterprise": firm.credit_code.lower(), "bank": "建设银行", "product": "innovation", "amount": "80",
        "granted_on": "2026-09-02"}).status_code == 302
    assert Loan.objects.get(bank="建设银行").enterprise == firm
    assert client.post(reverse("finance:listing_create"), {"enterprise": firm.credit_code, "stage": "filed",
                                                           "exchange": "bse"}).status_code == 302
    assert ListingStep.objects.get(enterprise=firm, stage="filed").exchange == "bse"
    response = client.post(reverse("finance:loan_create"), {"enterprise": "91000000000000000X", "bank": "某行",
                                                            "product": "other", "amount": "1",
                                                            "granted_on": "2026-09-02"})
    assert response.status_code == 400 and "企业库中没有" in response.content.decode()


def test_changing_an_investment_an_event_and_a_rung(login, dave, books):
    client = login(dave)
    investment = books["investment"]
    assert client.post(reverse("finance:investment_edit", args=[investment.pk]), {
        "enterprise": investment.enterprise.credit_code, "amount": "3500",
        "invested_on": "2026-03-05"}).status_code == 302
    assert FundInvestment.objects.get(pk=investment.pk).amount == Decimal(3500)
    assert client.post(reverse("finance:event_edit", args=[books["event"].pk]), {
        "name": "春季政银企对接会", "held_on": "2026-04-01", "banks": "盛京银行、建设银行",
        "enterprises_attending": "45"}).status_code == 302
    assert entries_for(books["event"]).filter(action=AuditAction.UPDATE).get().after["enterprises_attending"] == 45
    step = books["step"]
    assert client.post(reverse("finance:listing_edit", args=[step.pk]), {
        "enterprise": "ignored", "stage": "listed", "exchange": "bse", "reached_on": "2026-06-01"}).status_code == 302
    step.refresh_from_db()
    assert (step.stage, step.exchange, step.reached_on) == ("tutoring", "bse", D(2026, 6, 1))  # the rung stays


def test_a_compensated_loan_keeps_its_pool_and_covers_its_losses(login, dave, books, zone):
    other = services.pool_create(zone=zone, acting_user=SYSTEM, name="另一资金池", size=Decimal(10))  # set-up
    loan = books["loan"]
    client = login(dave)
    base = {"enterprise": loan.enterprise.credit_code, "bank": "盛京银行", "product": "other",
            "granted_on": "2026-04-02", "event": books["event"].pk}
    response = client.post(reverse("finance:loan_edit", args=[loan.pk]), {**base, "amount": "200", "pool": other.pk})
    assert response.status_code == 400 and "不能更改资金池" in response.content.decode()
    response = client.post(reverse("finance:loan_edit", args=[loan.pk]), {**base, "amount": "50",
                                                                           "pool": books["pool"].pk})
    assert response.status_code == 400 and Loan.objects.get(pk=loan.pk).amount == Decimal(200)
    assert client.post(reverse("finance:loan_edit", args=[loan.pk]), {**base, "amount": "250",
                                                                       "pool": books["pool"].pk}).status_code == 302


def test_the_pool_pays_a_compensation_from_its_page_and_its_size_stays_above_what_it_paid(login, dave, books):
    client = login(dave)
    url = reverse("finance:compensation_create", args=[books["loan"].pk])
    assert client.post(url, {"loss": "40", "paid_on": "2026-09-01"}).status_code == 302
    assert Compensation.objects.filter(loan=books["loan"]).count() == 2
    assert services.pool_balance(books["pool"]) == Decimal("930.00")  # 1000 − 50 − 20
    response = client.post(reverse("finance:pool_edit", args=[books["pool"].pk]), {
        "name": "风险补偿资金池", "size": "60", "compensation_rate": "50"})
    assert response.status_code == 400 and RiskPool.objects.get(pk=books["pool"].pk).size == Decimal(1000)


def test_the_dashboard_offers_the_forms_to_the_finance_bureau_only(login, dave, leader, books,
                                                                   django_assert_max_num_queries):
    client = login(dave)
    with django_assert_max_num_queries(18):
        body = client.get(reverse("finance:dashboard"), {"year": 2026}).content.decode()
    assert reverse("finance:fund_edit", args=[books["fund"].pk]) in body and 'id="finance-record"' in body
    assert reverse("finance:compensation_create", args=[books["loan"].pk]) in body
    assert 'id="pool-chart"' in body and "pool-chart-data" in body and 'id="fund-investments"' in body
    body = login(leader).get(reverse("finance:dashboard"), {"year": 2026}).content.decode()
    assert "finance-record" not in body and reverse("finance:fund_edit", args=[books["fund"].pk]) not in body
