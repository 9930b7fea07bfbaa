"""Supervision work on the task queue: metric refresh (button, stale pages, hourly), reminders (every morning)
and opening the year's reporting periods (on the 1st). Schedules live in settings.ACTIONDESK_SCHEDULES."""
import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.jobs import register_job
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.models import Zone
from actiondesk.plans.models import Plan
from actiondesk.supervision.models import ReportingPeriod
from actiondesk.supervision.periods import periods_ensure
from actiondesk.supervision.reminders import plans_with_periods, reminders_send
from actiondesk.supervision.services_metrics import metric_values_refresh, metric_values_refresh_stale

METRICS = "supervision.metrics_refresh"
REMIND = "supervision.remind"
PERIODS = "supervision.periods_open"


def plan_target(plan) -> str:
    return f"plan:{plan.pk}"


def _plan(job):
    return Plan.objects.select_related("zone").get(pk=job.params["plan"], zone=job.zone)


def _current_plans():
    year = timezone.localdate().year
    return Plan.objects.filter(pk__in=ReportingPeriod.objects.filter(year=year).values("plan_id"), year=year)


def _metric_targets():
    return [{"zone": p.zone, "target": plan_target(p), "title": p.title, "params": {"plan": p.pk}}
            for p in _current_plans().select_related("zone")]


@register_job(METRICS, label=gettext_lazy("刷新自动取数"), schedule_targets=_metric_targets)
def run_metrics_refresh(job, progress) -> dict:
    plan = _plan(job)
    if "stale_up_to" in job.params:
        result = metric_values_refresh_stale(plan=plan, up_to_month=int(job.params["stale_up_to"]))
        return result.as_dict() if result else {}
    periods = list(ReportingPeriod.objects.filter(plan=plan, year=plan.year, start__lte=timezone.localdate()))
    done = iter(range(1, len(periods) + 1))
    result = metric_values_refresh(plan=plan, periods=periods, acting_user=job.user,
                                   progress=lambda _period: progress("refresh", next(done), len(periods)))
    return {**result.as_dict(), "rows": len(periods),
            "summary": _("已更新 %(n)s 个自动取数") % {"n": result.values}}


def _zone_targets():
    zones = Zone.objects.filter(pk__in=plans_with_periods().values("zone_id"))
    return [{"zone": z, "target": f"zone:{z.pk}", "title": z.name, "params": {}} for z in zones]


@register_job(REMIND, label=gettext_lazy("逾期提醒"), schedule_targets=_zone_targets)
def run_reminders(job, progress) -> dict:
    day = datetime.date.fromisoformat(job.params["today"]) if job.params.get("today") else timezone.localdate()
    result = reminders_send(plans=plans_with_periods(job.zone_id), day=day)
    return {**result, "summary": _("提醒 %(d)s 个部门，升级 %(e)s 项，发送邮件 %(m)s 封") % {
        "d": len(result["departments"]), "e": len(result["escalated"]), "m": result["emails_sent"]}}


def _year_plans():
    plans = Plan.objects.filter(year=timezone.localdate().year).select_related("zone")
    return [{"zone": p.zone, "target": plan_target(p), "title": p.title, "params": {"plan": p.pk}} for p in plans]


@register_job(PERIODS, label=gettext_lazy("开启报送周期"), schedule_targets=_year_plans)
def run_periods_open(job, progress) -> dict:
    plan = _plan(job)
    before = ReportingPeriod.objects.filter(plan=plan, year=plan.year).count()
    periods = periods_ensure(plan=plan, acting_user=SYSTEM)
    return {"periods": len(periods), "created": len(periods) - before,
            "summary": _("新建报送周期 %(n)s 个") % {"n": len(periods) - before}}
