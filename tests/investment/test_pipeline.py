import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Sum
from django.urls import reverse

from actiondesk.core.audit import entries_for
from actiondesk.core.scoping import SYSTEM
from actiondesk.investment import selectors, services
from actiondesk.investment.models import Lead
from actiondesk.projects import services as project_services
from actiondesk.projects.models import Project

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 1)


def test_a_signed_lead_becomes_its_ledger_project_and_the_investment_has_one_record(carol, reducer_lead, zone):
    """Worked example: 50,000 万元 discussed on the lead; on signing the ledger project is made from the lead
    (name, investor, chain, department, amount), the lead keeps no amount of its own, and a later correction
    on the project is what the lead shows; the zone's total counts the investment once."""
    services.lead_advance(lead=reducer_lead, stage="signed", on=datetime.date(2026, 5, 10), acting_user=carol,
                          today=TODAY)
    lead = Lead.objects.select_related("project").get(pk=reducer_lead.pk)
    project = lead.project
    assert (project.investor_name, project.chain_id, project.lead_department.name, project.stage,
            project.signed_on, project.total_investment) == (
        "苏州精密减速机股份有限公司", lead.chain_id, "投资促进局", "signed", datetime.date(2026, 5, 10), Decimal("50000"))
    assert lead.expected_investment is None and lead.investment == Decimal("50000")
    project_services.project_update(project=project, acting_user=carol, total_investment=Decimal("52000"))
    lead.refresh_from_db()
    assert lead.investment == Decimal("52000")
    ledger = Project.objects.filter(zone=zone).aggregate(total=Sum("total_investment"))["total"]
    pipeline = Lead.objects.filter(zone=zone, project__isnull=True).aggregate(t=Sum("expected_investment"))["t"]
    assert ledger + (pipeline or 0) == Decimal("52000")
    assert entries_for(lead).filter(action="workflow").count() == 4  # 接触, 考察, 洽谈, 签约


def test_signing_links_a_project_the_ledger_already_has_instead_of_a_second_one(carol, reducer_lead, zone,
                                                                                departments):
    existing = project_services.project_create(zone=zone, acting_user=carol, code="SF-2026-900", name="减速器项目",
                                               lead_department=departments["投资促进局"],
                                               total_investment=Decimal("48000"))
    services.lead_advance(lead=reducer_lead, stage="signed", on=datetime.date(2026, 5, 10), project=existing,
                          acting_user=carol, today=TODAY)
    assert Project.objects.filter(zone=zone).count() == 1
    existing.refresh_from_db()
    assert existing.stage == "signed" and Lead.objects.get(pk=reducer_lead.pk).investment == Decimal("48000")


def test_stages_only_move_forward_on_dates_in_order(carol, reducer_lead):
    with pytest.raises(ValidationError):
        services.lead_advance(lead=reducer_lead, stage="contact", on=TODAY, acting_user=carol, today=TODAY)
    with pytest.raises(ValidationError):
        services.lead_advance(lead=reducer_lead, stage="signed", on=datetime.date(2026, 4, 1), acting_user=carol,
                              today=TODAY)
    with pytest.raises(ValidationError):
        services.lead_advance(lead=reducer_lead, stage="signed", on=datetime.date(2026, 12, 1), acting_user=carol,
                              today=TODAY)


def test_only_the_pipeline_department_or_an_admin_records_and_moves_leads(alice, bob, carol, admin, reducer_lead,
                                                                           zone, robot_chain):
    for outsider in (alice, bob):
        with pytest.raises(PermissionDenied):
            services.lead_create(zone=zone, acting_user=outsider, company_name="X", chain=robot_chain)
        with pytest.raises(PermissionDenied):
            services.lead_advance(lead=reducer_lead, stage="dropped", on=TODAY, acting_user=outsider, today=TODAY)
    lead = services.lead_create(zone=zone, acting_user=carol, company_name="Y", chain=robot_chain)
    assert lead.department.name == "投资促进局" and lead.stage == "lead"


def test_conversion_counts_by_chain_and_by_source_with_dropped_leads_at_the_stage_they_reached(
        carol, reducer_lead, zone, robot_chain):
    services.lead_advance(lead=reducer_lead, stage="signed", on=datetime.date(2026, 5, 10), acting_user=carol,
                          today=TODAY)
    other = services.lead_create(zone=zone, acting_user=carol, company_name="深圳某公司", chain=robot_chain,
                                 source="event", created_on=datetime.date(2026, 3, 1))
    services.lead_advance(lead=other, stage="contact", on=datetime.date(2026, 4, 1), acting_user=carol, today=TODAY)
    services.lead_advance(lead=other, stage="dropped", on=datetime.date(2026, 5, 1), acting_user=carol, today=TODAY)
    by_chain = selectors.conversion(Lead.objects.all(), by="chain")
    assert by_chain[0]["reached"] == [2, 2, 1, 1, 1] and by_chain[0]["rate"] == Decimal("50.0")
    assert by_chain[0]["investment"] == Decimal("50000") and by_chain[0]["dropped"] == 1
    by_source = {r["label"]: r for r in selectors.conversion(Lead.objects.all(), by="source")}
    assert by_source["链主推荐"]["signed"] == 1 and by_source["展会活动"]["signed"] == 0


def test_the_chain_map_shows_each_gap_segments_leads_and_projects(login, leader, carol, reducer_lead, robot_chain,
                                                                  django_assert_max_num_queries):
    services.lead_advance(lead=reducer_lead, stage="signed", on=datetime.date(2026, 5, 10), acting_user=carol,
                          today=TODAY)
    client = login(leader)
    client.get(reverse("chains:chain_map", args=[robot_chain.pk]))
    with django_assert_max_num_queries(30):
        body = client.get(reverse("chains:chain_map", args=[robot_chain.pk])).content.decode()
    assert 'id="chain-pipeline"' in body and 'data-segment="精密减速器"' in body
    assert "苏州精密减速机股份有限公司" in body and Lead.objects.get(pk=reducer_lead.pk).project.code in body


def test_the_pipeline_pages_refuse_an_outsider_and_filter_the_export(login, mallory, leader, reducer_lead):
    client = login(mallory)
    assert "苏州精密减速机" not in client.get(reverse("investment:lead_list")).content.decode()
    assert client.get(reverse("investment:lead_detail", args=[reducer_lead.pk])).status_code == 404
    assert client.get(f"/api/investment/leads/{reducer_lead.pk}").status_code == 404
    reader = login(leader)
    assert reader.get(reverse("investment:lead_list") + "?stage=nope&export=xlsx").status_code == 400
    assert reader.get(reverse("investment:lead_list") + "?stage=negotiation&export=xlsx").status_code == 200
    body = reader.get(reverse("investment:conversion")).content.decode()
    assert 'data-row="链主推荐"' in body and "conversion-data" in body
    assert 'id="conversion-chains"' in body and "conversion-chain-data" in body  # signed per chain, charted


def test_the_api_moves_a_lead_to_signed_and_answers_with_its_project(login, carol, alice, reducer_lead):
    url = f"/api/investment/leads/{reducer_lead.pk}/stage"
    assert login(alice).post(url, {"stage": "signed", "on": "2026-05-10"},
                             content_type="application/json").status_code == 403
    response = login(carol).post(url, {"stage": "signed", "on": "2026-05-10"}, content_type="application/json")
    assert response.status_code == 200 and response.json()["project_code"].startswith("ZS2026-")
    assert response.json()["investment"] == "50000.00" or float(response.json()["investment"]) == 50000


def test_a_lead_on_another_zones_chain_is_refused(zone, other_zone, robot_chain):
    from actiondesk.chains.models import Chain

    foreign = Chain.objects.create(zone=other_zone, name="别区的链")
    with pytest.raises(ValidationError):
        services.lead_create(zone=zone, acting_user=SYSTEM, company_name="X", chain=foreign)  # direct caller
