"""Plan work on the task queue: the morning's milestone reminders (schedule in settings.ACTIONDESK_SCHEDULES) and
the reading of an uploaded plan document."""
import datetime
import hashlib

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.jobs import JobFailed, job_enqueue, register_job
from actiondesk.org.models import Zone
from actiondesk.plans.models import Milestone
from actiondesk.plans.reader import PlanReadError
from actiondesk.plans.reminders import milestone_reminders_send
from actiondesk.plans.services import plan_document_check, plan_draft_create

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


READ = "plans.read"


def plan_read_start(*, zone, acting_user, file_name: str, data: bytes, title: str = ""):
    """Queue the reading of an uploaded plan document (zone admins only; a 300-page PDF takes half a minute):
    the job page counts its pages and, once read, takes the admin to the review. JobBusy while the zone's
    previous upload is still being read."""
    plan_document_check(zone=zone, data=data, file_name=file_name, acting_user=acting_user)
    return job_enqueue(kind=READ, target=f"zone:{zone.pk}", zone=zone, user=acting_user, title=file_name,
                       params={"title": title}, data=data, sha256=hashlib.sha256(data).hexdigest())


@register_job(READ, label=gettext_lazy("方案文件识别"), unit="pages", next_label=gettext_lazy("核对识别结果"))
def run_plan_read(job, progress) -> dict:
    pages = []

    def counted(step, done, total):
        if step == "pages":
            pages[:] = [total]
        progress(step, done, total)

    try:
        draft = plan_draft_create(zone=job.zone, data=bytes(job.data), file_name=job.title, acting_user=job.user,
                                  title=job.params.get("title", ""), progress=counted)
    except PlanReadError as exc:  # the document itself is refused (a scan, no task found): reading it again cannot help
        raise JobFailed(str(exc), final=True, result={"again_url": reverse("plans:import_upload")})
    counts = {"tasks": len(draft.reading.get("tasks", [])), "targets": len(draft.reading.get("targets", []))}
    return {"draft": draft.pk, "rows": pages[0] if pages else 0, **counts,  # rows: the pages the page shows read
            "next_url": reverse("plans:import_review", args=[draft.pk]),
            "summary": _("识别出任务 %(tasks)s 项、量化指标 %(targets)s 处，请逐项核对后确认导入") % counts}
