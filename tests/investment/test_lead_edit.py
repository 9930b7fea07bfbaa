"""A lead's edit page and PATCH endpoint: its keepers (the pipeline department, admins) change the lead's own
fields (audited); the stage stays on the stage form; refused values are shown beside what was typed."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from actiondesk.chains.models import Chain
from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.investment import services
from actiondesk.investment.models import Lead

pytestmark = pytest.mark.django_db


def _data(lead, **values):
    data = {"company_name": lead.company_name, "company_location": "无锡", "chain": lead.chain_id,
            "segment": lead.segment_id, "source": lead.source, "referrer_credit_code": "91210400MA0LEADER1",
            "source_note": "链主推荐", "owner": "", "expected_investment": "60000", "note": "已赴无锡考察"}
    data.update(values)
    return data


def test_the_lead_page_links_to_the_edit_page_for_its_keepers_only(login, carol, alice, reducer_lead):
    url = reverse("investment:lead_edit", args=[reducer_lead.pk])
    assert url in login(carol).get(reverse("investment:lead_detail", args=[reducer_lead.pk])).content.decode()
    assert url not in login(alice).get(reverse("investment:lead_detail", args=[reducer_lead.pk])).content.decode()


def test_the_pipeline_department_changes_a_leads_fields_and_it_is_audited(login, carol, reducer_lead):
    client = login(carol)
    body = client.get(reverse("investment:lead_edit", args=[reducer_lead.pk])).content.decode()
    assert 'value="苏州精密减速机股份有限公司"' in body and 'value="91210400MA0LEADER1"' in body
    assert 'name="department"' not in body  # only an admin hands a lead to another department
    response = client.post(reverse("investment:lead_edit", args=[reducer_lead.pk]), _data(reducer_lead, owner=carol.pk))
    assert response.status_code == 302
    lead = Lead.objects.get(pk=reducer_lead.pk)
    assert lead.company_location == "无锡" and lead.expected_investment == Decimal("60000") and lead.owner == carol
    assert lead.stage == "negotiation" and lead.referrer.name == "鹏悦科技有限公司"
    entry = AuditEntry.objects.filter(action="update", content_type__model="lead", object_id=str(lead.pk)).get()
    assert entry.actor == carol and entry.after["company_location"] == "无锡"


def test_a_refused_value_is_shown_and_what_was_typed_stays(login, carol, reducer_lead):
    chain = Chain.objects.create(zone=reducer_lead.zone, name="新材料", kind="strategic", industry="materials")
    response = login(carol).post(reverse("investment:lead_edit", args=[reducer_lead.pk]),
                                 _data(reducer_lead, chain=chain.pk, company_location="常州",
                                       referrer_credit_code="NOSUCHCODE"))
    body = response.content.decode()
    assert response.status_code == 200 and 'value="常州"' in body and 'value="NOSUCHCODE"' in body
    assert "企业库中没有这个统一社会信用代码" in body
    response = login(carol).post(reverse("investment:lead_edit", args=[reducer_lead.pk]),
                                 _data(reducer_lead, chain=chain.pk, company_location="常州"))
    body = response.content.decode()
    assert response.status_code == 200 and "环节不属于该产业链" in body and 'value="常州"' in body
    assert Lead.objects.get(pk=reducer_lead.pk).company_location == "苏州"
    assert not AuditEntry.objects.filter(action="update", content_type__model="lead").exists()


def test_a_signed_leads_investment_is_the_projects_and_not_on_the_form(login, carol, reducer_lead):
    services.lead_advance(lead=reducer_lead, stage="signed", on=datetime.date(2026, 5, 10), acting_user=SYSTEM,
                          today=datetime.date(2026, 11, 1))  # test set-up
    client = login(carol)
    body = client.get(reverse("investment:lead_edit", args=[reducer_lead.pk])).content.decode()
    assert 'name="expected_investment"' not in body and "投资额以台账项目为准" in body
    data = _data(reducer_lead, note="已签约，待开工")
    data.pop("expected_investment")
    assert client.post(reverse("investment:lead_edit", args=[reducer_lead.pk]), data).status_code == 302
    assert Lead.objects.get(pk=reducer_lead.pk).note == "已签约，待开工"


def test_other_departments_readers_and_outsiders_cannot_edit_a_lead(login, alice, leader, mallory, reducer_lead):
    url = reverse("investment:lead_edit", args=[reducer_lead.pk])
    assert login(alice).get(url).status_code == 403
    assert login(alice).post(url, _data(reducer_lead)).status_code == 403
    assert login(leader).post(url, _data(reducer_lead)).status_code == 403
    assert login(mallory).get(url).status_code == 404
    assert login(mallory).post(url, _data(reducer_lead)).status_code == 404
    assert Lead.objects.get(pk=reducer_lead.pk).company_location == "苏州"


def test_an_admin_hands_a_lead_to_another_department(login, admin, reducer_lead, departments):
    response = login(admin).post(reverse("investment:lead_edit", args=[reducer_lead.pk]),
                                 _data(reducer_lead, department=departments["产业创新局"].pk))
    assert response.status_code == 302 and Lead.objects.get(pk=reducer_lead.pk).department.name == "产业创新局"


def test_the_api_patches_a_leads_fields_and_refuses_others(login, carol, alice, mallory, reducer_lead, departments):
    url = f"/api/investment/leads/{reducer_lead.pk}"
    body = {"company_location": "无锡", "expected_investment": "55000"}
    assert login(alice).patch(url, body, content_type="application/json").status_code == 403
    assert login(mallory).patch(url, body, content_type="application/json").status_code == 404
    response = login(carol).patch(url, body, content_type="application/json")
    assert response.status_code == 200 and response.json()["investment"] == "55000.00"
    lead = Lead.objects.get(pk=reducer_lead.pk)
    assert lead.company_location == "无锡" and lead.source_note == "" and lead.referrer is not None  # others kept
    assert AuditEntry.objects.filter(action="update", content_type__model="lead", actor=carol).exists()
    refused = login(carol).patch(url, {"department_id": departments["产业创新局"].pk}, content_type="application/json")
    assert refused.status_code == 403
    assert login(carol).patch(url, {"chain_id": 999999}, content_type="application/json").status_code == 422
    assert Lead.objects.get(pk=reducer_lead.pk).department.name == "投资促进局"
