"""Who reports what: three bulk queries, whatever the size of the plan.

An indicator is reported by its 责任部门 (Indicator.lead_department) when set, otherwise by the first
lead department (the primary lead, first named in the plan) of its first task, so two co-leading departments never type
the same figure twice. A task's progress note is written by each of its lead departments.
Indicators bound to a metric are computed and never reported.
"""
from dataclasses import dataclass, field

from actiondesk.plans.models import Indicator, Task, TaskLeadDepartment


@dataclass
class Responsibilities:
    indicator_reporter: dict = field(default_factory=dict)  # indicator id → department id | None
    task_leads: dict = field(default_factory=dict)  # task id → [department id, …]
    bound: set = field(default_factory=set)  # indicator ids computed from a metric

    def indicators_of(self, department_id) -> list[int]:
        return [i for i, d in self.indicator_reporter.items() if d == department_id and i not in self.bound]

    def tasks_of(self, department_id) -> list[int]:
        return [t for t, leads in self.task_leads.items() if department_id in leads]

    def departments(self) -> set:
        ids = {d for d in self.indicator_reporter.values() if d}
        for leads in self.task_leads.values():
            ids.update(leads)
        return ids


def build_responsibilities(task_ids, leads, links, indicators) -> Responsibilities:
    """``leads``: (task id, department id) in task then department order; ``links``: (indicator id, task id)
    in task order; ``indicators``: (indicator id, lead department id, metric)."""
    task_leads: dict = {t: [] for t in task_ids}
    for task_id, department_id in leads:
        task_leads.setdefault(task_id, []).append(department_id)
    tasks_of_indicator: dict = {}
    for indicator_id, task_id in links:
        tasks_of_indicator.setdefault(indicator_id, []).append(task_id)
    result = Responsibilities(task_leads=task_leads)
    for pk, lead, metric in indicators:
        if metric:
            result.bound.add(pk)
        if lead is None:
            lead = next((task_leads[t][0] for t in tasks_of_indicator.get(pk, []) if task_leads.get(t)), None)
        result.indicator_reporter[pk] = lead
    return result


def lead_rows(plan_id):
    return TaskLeadDepartment.objects.filter(task__plan_id=plan_id).order_by(
        "task__position", "id").values_list("task_id", "department_id")


def link_rows(plan_id):
    return Indicator.tasks.through.objects.filter(indicator__plan_id=plan_id).order_by(
        "task__position").values_list("indicator_id", "task_id")


def responsibilities(plan_id: int) -> Responsibilities:
    return build_responsibilities(
        Task.objects.filter(plan_id=plan_id).values_list("pk", flat=True), lead_rows(plan_id), link_rows(plan_id),
        Indicator.objects.filter(plan_id=plan_id).values_list("pk", "lead_department_id", "metric"))
