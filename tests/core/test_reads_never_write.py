"""Issue 8.10: opening a page writes nothing.

Every URL pattern (pages and API routes) is opened with GET as every role and as an outsider; the row
count of every model (sessions aside: signing in makes one) is the same afterwards. Drafts, ladders,
settings and audit rows come from explicit services and migrations, never from a read. A new URL whose
parameters this test cannot fill makes it fail until its objects are named in PK_OF.
"""
import datetime

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver, reverse

from actiondesk.chains.models import Chain, ChainSegment, InvestmentTarget, SegmentEnterprise
from actiondesk.chainwork.services import meeting_record, plan_item_add, plan_save, problem_record
from actiondesk.core.models import Job, Notification
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.services import token_create
from actiondesk.enterprises.models import (
    Certification,
    Criterion,
    Enterprise,
    PolicyNote,
)
from actiondesk.finance import services as finance
from actiondesk.innovation import services as innovation_services
from actiondesk.innovation import services_scenes as innovation_scenes
from actiondesk.investment.services import lead_create
from actiondesk.orders import services as orders
from actiondesk.orders.models import OrderAttachment
from actiondesk.parks.models import Building, LandParcel, Park
from actiondesk.plans.models import Indicator, Milestone, PlanDraft, Task
from actiondesk.projects.models import ApprovalStep, FactorNeed, Project, ProjectApproval, ProjectProblem
from actiondesk.supervision import services
from actiondesk.supervision.periods import periods_ensure
from actiondesk.supervision.responsibility import responsibilities
from actiondesk.transformation.models import (
    Diagnosis,
    FactoryRating,
    SceneGuide,
    Solution,
    TransformationCase,
    TransformationProject,
)

pytestmark = pytest.mark.django_db
D = datetime.date
SKIPPED = {"logout", "set_language", "api:api-root"}  # sign-out and the language switch are meant to change state
# Which object a route's ``pk`` names, by URL name prefix (longest prefix wins).
PK_OF = {
    "plans:task_detail": "task", "plans:indicator": "indicator", "plans:milestone": "milestone", "plans:bind_suggested_metrics": "plan",
    "plans:import_review": "draft", "supervision:indicator_revise": "indicator",
    "supervision:settings_indicator": "indicator", "supervision:report": "report",
    "supervision:attachment_download": "attachment", "jobs:": "job",
    "org:user": "user", "org:department": "department", "token_revoke": "token",
    "enterprises:criterion_edit": "criterion", "enterprises:": "enterprise", "projects:": "project",
    "chains:placement_remove": "placement", "chains:investment_target_edit": "target",
    "chains:segment_panel": "segment", "chains:investment_target_create": "segment", "chains:": "chain",
    "transformation:project_": "transformation_project", "transformation:enterprise_": "enterprise",
    "transformation:rating_": "rating", "transformation:diagnosis_": "diagnosis", "transformation:case_": "case",
    "transformation:solution_": "solution",
    "orders:attachment_download": "order_attachment", "orders:": "order", "notifications:": "notification",
    "innovation:achievement": "achievement", "innovation:scene": "scene",
    "demands:part_answer": "demand_part", "demands:leader_page": "leader", "demands:policy": "demand_policy",
    "demands:beneficiary": "beneficiary", "demands:repayment_add": "arrear", "demands:registration": "registration",
    "demands:portal_figures": "figure_request", "demands:enterprise_panel": "enterprise", "demands:": "demand",
    "parks:": "park", "parks:building_update": "building", "parks:readiness_set": "parcel",
    "parks:parcel_edit": "parcel",
    "finance:fund_": "fund", "finance:investment_": "fund_investment", "finance:event_": "finance_event",
    "finance:loan_": "loan", "finance:pool_": "pool", "finance:listing_": "listing_step",
    "enterprises:tenancy_add": "park", "investment:": "lead",
    "chainwork:": "chain", "chainwork:problem_update": "chain_problem", "chainwork:decision_add": "meeting",
    "chainwork:leader": "user", "chainwork:item_milestone_add": "chain_plan_item",
}
# Other parameters, by name.
PARAMETER = {"plan_pk": "plan", "plan_id": "plan", "period_pk": "period", "period_id": "period",
             "report_id": "report", "indicator_id": "indicator", "task_id": "task", "attachment_id": "attachment",
             "enterprise_id": "enterprise", "project_id": "project", "chain_id": "chain", "cert_pk": "certification",
             "note_pk": "policy_note", "problem_pk": "problem", "need_pk": "need", "need_id": "need", "job_pk": "job",
             "milestone_id": "milestone",
             "order_id": "order",
             "other_pk": "scene_other", "scene_id": "scene", "other_id": "scene_other",
             "demand_id": "demand", "part_id": "demand_part",
             "park_id": "park", "parcel_id": "parcel", "lead_id": "lead", "loan_id": "loan",
             "fund_pk": "fund", "loan_pk": "loan", "approval_pk": "approval", "step_pk": "approval_step",
             "approval_id": "approval", "chain_plan_id": "chain_plan", "item_id": "chain_plan_item",
             "meeting_id": "meeting", "chain_problem_id": "chain_problem",
             "fund_id": "fund", "investment_id": "fund_investment", "event_id": "finance_event", "pool_id": "pool",
             "listing_step_id": "listing_step"}
LITERAL = {"kind": "specialised_sme", "code": "2026-06", "fmt": "xlsx", "year": 2026, "industry": "equipment",
           "area": "enterprises.pool"}


def _demands_objects(zone, enterprise, innovation, alice, leader, bob):
    """The demands app's objects: a demand of the enterprise with a cooperating part, its contact, a visit, a policy
    with a beneficiary, an arrear, a pending registration and a request for figures."""
    from actiondesk.demands import services, services_portal, services_registry
    from actiondesk.demands.models import PolicyBeneficiary, PortalRegistration

    category = services_registry.category_save(zone=zone, name="用地", accept_days=5, resolve_days=30, owner=alice,
                                               acting_user=SYSTEM)
    demand = services.demand_raise(enterprise=enterprise, category=category, title="用地", acting_user=SYSTEM,
                                   channel="hotline", today=D(2026, 9, 1))
    services.demand_accept(demand=demand, parts=[(bob.membership.department, "核定")], acting_user=SYSTEM)
    policy = services_registry.policy_save(zone=zone, title="政策", issuer="管委会", department=innovation,
                                           benefit="补助", automatic=True, acting_user=SYSTEM)
    return {
        "demand": demand, "demand_part": demand.parts.get(), "leader": leader, "demand_policy": policy,
        "beneficiary": PolicyBeneficiary.objects.create(policy=policy, enterprise=enterprise),
        "arrear": services_registry.arrear_create(enterprise=enterprise, debtor="某街道", department=innovation,
                                                  amount=10, due_on=D(2026, 1, 1), acting_user=SYSTEM),
        "registration": PortalRegistration.objects.create(
            zone=zone, credit_code="91210400MA00000017", enterprise_name="企业", contact_name="张", contact_phone="1",
            username="zhang", password_hash="x"),
        "figure_request": services_portal.figure_request_create(enterprise=enterprise, year=2025,
                                                                due_on=D(2026, 12, 1), acting_user=SYSTEM),
        "contact": services_portal.contact_create(enterprise=enterprise, username="qiye01", password="pw-test-2026",
                                                  acting_user=SYSTEM).user,
        "visit": services_registry.visit_record(enterprise=enterprise, visited_on=D(2026, 9, 2), leader=leader,
                                                acting_user=SYSTEM),
    }


@pytest.fixture
def zone_objects(plan, departments, admin, alice, bob, leader, settings, tmp_path, gold_reading):
    """One of everything a page can show, created through services or directly (never by a GET)."""
    settings.MEDIA_ROOT = tmp_path
    zone, innovation = plan.zone, departments["产业创新局"]
    periods = {p.month: p for p in periods_ensure(plan=plan, acting_user=SYSTEM)}
    duty = responsibilities(plan.pk)
    report = services.report_open(period=periods[6], acting_user=alice)
    task = Task.objects.get(pk=next(iter(duty.tasks_of(innovation.pk))))
    attachment = services.attachment_add_to_task(report=report, task=task, acting_user=alice, uploaded_file=(
        SimpleUploadedFile("证明.pdf", b"%PDF-1.4 test", content_type="application/pdf")))
    services.report_submit(report=report, acting_user=alice)
    project = Project.objects.create(zone=zone, code="P-1", name="项目", lead_department=innovation)
    order = orders.raise_order(acting_user=SYSTEM, zone=zone, subject="督办", instruction="办理",
                               departments=[innovation], due_on=D(2026, 9, 30), source=task)
    orders.reply_order(acting_user=alice, order=order, text="已办", files=[
        SimpleUploadedFile("落实.pdf", b"%PDF-1.4 test", content_type="application/pdf")])
    enterprise = Enterprise.objects.create(zone=zone, credit_code="91210400MA00000017", name="企业")
    chain = Chain.objects.create(zone=zone, name="特种机器人", department=innovation)
    segment = ChainSegment.objects.create(chain=chain, position="upstream", name="减速器")
    scene, scene_other = _scenes(zone, departments)
    park = Park.objects.create(zone=zone, name="联东U谷", department=departments["发展改革局"])
    transformation_project = TransformationProject.objects.create(enterprise=enterprise, name="联网")
    solution = Solution.objects.create(zone=zone, name="轻量MES")
    SceneGuide.objects.create(zone=zone, industry="equipment", scenes="设备联网")
    return {
        "transformation_project": transformation_project, "solution": solution,
        "diagnosis": Diagnosis.objects.create(enterprise=enterprise, diagnosed_on=D(2026, 3, 1), level_overall=2),
        "rating": FactoryRating.objects.create(enterprise=enterprise, kind="smart", level="basic"),
        "case": TransformationCase.objects.create(project=transformation_project, title="案例"),
        "achievement": innovation_services.achievement_create(
            zone=zone, acting_user=SYSTEM, found_on=D(2026, 2, 1), code="CG-1", title="成果", institution="东北大学"),
        "scene": scene, "scene_other": scene_other,
        "plan": plan, "period": periods[6], "report": report, "task": task, "attachment": attachment,
        "milestone": Milestone.objects.create(task=task, title="出台办法", due_date=datetime.date(2026, 6, 30),
                                              department=innovation),
        "indicator": Indicator.objects.filter(plan=plan, lead_department=innovation).first(),
        "draft": PlanDraft.objects.create(zone=zone, source_name="plan.txt", reading=gold_reading, uploaded_by=admin),
        "job": Job.objects.create(zone=zone, user=alice, kind="enterprises.import", target=f"zone:{zone.pk}",
                                  title="a.xlsx", status="failed"),
        "user": alice, "department": innovation, "token": token_create(user=alice, name="脚本", acting_user=SYSTEM)[0],
        "criterion": Criterion.objects.filter(rule_set__rung__ladder__zone=zone).first(),
        "enterprise": enterprise, "project": project, "chain": chain, "segment": segment,
        "placement": SegmentEnterprise.objects.create(segment=segment, enterprise=enterprise),
        "target": InvestmentTarget.objects.create(segment=segment, company_name="目标公司"),
        "certification": Certification.objects.create(enterprise=enterprise, kind="tech_sme",
                                                      granted_on=D(2026, 3, 1)),
        "policy_note": PolicyNote.objects.create(enterprise=enterprise, need="融资", owner_department=innovation),
        "problem": ProjectProblem.objects.create(project=project, description="缺电", raised_on=D(2026, 3, 1)),
        "approval_step": ApprovalStep.objects.filter(zone=zone).first(),
        "approval": ProjectApproval.objects.create(project=project, step=ApprovalStep.objects.filter(zone=zone).first()),
        "need": FactorNeed.objects.create(project=project, kind="land", department=innovation,
                                          planned_on=D(2026, 9, 1)),
        "order": order, "order_attachment": OrderAttachment.objects.get(reply__order=order),
        "notification": Notification.objects.filter(recipient=alice).first(),
        **_demands_objects(zone, enterprise, innovation, alice, leader, bob),
        **_finance_objects(zone, enterprise),
        "chain_problem": problem_record(chain=chain, title="问题", owner_department=innovation,  # set-up
                                        raised_on=D(2026, 3, 1), acting_user=SYSTEM),
        "meeting": meeting_record(chain=chain, title="会议", held_on=D(2026, 3, 1), acting_user=SYSTEM),  # set-up
        "chain_plan": (chain_plan := plan_save(chain=chain, year=2026, acting_user=SYSTEM)),  # set-up
        "chain_plan_item": plan_item_add(plan=chain_plan, goal="目标", owner_department=innovation,  # set-up
                                         acting_user=SYSTEM),
        "lead": lead_create(zone=zone, acting_user=SYSTEM, company_name="目标公司", chain=chain,  # set-up
                            created_on=D(2026, 3, 1)),
        "park": park, "building": Building.objects.create(park=park, name="1号楼", floor_area_m2=100),
        "parcel": LandParcel.objects.create(park=park, code="D-1", area_mu=10),
    }


def _finance_objects(zone, enterprise):
    """A fund with an investment, an event, a pool and a loan under its cover, a listing rung (set-up as SYSTEM)."""
    fund = finance.fund_create(zone=zone, acting_user=SYSTEM, name="基金", size=100)
    pool = finance.pool_create(zone=zone, acting_user=SYSTEM, name="资金池", size=100)
    return {
        "fund": fund, "pool": pool,
        "fund_investment": finance.fund_invest(fund=fund, enterprise=enterprise, amount=1, invested_on=D(2026, 3, 1),
                                               acting_user=SYSTEM),
        "finance_event": finance.event_create(zone=zone, acting_user=SYSTEM, name="对接会", held_on=D(2026, 3, 1)),
        "loan": finance.loan_record(zone=zone, enterprise=enterprise, acting_user=SYSTEM, bank="银行", amount=10,
                                    granted_on=D(2026, 3, 1), pool=pool),
        "listing_step": finance.listing_step_record(enterprise=enterprise, stage="tutoring", acting_user=SYSTEM),
    }


def _scenes(zone, departments):
    make = innovation_scenes.scene_create
    return (make(zone=zone, acting_user=SYSTEM, kind="demand", title="需求", description="焊缝检测", party="企业",
                 department=departments["发展改革局"]),
            make(zone=zone, acting_user=SYSTEM, kind="supply", title="供给", description="焊缝视觉检测", party="厂商",
                 department=departments["产业创新局"]))


def _routes(patterns=None, namespace=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue  # Django's admin is the security issue's subject, not a page of the application
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _routes(pattern.url_patterns, inner)
        elif pattern.name:
            yield namespace + pattern.name, pattern


def _object_for_pk(url_name):
    prefixes = [p for p in PK_OF if url_name.startswith(p)]
    return PK_OF[max(prefixes, key=len)] if prefixes else None


def _urls(objects):
    urls, unknown = set(), []
    for url_name, pattern in _routes():
        if url_name in SKIPPED:
            continue
        kwargs = {}
        for parameter in pattern.pattern.regex.groupindex:
            key = _object_for_pk(url_name) if parameter == "pk" else PARAMETER.get(parameter)
            if key is not None:
                kwargs[parameter] = objects[key].pk
            elif parameter in LITERAL:
                kwargs[parameter] = LITERAL[parameter]
            else:
                unknown.append(f"{url_name}: {parameter}")
        if not unknown:
            urls.add(reverse(url_name, kwargs=kwargs))
    return sorted(urls), unknown


def _row_counts() -> dict:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()
            # Signing in makes a session and django-axes' access log: the login's records, not a page's.
            if model._meta.label != "sessions.Session" and model._meta.app_label != "axes"}


def test_opening_every_page_as_every_role_writes_no_row(zone_objects, login, client, admin, leader, supervisor,
                                                        alice, bob, mallory):
    urls, unknown = _urls(zone_objects)
    assert unknown == [], "name the objects these URL parameters refer to in PK_OF / PARAMETER"
    assert len(urls) > 90
    before = _row_counts()
    failures = []
    for user in (admin, leader, supervisor, alice, bob, mallory, zone_objects["contact"]):
        client.force_login(user)
        client.raise_request_exception = False
        for url in urls:
            status = client.get(url).status_code
            if status >= 500:
                failures.append((user.username, url, status))
    after = _row_counts()
    assert failures == []
    assert {k: (before[k], after[k]) for k in before if before[k] != after[k]} == {}
