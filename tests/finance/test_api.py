"""The 金融+ REST API: funds and sub-funds, fund investments, 政银企对接 events, loans, risk pools and listing rungs.
Reads are the zone's (an outsider finds nothing); writes go through the services, so only the department that keeps
finance (财政金融局) or an admin writes, every write audited, and invalid input is a 422 in the core's shape."""
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actiondesk.chains.models import Chain
from actiondesk.core.audit import entries_for
from actiondesk.core.models import AuditAction
from actiondesk.enterprises.models import Enterprise
from actiondesk.finance.models import (
    FundInvestment,
    GuidanceFund,
    ListingStep,
    Loan,
    MatchmakingEvent,
    RiskPool,
)

pytestmark = pytest.mark.django_db
API = "/api/finance"


def post(client, path, body):
    return client.post(API + path, body, content_type="application/json")


def patch(client, path, body):
    return client.patch(API + path, body, content_type="application/json")


def error(response, status) -> dict:
    assert response.status_code == status, response.content[:300]
    body = response.json()
    assert set(body) == {"detail", "errors"} and body["detail"]
    return body


def test_the_finance_bureau_records_and_changes_every_kind_of_record_through_the_api(login, dave, zone, firm,
                                                                                    departments):
    client = login(dave)
    chain = Chain.objects.create(zone=zone, name="机器人", department=departments["产业创新局"])
    fund = post(client, "/funds", {"name": "沈抚产业引导基金", "size": "100000", "committed": "50000",
                                   "paid_in": "20000", "focus_chain_ids": [chain.pk]})
    assert fund.status_code == 201 and fund.json()["focus_chain_ids"] == [chain.pk]
    fund_id = fund.json()["id"]
    sub = post(client, "/funds", {"name": "机器人子基金", "size": "20000", "parent_id": fund_id})
    assert sub.status_code == 201 and sub.json()["parent_id"] == fund_id
    changed = patch(client, f"/funds/{fund_id}", {"manager": "沈抚创投", "paid_in": "30000"}).json()
    assert (changed["manager"], Decimal(changed["paid_in"]), changed["focus_chain_ids"]) == ("沈抚创投", 30000,
                                                                                            [chain.pk])
    investment = post(client, f"/funds/{sub.json()['id']}/investments",
                      {"enterprise_id": firm.pk, "amount": "3000", "invested_on": "2026-03-01"})
    assert investment.status_code == 201 and investment.json()["enterprise"] == firm.name
    assert Decimal(patch(client, f"/investments/{investment.json()['id']}", {"amount": "3500"}).json()["amount"]) == 3500
    event = post(client, "/events", {"name": "春季政银企对接会", "held_on": "2026-04-01", "banks": "盛京银行"})
    assert event.status_code == 201
    event_id = event.json()["id"]
    assert patch(client, f"/events/{event_id}", {"enterprises_attending": 40}).json()["enterprises_attending"] == 40
    pool = post(client, "/pools", {"name": "风险补偿资金池", "size": "1000", "compensation_rate": "40"})
    assert pool.status_code == 201 and Decimal(pool.json()["balance"]) == 1000
    pool_id = pool.json()["id"]
    assert Decimal(patch(client, f"/pools/{pool_id}", {"size": "1500"}).json()["balance"]) == 1500
    loan = post(client, "/loans", {"enterprise_id": firm.pk, "bank": "盛京银行", "product": "innovation",
                                   "amount": "200", "granted_on": "2026-04-02", "event_id": event_id,
                                   "pool_id": pool_id})
    assert loan.status_code == 201 and (loan.json()["pool_id"], loan.json()["event_id"]) == (pool_id, event_id)
    moved = patch(client, f"/loans/{loan.json()['id']}", {"bank": "建设银行", "event_id": None}).json()
    assert (moved["bank"], moved["event_id"], moved["pool_id"]) == ("建设银行", None, pool_id)
    rung = post(client, f"/enterprises/{firm.pk}/listing", {"stage": "tutoring"})
    assert rung.status_code == 200
    step = ListingStep.objects.get(enterprise=firm)
    changed = patch(client, f"/listing/{step.pk}", {"exchange": "bse", "reached_on": "2026-05-01"}).json()
    assert (changed["stage"], changed["exchange"], changed["reached_on"]) == ("tutoring", "bse", "2026-05-01")
    for model, pk in ((GuidanceFund, fund_id), (MatchmakingEvent, event_id), (RiskPool, pool_id),
                      (Loan, loan.json()["id"]), (ListingStep, step.pk)):
        actions = [e.action for e in entries_for(model.objects.get(pk=pk))]
        assert AuditAction.UPDATE in actions, model


def test_the_lists_filter_as_the_dashboard_does(login, leader, books, zone, firm):
    client = login(leader)
    Loan.objects.create(zone=zone, department=books["loan"].department, enterprise=firm, bank="建设银行",
                        product="innovation", amount=Decimal(50), granted_on="2025-09-01")
    assert [r["bank"] for r in client.get(API + "/loans?bank=建设").json()] == ["建设银行"]
    assert [r["bank"] for r in client.get(API + "/loans?year=2026").json()] == ["盛京银行"]
    assert [r["bank"] for r in client.get(API + "/loans?product=innovation&granted_from=2025-01-01"
                                                "&granted_to=2025-12-31").json()] == ["建设银行"]
    assert [r["name"] for r in client.get(API + "/events?year=2026").json()] == ["春季政银企对接会"]
    assert client.get(API + "/events?year=2025").json() == []
    assert [r["enterprise"] for r in client.get(API + "/listing?stage=tutoring").json()] == [firm.name]
    assert client.get(API + "/listing?stage=listed").json() == []
    funds = client.get(API + "/funds").json()
    assert [(f["name"], f["parent_id"]) for f in funds] == [("沈抚产业引导基金", None),
                                                            ("机器人子基金", books["fund"].pk)]
    assert Decimal(funds[1]["invested"]) == 3000
    error(client.get(API + "/loans?product=flying"), 422)


def write_calls(books, firm):
    """Every write of the API, with a body the finance bureau would be allowed to send."""
    return [("post", "/funds", {"name": "新基金", "size": "1"}),
            ("patch", f"/funds/{books['fund'].pk}", {"manager": "改"}),
            ("post", f"/funds/{books['sub'].pk}/investments", {"enterprise_id": firm.pk, "amount": "1",
                                                               "invested_on": "2026-05-01"}),
            ("patch", f"/investments/{books['investment'].pk}", {"amount": "2"}),
            ("post", "/events", {"name": "新对接会", "held_on": "2026-05-01"}),
            ("patch", f"/events/{books['event'].pk}", {"banks": "改"}),
            ("post", "/loans", {"enterprise_id": firm.pk, "bank": "新银行", "amount": "1",
                                "granted_on": "2026-05-01"}),
            ("patch", f"/loans/{books['loan'].pk}", {"bank": "改"}),
            ("post", "/pools", {"name": "新资金池", "size": "1"}),
            ("patch", f"/pools/{books['pool'].pk}", {"name": "改"}),
            ("patch", f"/listing/{books['step'].pk}", {"note": "改"})]


@pytest.mark.parametrize("who", ["alice", "bob", "leader", "supervisor"])
def test_a_department_that_does_not_keep_finance_and_the_reading_roles_are_refused_every_write(
        request, login, books, firm, who):
    client = login(request.getfixturevalue(who))
    counts = [m.objects.count() for m in (GuidanceFund, FundInvestment, MatchmakingEvent, Loan, RiskPool)]
    for method, path, body in write_calls(books, firm):
        response = getattr(client, method)(API + path, body, content_type="application/json")
        assert error(response, 403)["detail"], path
    assert counts == [m.objects.count() for m in (GuidanceFund, FundInvestment, MatchmakingEvent, Loan, RiskPool)]
    assert GuidanceFund.objects.get(pk=books["fund"].pk).manager == ""
    assert Loan.objects.get(pk=books["loan"].pk).bank == "盛京银行"


def test_an_outsider_reads_nothing_and_changes_nothing_of_the_zone(login, mallory, books, firm):
    client = login(mallory)
    for path in ("/funds", "/events", "/loans", "/listing", "/pools"):
        assert client.get(API + path).json() == [], path
    for method, path, body in write_calls(books, firm):
        if method == "patch" or "/investments" in path:
            assert error(getattr(client, method)(API + path, body, content_type="application/json"), 404), path
    assert Loan.objects.get(pk=books["loan"].pk).bank == "盛京银行"
    # naming the zone's enterprise from another zone is an invalid reference, not a link across zones
    loan = post(client, "/loans", {"enterprise_id": firm.pk, "bank": "银行", "amount": "1",
                                   "granted_on": "2026-05-01"})
    assert error(loan, 422)["errors"][0]["loc"] == ["enterprise_id"]


@pytest.mark.parametrize(("method", "path", "body", "field"), [
    ("post", "/funds", {"name": "基金", "size": "-1"}, "size"),
    ("post", "/funds", {"name": "基金", "size": "100", "committed": "10", "paid_in": "20"}, "paid_in"),
    ("patch", "/funds/{fund}", {"paid_in": "60000"}, "paid_in"),
    ("post", "/loans", {"enterprise_id": "{firm}", "bank": "银行", "amount": "-5", "granted_on": "2026-05-01"},
     "amount"),
    ("patch", "/loans/{loan}", {"amount": "-5"}, "amount"),
    ("patch", "/loans/{loan}", {"product": "flying"}, "product"),
    ("post", "/funds/{sub}/investments", {"enterprise_id": "{firm}", "amount": "-1", "invested_on": "2026-05-01"},
     "amount"),
    ("post", "/pools", {"name": "池", "size": "10", "compensation_rate": "120"}, "compensation_rate"),
    ("patch", "/pools/{pool}", {"size": "10"}, "size"),  # below the 50 万元 it has paid
])
def test_invalid_amounts_are_422s_naming_the_field(login, dave, books, firm, method, path, body, field):
    names = {"fund": books["fund"].pk, "sub": books["sub"].pk, "loan": books["loan"].pk, "pool": books["pool"].pk,
             "firm": firm.pk}
    body = {k: int(v.format(**names)) if v == "{firm}" else v for k, v in body.items()}
    response = getattr(login(dave), method)(API + path.format(**names), body, content_type="application/json")
    locations = [e["loc"][-1] for e in error(response, 422)["errors"]]
    assert field in locations, response.json()
    assert GuidanceFund.objects.get(pk=books["fund"].pk).paid_in == 20000


def test_the_lists_run_the_same_queries_whatever_the_rows(login, leader, books, zone, firm):
    client = login(leader)
    paths = ["/funds", "/events?year=2026", "/loans?year=2026", "/listing", "/pools"]

    def counts():
        result = []
        for path in paths:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(API + path).status_code == 200
            result.append(len(queries))
        return result

    few = counts()
    for i in range(15):  # test set-up: more of every listed kind
        fund = GuidanceFund.objects.create(zone=zone, department=books["fund"].department, name=f"基金{i}", size=1)
        fund.focus_chains.set([Chain.objects.get_or_create(zone=zone, name="链", department=fund.department)[0]])
        event = MatchmakingEvent.objects.create(zone=zone, department=fund.department, name=f"会{i}",
                                                held_on="2026-06-01")
        pool = RiskPool.objects.create(zone=zone, department=fund.department, name=f"池{i}", size=10)
        other = Enterprise.objects.create(zone=zone, credit_code=f"91210400MA0API{i:04d}", name=f"企业{i}")
        Loan.objects.create(zone=zone, department=fund.department, enterprise=other, bank=f"银行{i}", amount=1,
                            granted_on="2026-06-02", event=event, pool=pool)
        ListingStep.objects.create(enterprise=other, stage="filed", department=fund.department)
    assert counts() == few and max(few) <= 6, few


def test_each_answer_names_its_department_enterprise_and_credit_code(login, leader, books, firm, departments):
    client = login(leader)
    bureau = departments["财政金融局"].name
    assert {f["department"] for f in client.get(API + "/funds").json()} == {bureau}
    assert client.get(API + "/events").json()[0]["department"] == bureau
    loan = client.get(API + "/loans").json()[0]
    assert (loan["enterprise"], loan["credit_code"], loan["department"]) == (firm.name, firm.credit_code, bureau)
    rung = client.get(API + "/listing").json()[0]
    assert (rung["enterprise"], rung["credit_code"]) == (firm.name, firm.credit_code)
