"""Reads of plan data, always through the scoping helper."""
from django.db.models import Prefetch, Q

from actiondesk.core.params import parse_id
from actiondesk.core.scoping import visible
from actiondesk.plans.models import Goal, Indicator, Plan, PlanDraft, Programme, Task


def current_plan(user, plan_id=None) -> Plan | None:
    plans = visible(Plan.objects.all(), user)
    if plan_id:
        plan_id = parse_id(plan_id)  # a malformed ?plan= is a plan that does not exist
        return plans.filter(pk=plan_id).first() if plan_id else None
    return plans.order_by("-year", "-pk").first()


def _task_queryset():
    return Task.objects.select_related("programme").prefetch_related(
        "lead_links__department", "support_departments",
        Prefetch("indicators", queryset=Indicator.objects.order_by("position"))
    )


def plan_overview(plan: Plan) -> dict:
    """Goals with their indicators, programmes with their tasks: a fixed number of queries."""
    goals = list(Goal.objects.filter(plan=plan).prefetch_related(
        Prefetch("indicators", queryset=Indicator.objects.order_by("position"))))
    tasks = list(_task_queryset().filter(plan=plan))
    programmes = list(Programme.objects.filter(plan=plan))
    by_programme = {p.pk: [] for p in programmes}
    loose = []
    for task in tasks:
        (by_programme.get(task.programme_id) if task.programme_id in by_programme else loose).append(task)
    for programme in programmes:
        programme.task_list = by_programme[programme.pk]
    return {"plan": plan, "goals": goals, "programmes": programmes, "loose_tasks": loose,
            "safeguards": list(plan.safeguards.all()), "task_count": len(tasks),
            "indicator_count": Indicator.objects.filter(plan=plan).count()}


def department_tasks(plan: Plan, department_id: int):
    tasks = _task_queryset().filter(plan=plan).filter(
        Q(lead_departments=department_id) | Q(support_departments=department_id) | Q(supported_by_every_department=True)
    ).distinct()
    lead, support = [], []
    for task in tasks:
        (lead if any(d.pk == department_id for d in task.leads) else support).append(task)
    return lead, support


def department_indicators(plan: Plan, department_id: int):
    return Indicator.objects.filter(plan=plan).filter(
        Q(lead_department=department_id) | Q(tasks__lead_departments=department_id)
    ).distinct().order_by("position")


def confirmed_drafts(zone_name: str | None = None):
    """Uploaded plans staff have confirmed, with the reader's own reading kept beside the confirmed one (oldest
    first); of one zone when named."""
    drafts = PlanDraft.objects.filter(confirmed_plan__isnull=False, read_as__isnull=False).order_by("pk")
    return drafts.filter(zone__name=zone_name) if zone_name else drafts
