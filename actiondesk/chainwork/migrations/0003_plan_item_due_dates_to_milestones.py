"""Each chain plan item's due date becomes a milestone (工作节点) of the key task the chain plan carries out: the
zone's plan of the same year, its first task naming 产业链 (the task that sets up 链长制), or else the one titled
新兴产业/未来产业. The milestone keeps the
date, the goal as its deliverable and the item's department. Where the year has no plan, or the department is not
one of the task's, the date is kept in words at the end of the item's measure, so no value is lost."""
from django.db import migrations
from django.db.models import Q


def chain_task(Task, zone_id, year):
    """As chainwork.selectors.chain_task (copied: a migration does not import app code that may change)."""
    tasks = Task.objects.filter(plan__zone_id=zone_id, plan__year=year).order_by("plan_id", "position", "pk")
    named = Q(text__contains="产业链") | Q(title__contains="产业链") | Q(text__contains="链长制") | Q(
        title__contains="链长制")
    return tasks.filter(named).first() or tasks.filter(Q(title__contains="新兴产业") | Q(
        title__contains="未来产业")).first()


def responsible(task):
    if task.supported_by_every_department:
        return None  # every department of the zone
    return {d.pk for d in task.lead_departments.all()} | {d.pk for d in task.support_departments.all()}


def forwards(apps, schema_editor):
    ChainPlan = apps.get_model("chainwork", "ChainPlan")
    Milestone = apps.get_model("plans", "Milestone")
    Task = apps.get_model("plans", "Task")
    for plan in ChainPlan.objects.select_related("chain").order_by("pk"):
        task = chain_task(Task, plan.chain.zone_id, plan.year)
        if task is not None and plan.task_id is None:
            plan.task = task
            plan.save(update_fields=["task"])
        allowed = responsible(task) if task is not None else set()
        for item in plan.items.exclude(due_on=None).order_by("pk"):
            if task is None or (allowed is not None and item.owner_department_id not in allowed):
                item.measure = f"{item.measure}\n（完成时限：{item.due_on:%Y-%m-%d}）".strip()
                item.save(update_fields=["measure"])
                continue
            title = f"{plan.chain.name}：{item.goal}"[:200]
            milestone = Milestone.objects.filter(task=task, title=title).first()
            if milestone is None:
                milestone = Milestone.objects.create(
                    task=task, title=title, due_date=item.due_on, department_id=item.owner_department_id,
                    position=Milestone.objects.filter(task=task).count() + 1, approval="approved",
                    source_text=f"{plan.chain.name}{plan.year}年推进计划")
            item.milestones.add(milestone)


class Migration(migrations.Migration):
    dependencies = [("chainwork", "0002_plan_milestones_policies_route")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
