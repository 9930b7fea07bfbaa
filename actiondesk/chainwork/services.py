"""Writes for 链长制: chain plans and their items, the chain leader's docket of problems, 链长会议 and their
decisions, each decision raised as a 督办单 (orders.services.raise_order). The chain's department, the chain's
链长 (its ``chief``) and admins write; every write is validated and audited."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from actiondesk.chainwork.choices import ProblemState
from actiondesk.chainwork.models import ChainMeeting, ChainPlan, ChainPlanItem, ChainProblem, MeetingDecision
from actiondesk.core.access import access_for
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import SYSTEM, can_edit, ensure_can_edit, ensure_in_zone, is_system
from actiondesk.core.values import check_instance
from actiondesk.orders.choices import OrderSourceKind
from actiondesk.orders.services import RAISERS, raise_order


def refused() -> str:
    return _("只有链长、产业链牵头部门和管理员可以修改")


def is_chief(user, chain) -> bool:
    return bool(chain.chief_id) and getattr(user, "pk", None) == chain.chief_id and not is_system(user)


def may_keep_docket(user, chain) -> bool:
    """The chain's 链长, its department in charge and the zone's admins keep its plan and docket."""
    return is_chief(user, chain) or can_edit(user, chain)


def _ensure_docket(acting_user, chain) -> None:
    if is_chief(acting_user, chain):
        return
    ensure_can_edit(acting_user, chain, refused())


def _save(obj) -> None:
    check_instance(obj)
    obj.full_clean()
    obj.save()


@transaction.atomic
def plan_save(*, chain, year: int, acting_user, technology_route: str = "", policies: str = "") -> ChainPlan:
    """The chain's plan for ``year`` (created on first save): its technology route and the policies that apply."""
    _ensure_docket(acting_user, chain)
    plan = ChainPlan.objects.filter(chain=chain, year=year).first()
    before = None if plan is None else snapshot(plan)
    plan = plan or ChainPlan(chain=chain, year=year)
    plan.technology_route, plan.policies = technology_route, policies
    check_instance(plan, years=("year",))
    plan.full_clean()
    plan.save()
    if before is None:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=plan, after=snapshot(plan))
    else:
        audit_update(actor=acting_user, instance=plan, before=before)
    return plan


@transaction.atomic
def plan_item_add(*, plan: ChainPlan, goal: str, owner_department, acting_user, measure: str = "",
                  due_on: datetime.date | None = None) -> ChainPlanItem:
    _ensure_docket(acting_user, plan.chain)
    ensure_in_zone(plan.chain.zone_id, owner_department=owner_department)
    item = ChainPlanItem(plan=plan, goal=goal, measure=measure, owner_department=owner_department, due_on=due_on)
    _save(item)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=item, after=snapshot(item),
                 zone=plan.chain.zone)
    return item


@transaction.atomic
def problem_record(*, chain, title: str, owner_department, raised_on: datetime.date, acting_user, detail: str = "",
                   raised_by: str = "department", raised_by_name: str = "",
                   due_on: datetime.date | None = None) -> ChainProblem:
    """A major problem the 链长 coordinates, with the department that owns its solution."""
    _ensure_docket(acting_user, chain)
    ensure_in_zone(chain.zone_id, owner_department=owner_department)
    problem = ChainProblem(chain=chain, title=title, detail=detail, raised_by=raised_by,
                           raised_by_name=raised_by_name, owner_department=owner_department, raised_on=raised_on,
                           due_on=due_on)
    _save(problem)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=problem, after=snapshot(problem))
    return problem


@transaction.atomic
def problem_update(*, problem: ChainProblem, acting_user, state: str, resolution: str = "") -> ChainProblem:
    _ensure_docket(acting_user, problem.chain)
    if state == ProblemState.RESOLVED and not resolution.strip():
        raise ValidationError({"resolution": _("请填写解决情况")})
    before = snapshot(problem)
    problem.state, problem.resolution = state, resolution
    _save(problem)
    audit_update(actor=acting_user, instance=problem, before=before)
    return problem


@transaction.atomic
def meeting_record(*, chain, title: str, held_on: datetime.date, acting_user, minutes: str = "") -> ChainMeeting:
    _ensure_docket(acting_user, chain)
    meeting = ChainMeeting(chain=chain, title=title, held_on=held_on, minutes=minutes,
                           recorded_by=None if is_system(acting_user) else acting_user)
    _save(meeting)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=meeting, after=snapshot(meeting))
    return meeting


@transaction.atomic
def decision_record(*, meeting: ChainMeeting, text: str, departments, due_on: datetime.date, acting_user,
                    problem: ChainProblem | None = None) -> MeetingDecision:
    """A meeting's decision, assigned to ``departments``; it is raised at once as a 督办单 (source: 会议纪要).
    The 链长 (a leader) raises it in their own name; a department keeping the docket records the decision and the
    platform raises the order on the meeting's behalf."""
    chain = meeting.chain
    _ensure_docket(acting_user, chain)
    departments = list(departments)
    if not departments:
        raise ValidationError({"departments": _("请指定承办部门")})
    for department in departments:
        ensure_in_zone(chain.zone_id, department=department)
    if problem is not None and problem.chain_id != chain.pk:
        raise ValidationError({"problem": _("问题不属于该产业链")})
    decision = MeetingDecision(meeting=meeting, text=text, problem=problem, due_on=due_on)
    _save(decision)
    decision.departments.set(departments)
    access = None if is_system(acting_user) else access_for(acting_user)
    raiser = acting_user if access is not None and access.role in RAISERS else SYSTEM
    decision.order = raise_order(
        acting_user=raiser, zone=chain.zone, subject=_("%(chain)s链长会议：%(text)s") % {"chain": chain.name,
                                                                                    "text": text[:60]},
        instruction=text, departments=departments, due_on=due_on, source=decision,
        source_kind=OrderSourceKind.MEETING, source_label=f"{meeting.title}（{meeting.held_on:%Y-%m-%d}）")
    decision.save(update_fields=["order"])
    if problem is not None and problem.state == ProblemState.OPEN:
        problem.state = ProblemState.IN_PROGRESS
        problem.save(update_fields=["state"])
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=meeting,
                 after={"decision": text, "order": decision.order_id, "due_on": due_on,
                        "departments": [d.name for d in departments]}, note=_("会议议定事项转督办单"))
    return decision
