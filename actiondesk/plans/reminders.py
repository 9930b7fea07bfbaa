"""Milestone reminders: each morning, the responsible department hears of a milestone due in 7 days or tomorrow,
and of one overdue (the first day, then weekly), in its bell (and by e-mail when configured).

Run by the scheduled ``plans.milestone_reminders`` job; the platform acts on its own (SYSTEM).
"""
import datetime

from django.urls import reverse
from django.utils.translation import gettext_noop

from actiondesk.core.models import NotificationKind
from actiondesk.core.notifications import Message, notify
from actiondesk.core.scoping import SYSTEM
from actiondesk.plans.choices import MilestoneApproval, MilestoneProgress
from actiondesk.plans.models import Milestone

DUE_IN_DAYS = (7, 1)
OVERDUE_EVERY_DAYS = 7


def reminder_for(due: datetime.date, day: datetime.date) -> tuple[str, int] | None:
    """(kind, days) of the reminder an open milestone due on ``due`` gets on ``day``, or None (pure)."""
    left = (due - day).days
    if left in DUE_IN_DAYS:
        return NotificationKind.MILESTONE_DUE, left
    late = -left
    if late == 1 or (late > 1 and late % OVERDUE_EVERY_DAYS == 0):
        return NotificationKind.MILESTONE_OVERDUE, late
    return None


def milestone_reminders_send(*, zone_id: int, day: datetime.date) -> dict:
    """Notify the responsible departments of the zone's open milestones due soon or overdue on ``day``."""
    result = {"today": day.isoformat(), "due": 0, "overdue": 0, "notifications": 0}
    open_milestones = Milestone.objects.filter(task__plan__zone_id=zone_id, task__plan__year=day.year,
                                               approval=MilestoneApproval.APPROVED).exclude(
        progress=MilestoneProgress.DONE).select_related("task", "department")
    for milestone in open_milestones:
        reminder = reminder_for(milestone.due_date, day)
        if reminder is None:
            continue
        kind, days = reminder
        about = {"number": milestone.task.number, "title": milestone.title}
        if kind == NotificationKind.MILESTONE_DUE:
            text = Message(gettext_noop("任务%(number)s的工作节点“%(title)s”将于%(days)s天后（%(due)s）到期"),
                           {**about, "days": days, "due": milestone.due_date.isoformat()})
            result["due"] += 1
        else:
            text = Message(gettext_noop("任务%(number)s的工作节点“%(title)s”已逾期%(days)s天，请尽快办结并上传佐证"),
                           {**about, "days": days})
            result["overdue"] += 1
        created = notify(acting_user=SYSTEM, departments=[milestone.department], kind=kind, text=text,
                         url=reverse("plans:milestone_detail", args=[milestone.pk]), target=milestone)
        result["notifications"] += len(created)
    return result
