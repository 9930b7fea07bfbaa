"""Reads for 链长制: a chain's docket (plan with its items' milestones, route and policies, problems, meetings with
decisions and their 督办单), the problems 台账 and a chain leader's chains; fixed query counts."""
import datetime

from django.db.models import Count, Prefetch, Q

from actiondesk.chains.models import Chain
from actiondesk.chainwork.choices import ProblemState
from actiondesk.chainwork.models import ChainMeeting, ChainPlan, ChainPlanItem, ChainProblem, MeetingDecision
from actiondesk.core.scoping import visible
from actiondesk.plans.choices import MilestoneState
from actiondesk.plans.milestones import milestone_state
from actiondesk.plans.models import Milestone, Task

CHAIN_TASK_WORDS = ("产业链", "链长制")
CHAIN_TASK_TITLES = ("新兴产业", "未来产业")  # 培育壮大新兴产业和未来产业, when the task's text was not kept


def chain_task(zone_id: int, year: int) -> Task | None:
    """The key task a chain plan carries out by default: the year's first task of the zone naming 产业链 (or, failing
    that, whose title names 新兴产业/未来产业)."""
    tasks = Task.objects.filter(plan__zone_id=zone_id, plan__year=year).select_related("plan").order_by(
        "plan_id", "position", "pk")
    named = Q()
    for word in CHAIN_TASK_WORDS:
        named |= Q(text__contains=word) | Q(title__contains=word)
    titled = Q()
    for word in CHAIN_TASK_TITLES:
        titled |= Q(title__contains=word)
    return tasks.filter(named).first() or tasks.filter(titled).first()


def with_states(milestones, today: datetime.date) -> list:
    """Each milestone with its state (逾期 from the date, never stored) and the state's label."""
    for m in milestones:
        m.state = milestone_state(m.progress, m.due_date, m.completed_on, today)
        m.state_label = MilestoneState(m.state).label
    return milestones


def plan_items(plan) -> list:
    milestones = Milestone.objects.select_related("department").order_by("due_date", "pk")
    return list(plan.items.select_related("owner_department").prefetch_related(Prefetch("milestones", milestones)))


def plan_list(user):
    return visible(ChainPlan.objects.all(), user).select_related("chain", "task").prefetch_related(
        "policies", Prefetch("items", ChainPlanItem.objects.select_related("owner_department").prefetch_related(
            Prefetch("milestones", Milestone.objects.select_related("department").order_by("due_date", "pk")))),
        "route_steps__segment").order_by("chain__sort_order", "chain_id", "-year")


def docket(chain, year: int, today: datetime.date) -> dict:
    plan = ChainPlan.objects.filter(chain=chain, year=year).select_related("task").first()
    items = plan_items(plan) if plan else []
    for item in items:
        item.milestone_rows = with_states(list(item.milestones.all()), today)
    return {
        "plan": plan,
        "items": items,
        "policies": list(plan.policies.order_by("pk")) if plan else [],
        "route_steps": list(plan.route_steps.select_related("segment")) if plan else [],
        "problems": list(ChainProblem.objects.filter(chain=chain).select_related("owner_department")),
        "meetings": list(ChainMeeting.objects.filter(chain=chain).prefetch_related(
            "decisions__departments", "decisions__order", "decisions__problem")),
    }


def problem_list(user):
    """The problems 台账 the user may read (every chain of their zone), with what a row shows."""
    return visible(ChainProblem.objects.all(), user).select_related("chain", "owner_department").annotate(
        decision_count=Count("decisions", distinct=True)).order_by("chain__sort_order", "chain_id", "state",
                                                                   "due_on", "pk")


def meeting_list(user):
    return visible(ChainMeeting.objects.all(), user).select_related("chain").prefetch_related(
        Prefetch("decisions", MeetingDecision.objects.select_related("order", "problem").prefetch_related(
            "departments")))


def leader_chains(user_id: int, zone_id: int) -> list:
    """The chains ``user_id`` leads (链长), each with its open problems, meetings held and decisions raised."""
    return list(Chain.objects.filter(zone_id=zone_id, chief_id=user_id).select_related("department").annotate(
        open_problems=Count("problems", filter=~Q(problems__state=ProblemState.RESOLVED), distinct=True),
        resolved_problems=Count("problems", filter=Q(problems__state=ProblemState.RESOLVED), distinct=True),
        meetings_held=Count("meetings", distinct=True),
        orders_raised=Count("meetings__decisions__order", distinct=True)))


def leader_chart(chains: list) -> dict:
    """The chain leader's chart: open and resolved problems and orders raised, per chain (no query)."""
    return {"chains": [c.name for c in chains], "open": [c.open_problems for c in chains],
            "resolved": [c.resolved_problems for c in chains], "orders": [c.orders_raised for c in chains]}


def plan_items_visible(user):
    return visible(ChainPlanItem.objects.all(), user).select_related("owner_department").prefetch_related(
        Prefetch("milestones", Milestone.objects.select_related("department").order_by("due_date", "pk")))
