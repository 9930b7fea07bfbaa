"""Refreshing the stored values of indicators bound to metrics (htmx fragments for the battle map).

Both buttons queue a ``supervision.metrics_refresh`` job; while it waits for a worker the fragment polls it and
reloads the page when it is done. With the inline backend the job has finished before the fragment renders.
"""
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from actiondesk.core.jobs import JobBusy, job_enqueue
from actiondesk.core.models import Job, JobStatus
from actiondesk.core.scoping import get_visible_or_404, require_role
from actiondesk.org.choices import Role
from actiondesk.plans.models import Plan
from actiondesk.supervision.jobs import METRICS, plan_target


def _fragment(request, plan, job):
    context = {"plan": plan, "job": job, "now": timezone.now(), "can_refresh": True,
               "result": job.result if job is not None and job.status == JobStatus.DONE else None}
    response = render(request, "supervision/_metric_status.html", context)
    if context["result"] and context["result"].get("values"):
        response["HX-Refresh"] = "true"
    return response


def _enqueue(request, plan, **params):
    try:
        return job_enqueue(kind=METRICS, target=plan_target(plan), zone=plan.zone, title=plan.title,
                           params={"plan": plan.pk, **params}, **({"user": request.user} if not params else {}))
    except JobBusy:  # a refresh of this plan is already queued or running: follow that one
        return Job.objects.filter(kind=METRICS, target=plan_target(plan),
                                  status__in=(JobStatus.QUEUED, JobStatus.RUNNING)).first()


@login_required
@require_POST
def metrics_refresh(request, plan_pk):
    """The refresh button: admins and the supervision office recompute every started period."""
    require_role(request.user, Role.ADMIN, Role.SUPERVISOR)
    plan = get_visible_or_404(Plan.objects.select_related("zone"), request.user, pk=plan_pk)
    return _fragment(request, plan, _enqueue(request, plan))


@login_required
@require_POST
def metrics_refresh_stale(request, plan_pk):
    """Sent by the battle map after it loads when open periods' values are out of date (not in its request)."""
    plan = get_visible_or_404(Plan.objects.select_related("zone"), request.user, pk=plan_pk)
    month = request.POST.get("month", "")
    return _fragment(request, plan, _enqueue(request, plan, stale_up_to=int(month) if month.isdigit() else 12))


@login_required
def metrics_refresh_job(request, plan_pk, job_pk):
    """Polled by the fragment while a refresh job waits or runs (anyone who sees the plan may follow it)."""
    plan = get_visible_or_404(Plan.objects.all(), request.user, pk=plan_pk)
    return _fragment(request, plan, get_object_or_404(Job.objects.defer("data"), pk=job_pk, kind=METRICS,
                                                      target=plan_target(plan)))
