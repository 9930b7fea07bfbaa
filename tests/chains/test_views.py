import pytest
from django.urls import reverse

from actiondesk.chains.models import ChainSegment, InvestmentTarget

pytestmark = pytest.mark.django_db


def test_everyone_in_the_zone_sees_the_chain_list_with_leader_and_scale(login, leader, robot_chain):
    body = login(leader).get(reverse("chains:chain_list")).content.decode()
    assert "特种机器人" in body and "张副主任" in body


def test_the_chain_map_marks_gaps_and_shows_counts(login, bob, robot_chain):
    body = login(bob).get(reverse("chains:chain_map", args=[robot_chain.pk])).content.decode()
    assert "vendor/echarts/echarts.min.js" in body and "chain-data" in body
    assert 'class="gap-row" data-segment="精密减速器"' in body
    assert 'class="" data-segment="伺服电机"' in body


def test_a_gap_segment_panel_lists_its_investment_targets(login, bob, robot_chain):
    segment = ChainSegment.objects.get(name="精密减速器")
    body = login(bob).get(reverse("chains:segment_panel", args=[segment.pk])).content.decode()
    assert "苏州精密减速机股份有限公司" in body and "添加招商目标" not in body


def test_only_the_department_in_charge_adds_investment_targets(login, alice, bob, robot_chain):
    segment = ChainSegment.objects.get(name="精密减速器")
    url = reverse("chains:investment_target_create", args=[segment.pk])
    assert login(bob).post(url, {"company_name": "X", "status": "to_contact"}).status_code == 403
    assert login(alice).post(url, {"company_name": "无锡减速器", "status": "to_contact"}).status_code == 302
    assert InvestmentTarget.objects.filter(company_name="无锡减速器").exists()


def test_another_department_cannot_change_the_policy_note(login, bob, robot_chain):
    url = reverse("chains:chain_policy_update", args=[robot_chain.pk])
    assert login(bob).post(url, {"policy_note": "x"}).status_code == 403


def test_an_outsider_cannot_see_the_chain_map_or_its_api(login, mallory, robot_chain):
    client = login(mallory)
    assert client.get(reverse("chains:chain_map", args=[robot_chain.pk])).status_code == 404
    assert client.get(f"/api/chains/{robot_chain.pk}/map").status_code == 404
    assert client.get("/api/chains/").json() == []


def test_the_api_gives_the_map_data_with_gaps(login, bob, robot_chain):
    data = login(bob).get(f"/api/chains/{robot_chain.pk}/map").json()
    gaps = {s["name"] for s in data["segments"] if s["is_gap"]}
    assert gaps == {"精密减速器"} and data["chain"]["has_leader"] and data["chain"]["enterprises"] == 5


@pytest.mark.parametrize("per_segment", [2, 60])
def test_the_chain_map_runs_a_bounded_number_of_queries(login, bob, zone, robot_chain, make_enterprises,
                                                        per_segment, django_assert_max_num_queries):
    from actiondesk.chains.models import SegmentEnterprise

    for i in range(10):
        segment = ChainSegment.objects.create(chain=robot_chain, position="downstream", name=f"应用{i}")
        SegmentEnterprise.objects.bulk_create([SegmentEnterprise(segment=segment, enterprise=e)
                                               for e in make_enterprises(per_segment)])
    client = login(bob)
    # 20 + the notification bell, the 招商 panel (leads, enterprises per segment, gap rule), the 链长制 panel
    with django_assert_max_num_queries(25):
        assert client.get(reverse("chains:chain_map", args=[robot_chain.pk])).status_code == 200
    with django_assert_max_num_queries(13):  # 12 + the departments of the filter form
        assert client.get(reverse("chains:chain_list")).status_code == 200
