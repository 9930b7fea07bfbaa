"""Who reports what: three bulk queries, whatever the size of the plan.

An indicator is reported by its 责任部门 (Indicator.lead_department) when set, otherwise by the first
lead department (the primary lead, first named in the plan) of its first task, so two co-leading departments never type
the same figure twice. A task's progress note is written by each of its lead departments, and a 配合情况 note by
each of its supporting (配合) departments named in the plan ("机关各部门配合" is a general call and gives no
department a note to write). Indicators bound to a metric are computed and never reported. The milestones
(工作节点, ``plans.Milestone``) a department is responsible for are listed in its report (``views_reports``)
and kept, with their evidence, on the milestone itself.
"""
from dataclasses import dataclass, field

from actiondesk.plans.models import Indicator, Task, TaskLeadDepartment


@dataclass
class Responsibilities:
    indicator_reporter: dict = field(default_factory=dict)  # indicator id → department id | None
    task_leads: dict = field(default_factory=dict)  # task id → [department id, …]
    bound: set = field(default_factory=set)  # indicator ids computed from a metric
    task_supports: dict = field(default_factory=dict)  # task id → [supporting department id, …]

    def indicators_of(self, department_id) -> list[int]:
        return [i for i, d in self.indicator_reporter.items() if d == department_id and i not in self.bound]

    def tasks_of(self, department_id) -> list[int]:
        return [t for t, leads in self.task_leads.items() if department_id in leads]

    def supported_tasks_of(self, department_id) -> list[int]:
        """Tasks the department supports without leading them: it writes a 配合情况 note on each."""
        return [t for t, ids in self.task_supports.items()
                if department_id in ids and department_id not in self.task_leads.get(t, [])]

    def lead_departments(self) -> set:
        ids = {d for d in self.indicator_reporter.values() if d}
        for leads in self.task_leads.values():
            ids.update(leads)
        return ids

    def departments(self) -> set:
        """Every department with a duty in the plan: leading or supporting."""
        ids = self.lead_departments()
        for supports in self.task_supports.values():
            ids.update(supports)
        return ids

    def unassigned_indicators(self) -> list[int]:
        """Indicators nobody reports: no 责任部门 and no lead department on their tasks (a configuration error)."""
        return [i for i, d in self.indicator_reporter.items() if d is None and i not in self.bound]


def build_responsibilities(task_ids, leads, links, indicators, supports=()) -> Responsibilities:
    """``leads``: (task id, department id) in task then department order; ``links``: (indicator id, task id)
    in task order; ``indicators``: (indicator id, lead department id, metric); ``supports``: (task id,
    department id) of the tasks' supporting departments."""
    task_leads: dict = {t: [] for t in task_ids}
    for task_id, department_id in leads:
        task_leads.setdefault(task_id, []).append(department_id)
    tasks_of_indicator: dict = {}
    for indicator_id, task_id in links:
        tasks_of_indicator.setdefault(indicator_id, []).append(task_id)
    result = Responsibilities(task_leads=task_leads)
    for task_id, department_id in supports:
        result.task_supports.setdefault(task_id, []).append(department_id)
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


def support_rows(plan_id):
    return Task.support_departments.through.objects.filter(task__plan_id=plan_id).order_by(
        "task__position", "department__sort_order").values_list("task_id", "department_id")


def responsibilities(plan_id: int) -> Responsibilities:
    return build_responsibilities(
        Task.objects.filter(plan_id=plan_id).values_list("pk", flat=True), lead_rows(plan_id), link_rows(plan_id),
        Indicator.objects.filter(plan_id=plan_id).values_list("pk", "lead_department_id", "metric"),
        support_rows(plan_id))
