"""Writes for 链长制: the chain leader's docket of problems, 链长会议 and their decisions, each decision raised as
a 督办单 (orders.services.raise_order); chain plans are written in ``services_plans`` (re-exported here). The
chain's department, the chain's 链长 (its ``chief``) and admins write; every write is validated and audited."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.chainwork.choices import ProblemState
from actiondesk.chainwork.keepers import _ensure_docket, _save, is_chief, may_keep_docket, refused  # noqa: F401
from actiondesk.chainwork.models import ChainMeeting, ChainProblem, MeetingDecision
from actiondesk.chainwork.services_plans import (  # noqa: F401 (one place to find every chainwork write)
    item_milestone_add,
    plan_item_add,
    plan_save,
    route_step_add,
)
from actiondesk.core.access import access_for
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import SYSTEM, ensure_in_zone, is_system
from actiondesk.orders.choices import OrderSourceKind
from actiondesk.orders.services import RAISERS, raise_order


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
    if state == ProblemState.RESOLVED and problem.state != ProblemState.RESOLVED:
        problem.resolved_on = timezone.localdate()
    elif state != ProblemState.RESOLVED:
        problem.resolved_on = None
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
