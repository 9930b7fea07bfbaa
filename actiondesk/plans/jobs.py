"""Plan work on the task queue: the morning's milestone reminders (schedule in settings.ACTIONDESK_SCHEDULES)."""
import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.jobs import register_job
from actiondesk.org.models import Zone
from actiondesk.plans.models import Milestone
from actiondesk.plans.reminders import milestone_reminders_send

MILESTONE_REMINDERS = "plans.milestone_reminders"


def _zone_targets():
    zones = Zone.objects.filter(pk__in=Milestone.objects.values("task__plan__zone_id"))
    return [{"zone": z, "target": f"zone:{z.pk}", "title": z.name, "params": {}} for z in zones]


@register_job(MILESTONE_REMINDERS, label=gettext_lazy("工作节点提醒"), schedule_targets=_zone_targets)
def run_milestone_reminders(job, progress) -> dict:
    day = datetime.date.fromisoformat(job.params["today"]) if job.params.get("today") else timezone.localdate()
    result = milestone_reminders_send(zone_id=job.zone_id, day=day)
    return {**result, "rows": result["due"] + result["overdue"],
            "summary": _("提醒即将到期节点 %(d)s 个、逾期节点 %(o)s 个") % {"d": result["due"], "o": result["overdue"]}}
