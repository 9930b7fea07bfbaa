"""Demand pages: who sees and runs what, the export, the statistics; every page refuses an outsider."""
import datetime
import io

import pytest
from openpyxl import load_workbook

from actiondesk.core.scoping import SYSTEM
from actiondesk.demands import services, services_registry
from actiondesk.demands.models import Demand, Visit

pytestmark = pytest.mark.django_db
D = datetime.date


def test_the_owner_accepts_with_a_cooperating_department_which_answers_then_the_owner_closes(
        login, make_demand, alice, bob, departments):
    demand = make_demand()
    client = login(alice)
    page = client.get(f"/demands/{demand.pk}/")
    assert 'id="accept-form"' in page.content.decode()
    client.post(f"/demands/{demand.pk}/accept/", {"departments": [departments["发展改革局"].pk], "request": "核定"})
    part = demand.parts.get()
    assert login(bob).post(f"/demands/parts/{part.pk}/answer/", {f"part{part.pk}-answer": "已核定"}).status_code == 302
    login(alice).post(f"/demands/{demand.pk}/close/", {"resolution": "已落实"})
    assert Demand.objects.get(pk=demand.pk).status == "closed"


def test_another_department_cannot_accept_and_sees_no_accept_form(login, make_demand, bob):
    demand = make_demand()
    client = login(bob)
    assert 'id="accept-form"' not in client.get(f"/demands/{demand.pk}/").content.decode()
    assert client.post(f"/demands/{demand.pk}/accept/", {}).status_code == 403


def test_an_outsider_is_refused_on_every_demands_page(login, make_demand, mallory, leader):
    demand = make_demand()
    client = login(mallory)
    assert client.get(f"/demands/{demand.pk}/").status_code == 404
    assert client.get(f"/demands/baobao/leaders/{leader.pk}/").status_code == 404
    assert client.get(f"/demands/enterprises/{demand.enterprise_id}/panel/").status_code == 404
    assert "厂房扩建用地指标" not in client.get("/demands/").content.decode()
    assert client.get(f"/api/demands/{demand.pk}").status_code == 404


def test_the_export_follows_the_lists_filters(login, make_demand, admin):
    make_demand(title="用地一")
    make_demand(title="融资一", category="融资")
    response = login(admin).get("/demands/", {"export": "xlsx", "q": "融资"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    titles = [row[5] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert titles == ["融资一"]
    assert login(admin).get("/demands/", {"export": "xlsx", "year": "abc"}).status_code == 400


def test_a_leader_records_a_visit_that_raises_a_demand_with_the_visit_channel(login, leader, enterprise,
                                                                               categories, alice):
    response = login(leader).post("/demands/visits/new/", {
        "enterprise": enterprise.pk, "visited_on": "2026-09-01", "people": "王主任", "topics": "用地",
        "demand_category": categories["用地"].pk, "demand_title": "二期用地"})
    assert response.status_code == 302
    demand = Demand.objects.get(title="二期用地")
    assert (demand.channel, demand.visit, demand.owner) == ("visit", Visit.objects.get(), alice)


def test_a_leader_cannot_record_a_visit_to_an_enterprise_they_are_not_paired_with(leader, other_enterprise):
    with pytest.raises(Exception, match="包保领导"):
        services_registry.visit_record(enterprise=other_enterprise, visited_on=D(2026, 9, 1), acting_user=leader)


def test_coverage_counts_paired_scale_enterprises_and_lists_the_gaps(login, admin, enterprise, other_enterprise):
    page = login(admin).get("/demands/baobao/").content.decode()
    assert 'id="kpi-coverage">50.0%' in page
    assert "辽宁新材料有限公司" in page  # the unpaired 规上 enterprise is a gap


def test_the_not_visited_reminder_lists_paired_enterprises_past_the_zones_days(enterprise, leader, zone):
    from actiondesk.demands.selectors import not_visited

    assert list(not_visited(zone.pk, D(2026, 9, 1))) == [enterprise]
    services_registry.visit_record(enterprise=enterprise, visited_on=D(2026, 8, 1), acting_user=leader)
    assert list(not_visited(zone.pk, D(2026, 9, 1))) == []
    assert list(not_visited(zone.pk, D(2026, 12, 1))) == [enterprise]  # 90 days by default


def test_statistics_by_category_count_received_and_overdue(login, admin, make_demand):
    make_demand(today=D(2026, 1, 5))
    page = login(admin).get("/demands/statistics/", {"by": "category"}).content.decode()
    assert "用地" in page and 'id="statistics"' in page


def test_the_enterprise_profile_shows_its_demands_and_matching_policies(login, admin, enterprise, make_demand,
                                                                         zone, departments):
    make_demand()
    services_registry.policy_save(zone=zone, title="技改补助", issuer="管委会", department=departments["产业创新局"],
                                  benefit="10%", conditions=[{"field": "scale_status", "op": "in",
                                                              "value": ["industry"]}], acting_user=SYSTEM)
    profile = login(admin).get(f"/enterprises/{enterprise.pk}/").content.decode()
    assert f'hx-get="/demands/enterprises/{enterprise.pk}/panel/"' in profile  # filled after the page loads
    panel = login(admin).get(f"/demands/enterprises/{enterprise.pk}/panel/").content.decode()
    assert 'id="demands-panel"' in panel and "技改补助" in panel and "厂房扩建用地指标" in panel


def test_an_arrear_shows_outstanding_and_the_months_reduction(login, admin, enterprise, departments, zone):
    arrear = services_registry.arrear_create(enterprise=enterprise, debtor="某街道", amount=500,
                                             department=departments["财政金融局"], due_on=D(2025, 12, 31),
                                             acting_user=SYSTEM)
    services_registry.repayment_record(arrear=arrear, paid_on=D(2026, 3, 15), amount=200, acting_user=SYSTEM)
    with pytest.raises(Exception, match="不能超过"):
        services_registry.repayment_record(arrear=arrear, paid_on=D(2026, 4, 1), amount=301, acting_user=SYSTEM)
    from actiondesk.demands.selectors import arrears_summary

    summary = arrears_summary(zone.pk, 2026)
    assert (summary["owed"], summary["outstanding"], summary["monthly"][2][1]) == (500, 300, 200)
    assert 'id="kpi-outstanding">300' in login(admin).get("/demands/arrears/", {"year": 2026}).content.decode()


def test_the_api_lists_and_runs_demands_with_the_pages_scoping(client, login, make_demand, alice, bob):
    demand = make_demand()
    assert [d["title"] for d in login(bob).get("/api/demands/").json()] == ["厂房扩建用地指标"]
    assert login(bob).post(f"/api/demands/{demand.pk}/accept", {}, content_type="application/json"
                           ).status_code == 403
    response = login(alice).post(f"/api/demands/{demand.pk}/accept", {"parts": []}, content_type="application/json")
    assert response.json()["status"] == "in_progress"
    services.demand_close(demand=demand, resolution="ok", acting_user=alice)


def test_the_arrears_list_offers_to_record_a_repayment_only_where_the_user_may(login, alice, bob, leader,
                                                                                 enterprise, departments):
    arrear = services_registry.arrear_create(enterprise=enterprise, debtor="某街道", amount=500,
                                             department=departments["产业创新局"], due_on=D(2025, 12, 31),
                                             acting_user=SYSTEM)
    link = f'href="/demands/arrears/{arrear.pk}/repay/"'
    assert link in login(alice).get("/demands/arrears/").content.decode()
    for user in (bob, leader):  # the page would answer 403
        assert link not in login(user).get("/demands/arrears/").content.decode()
        assert login(user).get(f"/demands/arrears/{arrear.pk}/repay/").status_code == 403
