"""REST endpoints for 链长制: chain plans with their items' milestones (state computed), route and policies;
the problems 台账 (the page's filters) with recording and updating; 链长会议 and their decisions, a new decision
raised as a 督办单. Scoped as the pages: the zone reads, the chain's 链长, department and admins write."""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from ninja import Query, Router, Schema, Status

from actiondesk.chains.models import Chain
from actiondesk.chainwork import selectors, services
from actiondesk.chainwork.filters import MeetingFilterSet, PlanFilterSet, ProblemFilterSet
from actiondesk.chainwork.models import ChainMeeting, ChainPlan, ChainPlanItem, ChainProblem
from actiondesk.core.access import access_for
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.params import Id, Year
from actiondesk.core.scoping import get_visible_or_404
from actiondesk.demands.models import Policy
from actiondesk.org.models import Department
from actiondesk.plans.models import Task

router = Router(tags=["chainwork"])


class MilestoneOut(Schema):
    id: int
    title: str
    due_date: datetime.date
    department: str
    state: str
    state_label: str
    approval: str
    completed_on: datetime.date | None


class ItemOut(Schema):
    id: int
    goal: str
    measure: str
    owner_department: str
    milestones: list[MilestoneOut]


class PlanOut(Schema):
    id: int
    chain_id: int
    chain: str
    chain_kind: str
    year: int
    task_id: int | None
    technology_route: str
    policy_note: str
    policies: list[dict]
    route: list[dict]
    items: list[ItemOut]


class PlanIn(Schema):
    chain_id: Id
    year: Year
    task_id: Id | None = None
    technology_route: str = ""
    policy_note: str = ""
    policy_ids: list[Id] | None = None


class ItemIn(Schema):
    goal: str
    measure: str = ""
    owner_department_id: Id
    due_on: datetime.date | None = None


class MilestoneIn(Schema):
    title: str
    due_date: datetime.date
    department_id: Id | None = None


class ProblemOut(Schema):
    id: int
    chain_id: int
    chain: str
    title: str
    detail: str
    raised_by: str
    raised_by_name: str
    owner_department: str
    raised_on: datetime.date
    due_on: datetime.date | None
    state: str
    resolution: str


class ProblemIn(Schema):
    chain_id: Id
    title: str
    detail: str = ""
    raised_by: str = "department"
    raised_by_name: str = ""
    owner_department_id: Id
    raised_on: datetime.date
    due_on: datetime.date | None = None


class ProblemStateIn(Schema):
    state: str
    resolution: str = ""


class DecisionOut(Schema):
    id: int
    text: str
    due_on: datetime.date
    problem_id: int | None
    departments: list[str]
    order_id: int | None
    order_state: str | None


class MeetingOut(Schema):
    id: int
    chain_id: int
    chain: str
    title: str
    held_on: datetime.date
    minutes: str
    decisions: list[DecisionOut]


class DecisionIn(Schema):
    text: str
    due_on: datetime.date
    department_ids: list[Id]
    problem_id: Id | None = None


def _plan_out(plan: ChainPlan, today: datetime.date) -> dict:
    return {
        "id": plan.pk, "chain_id": plan.chain_id, "chain": plan.chain.name, "chain_kind": plan.chain.kind,
        "year": plan.year, "task_id": plan.task_id, "technology_route": plan.technology_route,
        "policy_note": plan.policy_note,
        "policies": [{"id": p.pk, "title": p.title, "issuer": p.issuer} for p in plan.policies.all()],
        "route": [{"segment": s.segment.name if s.segment_id else "", "stage": s.stage,
                   "key_technologies": s.key_technologies} for s in plan.route_steps.all()],
        "items": [{"id": i.pk, "goal": i.goal, "measure": i.measure, "owner_department": i.owner_department.name,
                   "milestones": [{"id": m.pk, "title": m.title, "due_date": m.due_date, "department": m.department.name,
                                   "state": m.state, "state_label": str(m.state_label), "approval": m.approval,
                                   "completed_on": m.completed_on}
                                  for m in selectors.with_states(list(i.milestones.all()), today)]}
                  for i in plan.items.all()]}


def _problem_out(problem: ChainProblem) -> dict:
    return {**{f: getattr(problem, f) for f in ("id", "chain_id", "title", "detail", "raised_by", "raised_by_name",
                                                "raised_on", "due_on", "state", "resolution")},
            "chain": problem.chain.name, "owner_department": problem.owner_department.name}


def _meeting_out(meeting: ChainMeeting) -> dict:
    return {"id": meeting.pk, "chain_id": meeting.chain_id, "chain": meeting.chain.name, "title": meeting.title,
            "held_on": meeting.held_on, "minutes": meeting.minutes,
            "decisions": [{"id": d.pk, "text": d.text, "due_on": d.due_on, "problem_id": d.problem_id,
                           "departments": [x.name for x in d.departments.all()], "order_id": d.order_id,
                           "order_state": d.order.state if d.order_id else None} for d in meeting.decisions.all()]}


def _zone_id(request) -> int:
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    return access.zone_id


def _in_zone(model, zone_path: str, zone_id: int, pk, field: str):
    """A referenced row of the user's zone, or a 422 naming the field."""
    obj = model.objects.filter(**{zone_path: zone_id}, pk=pk).first()
    if obj is None:
        raise ValidationError({field: "本示范区没有该记录"})
    return obj


def _chain(request, chain_id) -> Chain:
    return _in_zone(Chain, "zone_id", _zone_id(request), chain_id, "chain_id")


PlanQuery = filter_schema(PlanFilterSet)
ProblemQuery = filter_schema(ProblemFilterSet)
MeetingQuery = filter_schema(MeetingFilterSet)


@router.get("/plans", response=list[PlanOut], summary="产业链推进计划（计划事项、工作节点、技术路径、配套政策）")
def list_plans(request, filters: Query[PlanQuery], paging: Query[Paging]):
    qs = filtered(PlanFilterSet, filters.dict(exclude_none=True), selectors.plan_list(request.user), request=request)
    today = timezone.localdate()
    return [_plan_out(plan, today) for plan in paging.slice(qs)]


@router.get("/plans/{chain_plan_id}", response=PlanOut, summary="一条产业链一个年度的推进计划")
def plan_detail(request, chain_plan_id: Id):
    return _plan_out(get_visible_or_404(selectors.plan_list(request.user), request.user, pk=chain_plan_id),
                     timezone.localdate())


@router.post("/plans", response=PlanOut, summary="保存推进计划（链长、产业链牵头部门或管理员）")
def save_plan(request, payload: PlanIn):
    chain = _chain(request, payload.chain_id)
    task = _in_zone(Task, "plan__zone_id", chain.zone_id, payload.task_id, "task_id") if payload.task_id else None
    policies = None if payload.policy_ids is None else [
        _in_zone(Policy, "zone_id", chain.zone_id, pk, "policy_ids") for pk in payload.policy_ids]
    plan = services.plan_save(chain=chain, year=payload.year, acting_user=request.user, task=task,
                              technology_route=payload.technology_route, policy_note=payload.policy_note,
                              policies=policies)
    return _plan_out(selectors.plan_list(request.user).get(pk=plan.pk), timezone.localdate())


@router.post("/plans/{chain_plan_id}/items", response={201: ItemOut}, summary="添加计划事项（有完成时限时记为工作节点）")
def add_item(request, chain_plan_id: Id, payload: ItemIn):
    plan = get_visible_or_404(ChainPlan.objects.select_related("chain", "task__plan"), request.user, pk=chain_plan_id)
    department = _in_zone(Department, "zone_id", plan.chain.zone_id, payload.owner_department_id,
                          "owner_department_id")
    item = services.plan_item_add(plan=plan, goal=payload.goal, measure=payload.measure, due_on=payload.due_on,
                                  owner_department=department, acting_user=request.user)
    return Status(201, _item(request, item.pk))


@router.post("/items/{item_id}/milestones", response={201: ItemOut}, summary="为计划事项添加工作节点")
def add_milestone(request, item_id: Id, payload: MilestoneIn):
    item = get_visible_or_404(ChainPlanItem.objects.select_related("plan__chain", "plan__task__plan",
                                                                   "owner_department"), request.user, pk=item_id)
    department = _in_zone(Department, "zone_id", item.plan.chain.zone_id, payload.department_id,
                          "department_id") if payload.department_id else None
    services.item_milestone_add(item=item, title=payload.title, due_date=payload.due_date, department=department,
                                acting_user=request.user)
    return Status(201, _item(request, item.pk))


def _item(request, pk) -> dict:
    item = selectors.plan_items_visible(request.user).get(pk=pk)
    milestones = selectors.with_states(list(item.milestones.all()), timezone.localdate())
    return {"id": item.pk, "goal": item.goal, "measure": item.measure, "owner_department": item.owner_department.name,
            "milestones": [{**{f: getattr(m, f) for f in ("id", "title", "due_date", "state", "approval",
                                                          "completed_on")},
                            "department": m.department.name, "state_label": str(m.state_label)} for m in milestones]}


@router.get("/problems", response=list[ProblemOut], summary="协调问题台账（与页面和导出相同的筛选）")
def list_problems(request, filters: Query[ProblemQuery], paging: Query[Paging]):
    qs = filtered(ProblemFilterSet, filters.dict(exclude_none=True), selectors.problem_list(request.user),
                  request=request)
    return [_problem_out(p) for p in paging.slice(qs)]


@router.post("/problems", response={201: ProblemOut}, summary="登记协调问题")
def create_problem(request, payload: ProblemIn):
    chain = _chain(request, payload.chain_id)
    values = payload.dict(exclude={"chain_id", "owner_department_id"})
    department = _in_zone(Department, "zone_id", chain.zone_id, payload.owner_department_id, "owner_department_id")
    problem = services.problem_record(chain=chain, owner_department=department, acting_user=request.user, **values)
    return Status(201, _problem_out(problem))


@router.patch("/problems/{chain_problem_id}", response=ProblemOut, summary="更新协调问题的状态与解决情况")
def update_problem(request, chain_problem_id: Id, payload: ProblemStateIn):
    problem = get_visible_or_404(ChainProblem.objects.select_related("chain", "owner_department"), request.user,
                                 pk=chain_problem_id)
    return _problem_out(services.problem_update(problem=problem, acting_user=request.user, state=payload.state,
                                                resolution=payload.resolution))


@router.get("/meetings", response=list[MeetingOut], summary="链长会议及议定事项（含督办单状态）")
def list_meetings(request, filters: Query[MeetingQuery], paging: Query[Paging]):
    qs = filtered(MeetingFilterSet, filters.dict(exclude_none=True), selectors.meeting_list(request.user),
                  request=request)
    return [_meeting_out(m) for m in paging.slice(qs)]


@router.post("/meetings/{meeting_id}/decisions", response={201: DecisionOut},
             summary="添加会议议定事项（即转为督办单）")
def create_decision(request, meeting_id: Id, payload: DecisionIn):
    meeting = get_visible_or_404(ChainMeeting.objects.select_related("chain__zone"), request.user, pk=meeting_id)
    zone_id = meeting.chain.zone_id
    departments = [_in_zone(Department, "zone_id", zone_id, pk, "department_ids") for pk in payload.department_ids]
    problem = _in_zone(ChainProblem, "chain_id", meeting.chain_id, payload.problem_id, "problem_id") \
        if payload.problem_id else None
    decision = services.decision_record(meeting=meeting, text=payload.text, departments=departments,
                                        due_on=payload.due_on, problem=problem, acting_user=request.user)
    return Status(201, {"id": decision.pk, "text": decision.text, "due_on": decision.due_on,
                        "problem_id": decision.problem_id, "departments": [d.name for d in departments],
                        "order_id": decision.order_id, "order_state": decision.order.state if decision.order else None})
