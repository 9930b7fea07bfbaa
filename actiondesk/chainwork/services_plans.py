"""Writes to chain plans (一链一计划一政策): the plan of a chain and year with the key task it carries out, the
policies of the library that apply (``demands.Policy``) and a note; its items, each with milestones (工作节点) that
are milestones of that task (``plans.services_milestones``), so the plan's reminders, the departments' milestone grid
and the task's status count them; and the technology route, step by step per segment."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from actiondesk.chainwork import selectors
from actiondesk.chainwork.choices import RouteStage
from actiondesk.chainwork.keepers import _ensure_docket, _save
from actiondesk.chainwork.models import ChainPlan, ChainPlanItem, RouteStep
from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import SYSTEM, ensure_in_zone
from actiondesk.core.values import check_instance
from actiondesk.plans.choices import EvidenceKind
from actiondesk.plans.services_milestones import can_add_to, milestone_create

MILESTONE_TITLE_MAX = 200


def _check_task(chain, year: int, task) -> None:
    if task is not None and (task.plan.zone_id != chain.zone_id or task.plan.year != year):
        raise ValidationError({"task": _("重点任务须是本示范区当年方案的任务")})


@transaction.atomic
def plan_save(*, chain, year: int, acting_user, technology_route: str = "", policy_note: str = "",
              policies=None, task=None) -> ChainPlan:
    """The chain's plan for ``year`` (created on first save): the key task it carries out (by default the year's
    first task naming 产业链), its technology route, the library's policies that apply (None keeps them) and a
    note on them."""
    _ensure_docket(acting_user, chain)
    plan = ChainPlan.objects.filter(chain=chain, year=year).select_related("task__plan").first()
    before = None if plan is None else {**snapshot(plan), "policies": sorted(plan.policies.values_list("pk", flat=True))}
    plan = plan or ChainPlan(chain=chain, year=year)
    task = task or plan.task or selectors.chain_task(chain.zone_id, year)
    _check_task(chain, year, task)
    if plan.pk and task != plan.task and plan.items.filter(milestones__isnull=False).exists():
        raise ValidationError({"task": _("计划事项已有工作节点，不能更换重点任务")})
    plan.technology_route, plan.policy_note, plan.task = technology_route, policy_note, task
    check_instance(plan, years=("year",))
    plan.full_clean()
    plan.save()
    if policies is not None:
        policies = list(policies)
        for policy in policies:
            ensure_in_zone(chain.zone_id, policy=policy)
        plan.policies.set(policies)
    after = {**snapshot(plan), "policies": sorted(plan.policies.values_list("pk", flat=True))}
    if before is None:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=plan, after=after)
    elif before != after:
        audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=plan, before=before, after=after)
    return plan


@transaction.atomic
def plan_item_add(*, plan: ChainPlan, goal: str, owner_department, acting_user, measure: str = "",
                  due_on: datetime.date | None = None) -> ChainPlanItem:
    """An item of the plan; with ``due_on`` its first milestone is the goal itself, due then."""
    _ensure_docket(acting_user, plan.chain)
    ensure_in_zone(plan.chain.zone_id, owner_department=owner_department)
    item = ChainPlanItem(plan=plan, goal=goal, measure=measure, owner_department=owner_department)
    _save(item)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=item, after=snapshot(item),
                 zone=plan.chain.zone)
    if due_on is not None:
        item_milestone_add(item=item, title=goal, due_date=due_on, acting_user=acting_user)
    return item


def milestone_title(chain, title: str) -> str:
    """A milestone's deliverable names its chain (milestone titles are unique within a task, and five chains share
    the task)."""
    title = (title or "").strip()
    if not title or title.startswith(chain.name):
        return title[:MILESTONE_TITLE_MAX]
    return f"{chain.name}：{title}"[:MILESTONE_TITLE_MAX]


@transaction.atomic
def item_milestone_add(*, item: ChainPlanItem, title: str, due_date: datetime.date, acting_user, department=None,
                       evidence_kind: str = EvidenceKind.DOCUMENT):
    """A milestone of a plan item, made a milestone of the plan's key task (the item's department by default).
    A docket keeper who may not add milestones to that task (the 链长, a leader) adds it on the chain plan's behalf;
    as with any milestone, one a department adds waits for the supervision office's approval."""
    plan = item.plan
    chain = plan.chain
    _ensure_docket(acting_user, chain)
    if plan.task is None:
        raise ValidationError({"task": _("请先为推进计划选择落实的重点任务")})
    department = department or item.owner_department
    ensure_in_zone(chain.zone_id, department=department)
    actor = acting_user if can_add_to(acting_user, plan.task) else SYSTEM  # the docket keeper, checked above
    milestone = milestone_create(task=plan.task, acting_user=actor, title=milestone_title(chain, title),
                                 due_date=due_date, department=department, evidence_kind=evidence_kind)
    item.milestones.add(milestone)
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=item, zone=chain.zone,
                 after={"milestone": milestone.title, "due_date": due_date, "department": department.name},
                 note=_("计划事项新增工作节点"))
    return milestone


@transaction.atomic
def route_step_add(*, plan: ChainPlan, key_technologies: str, acting_user, segment=None,
                   stage: str = RouteStage.RESEARCH) -> RouteStep:
    """A step of the chain's technology route: a segment of the chain, its stage and key technologies."""
    _ensure_docket(acting_user, plan.chain)
    if segment is not None and segment.chain_id != plan.chain_id:
        raise ValidationError({"segment": _("环节不属于该产业链")})
    step = RouteStep(plan=plan, segment=segment, stage=stage, key_technologies=key_technologies)
    _save(step)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=step, after=snapshot(step),
                 zone=plan.chain.zone)
    return step
