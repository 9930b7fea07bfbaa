"""The jobs page: every background job a user may follow, its progress and outcome, and a retry button."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from actiondesk.core.jobs import JobBusy, job_kinds, job_retry
from actiondesk.core.scoping import can_edit, get_editable_or_403, get_visible_or_404
from actiondesk.core.selectors import jobs_visible


def _labelled(jobs):
    kinds = job_kinds()
    for job in jobs:
        kind = kinds.get(job.kind)
        job.kind_label = kind.label if kind else job.kind
        job.unit, job.next_label = (kind.unit, kind.next_label) if kind else ("rows", "")
    return jobs


@login_required
def job_list(request):
    page = Paginator(jobs_visible(request.user), 50).get_page(request.GET.get("page"))
    _labelled(page.object_list)
    return render(request, "core/jobs.html", {"jobs": page})


def _job_context(request, pk):
    job = get_visible_or_404(jobs_visible(request.user), request.user, pk=pk)
    _labelled([job])
    return {"job": job, "can_retry": job.retryable and can_edit(request.user, job)}


@login_required
def job_detail(request, pk):
    return render(request, "core/job_detail.html", _job_context(request, pk))


@login_required
def job_progress(request, pk):
    """The htmx fragment the job page polls every second until the job has finished; a finished job with a next
    step (a plan read → its review page) takes the user who started it there."""
    context = _job_context(request, pk)
    response = render(request, "core/_job_progress.html", context)
    job = context["job"]
    if job.status == "done" and job.result.get("next_url") and job.user_id == request.user.pk:
        response["HX-Redirect"] = job.result["next_url"]
    return response


@login_required
@require_POST
def job_retry_view(request, pk):
    job = get_editable_or_403(jobs_visible(request.user), request.user, pk=pk)
    try:
        job_retry(job=job, acting_user=request.user)
    except JobBusy as exc:
        messages.error(request, str(exc))
    return redirect("jobs:job_detail", job.pk)
