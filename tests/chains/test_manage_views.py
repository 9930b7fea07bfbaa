import pytest
from django.urls import reverse

from actiondesk.chains.models import ChainSegment, InvestmentTarget, SegmentEnterprise
from actiondesk.core.models import AuditEntry
from actiondesk.enterprises.models import Enterprise

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def reducer_maker(zone):
    return Enterprise.objects.create(zone=zone, credit_code="91210400MA0REDUC01", name="沈抚精密减速器有限公司")


def test_the_department_in_charge_opens_the_placements_page(login, alice, robot_chain):
    body = login(alice).get(reverse("chains:chain_placements", args=[robot_chain.pk])).content.decode()
    assert "鹏悦科技有限公司" in body and "enterprise-search" in body


@pytest.mark.parametrize("user", ["bob", "leader", "supervisor"])
def test_other_departments_and_readers_cannot_manage_placements(login, user, request, robot_chain, reducer_maker):
    client = login(request.getfixturevalue(user))
    segment = ChainSegment.objects.get(name="精密减速器")
    assert client.get(reverse("chains:chain_placements", args=[robot_chain.pk])).status_code == 403
    assert client.get(reverse("chains:enterprise_search", args=[robot_chain.pk]), {"q": "沈抚"}).status_code == 403
    response = client.post(reverse("chains:placement_add", args=[robot_chain.pk]),
                           {"segment": segment.pk, "enterprise": reducer_maker.pk, "role": "core"})
    assert response.status_code == 403 and not segment.placements.exists()


def test_an_outsider_gets_not_found_everywhere(login, mallory, robot_chain):
    client = login(mallory)
    placement = SegmentEnterprise.objects.first()
    assert client.get(reverse("chains:chain_placements", args=[robot_chain.pk])).status_code == 404
    assert client.post(reverse("chains:placement_remove", args=[placement.pk])).status_code == 404
    assert client.get(reverse("chains:chain_outputs", args=[robot_chain.pk])).status_code == 404
    target = InvestmentTarget.objects.get()
    assert client.get(reverse("chains:investment_target_edit", args=[target.pk])).status_code == 404


def test_the_search_box_finds_zone_enterprises_by_name_or_credit_code(login, alice, robot_chain, reducer_maker,
                                                                     other_zone):
    Enterprise.objects.create(zone=other_zone, credit_code="91210400MA0OTHER01", name="沈抚别区减速器")
    client = login(alice)
    url = reverse("chains:enterprise_search", args=[robot_chain.pk])
    by_name = client.get(url, {"q": "减速器"}, **HTMX).content.decode()
    assert "沈抚精密减速器有限公司" in by_name and "沈抚别区减速器" not in by_name
    by_code = client.get(url, {"q": "91210400MA0REDUC"}, **HTMX).content.decode()
    assert f'value="{reducer_maker.pk}"' in by_code
    assert "没有名称或统一社会信用代码匹配" in client.get(url, {"q": "不存在的企业"}, **HTMX).content.decode()


def test_placing_an_enterprise_on_a_gap_segment_is_audited(login, alice, robot_chain, reducer_maker):
    segment = ChainSegment.objects.get(name="精密减速器")
    response = login(alice).post(reverse("chains:placement_add", args=[robot_chain.pk]),
                                 {"segment": segment.pk, "enterprise": reducer_maker.pk, "role": "core"})
    assert response.status_code == 302
    assert segment.placements.get().role == "core"
    entry = AuditEntry.objects.get(action="create", object_id=str(robot_chain.pk), note="链上企业")
    assert entry.actor == alice and entry.after["credit_code"] == "91210400MA0REDUC01"


def test_an_enterprise_of_another_zone_cannot_be_placed(login, alice, robot_chain, other_zone):
    foreign = Enterprise.objects.create(zone=other_zone, credit_code="91210400MA0OTHER01", name="外区企业")
    segment = ChainSegment.objects.get(name="精密减速器")
    response = login(alice).post(reverse("chains:placement_add", args=[robot_chain.pk]),
                                 {"segment": segment.pk, "enterprise": foreign.pk, "role": "core"})
    assert response.status_code == 400 and "请先搜索并选择本示范区的企业" in response.content.decode()
    assert not segment.placements.exists()


def test_placing_without_choosing_an_enterprise_or_twice_explains_why(login, alice, robot_chain):
    segment = ChainSegment.objects.get(name="机器人本体")
    url = reverse("chains:placement_add", args=[robot_chain.pk])
    missing = login(alice).post(url, {"segment": segment.pk, "role": "core"})
    assert "请先搜索并选择企业" in missing.content.decode()
    leader = segment.placements.get(role="leader").enterprise
    twice = login(alice).post(url, {"segment": segment.pk, "enterprise": leader.pk, "role": "leader"})
    assert "已在“机器人本体”环节" in twice.content.decode()


def test_removing_a_placement_is_audited_and_limited_to_the_department_in_charge(login, alice, bob, robot_chain):
    placement = SegmentEnterprise.objects.get(role="leader")
    url = reverse("chains:placement_remove", args=[placement.pk])
    assert login(bob).post(url).status_code == 403
    assert login(alice).post(url).status_code == 302
    assert not SegmentEnterprise.objects.filter(pk=placement.pk).exists()
    entry = AuditEntry.objects.get(action="delete", object_id=str(robot_chain.pk))
    assert entry.before["enterprise"] == "鹏悦科技有限公司" and entry.before["role"] == "leader"


def test_an_admin_manages_any_chain(login, admin, robot_chain):
    assert login(admin).get(reverse("chains:chain_placements", args=[robot_chain.pk])).status_code == 200


@pytest.mark.parametrize("extra", [5, 80])
def test_the_placements_page_runs_a_bounded_number_of_queries(login, alice, robot_chain, make_enterprises, extra,
                                                              django_assert_max_num_queries):
    segment = ChainSegment.objects.get(name="精密减速器")
    SegmentEnterprise.objects.bulk_create([SegmentEnterprise(segment=segment, enterprise=e)
                                           for e in make_enterprises(extra)])
    client = login(alice)
    with django_assert_max_num_queries(15):
        assert client.get(reverse("chains:chain_placements", args=[robot_chain.pk])).status_code == 200


# --- 招商 targets ---------------------------------------------------------------------------------------

def test_the_department_in_charge_edits_a_target_in_the_panel_and_it_is_audited(login, alice, robot_chain):
    target = InvestmentTarget.objects.get()
    url = reverse("chains:investment_target_edit", args=[target.pk])
    client = login(alice)
    assert "target-edit-form" in client.get(url, **HTMX).content.decode()
    prefix = f"target-{target.pk}"
    response = client.post(url, {f"{prefix}-company_name": target.company_name, f"{prefix}-location": "苏州",
                                 f"{prefix}-reason": "已赴苏州对接", f"{prefix}-status": "contacting"}, **HTMX)
    assert response.status_code == 200 and "已保存招商目标" in response.content.decode()
    target.refresh_from_db()
    assert target.status == "contacting"
    entry = AuditEntry.objects.get(action="update", content_type__model="investmenttarget")
    assert entry.before["status"] == "to_contact" and entry.after["status"] == "contacting"


def test_a_target_without_a_company_name_is_refused(login, alice, robot_chain):
    target = InvestmentTarget.objects.get()
    prefix = f"target-{target.pk}"
    response = login(alice).post(reverse("chains:investment_target_edit", args=[target.pk]),
                                 {f"{prefix}-company_name": "", f"{prefix}-status": "contacting"}, **HTMX)
    assert "target-edit-form" in response.content.decode()
    target.refresh_from_db()
    assert target.company_name == "苏州精密减速机股份有限公司" and target.status == "to_contact"


def test_another_department_and_readers_cannot_edit_targets(login, bob, leader, robot_chain):
    target = InvestmentTarget.objects.get()
    url = reverse("chains:investment_target_edit", args=[target.pk])
    prefix = f"target-{target.pk}"
    data = {f"{prefix}-company_name": "X", f"{prefix}-status": "dropped"}
    assert login(bob).post(url, data).status_code == 403
    assert login(leader).post(url, data).status_code == 403
    assert login(leader).get(url).status_code == 403
    target.refresh_from_db()
    assert target.status == "to_contact"
