"""Upload a plan document → review the reading beside its source → confirm (creates or updates the plan)."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from actiondesk.core.access import access_for
from actiondesk.core.jobs import JobBusy
from actiondesk.core.models import JobStatus
from actiondesk.core.scoping import get_visible_or_404, require_role
from actiondesk.core.selectors import jobs_visible
from actiondesk.org.choices import Role
from actiondesk.org.models import Zone
from actiondesk.plans import services
from actiondesk.plans.choices import Comparator, IndicatorKind
from actiondesk.plans.forms import PlanUploadForm
from actiondesk.plans.jobs import READ, plan_read_start
from actiondesk.plans.models import PlanDraft
from actiondesk.plans.reader import PlanReadError
from actiondesk.plans.review import NEW_ROWS, reading_from_post, source_context
from actiondesk.plans.scoring import corrections


@login_required
def upload(request):
    """Queue the document's reading and follow it on the job page (a worker reads it; the page counts a PDF's
    pages, then takes the admin to the review); a reading already over (tasks run inline) goes straight on."""
    require_role(request.user, Role.ADMIN)
    form = PlanUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        document = form.cleaned_data["document"]
        try:
            job = plan_read_start(zone=Zone.objects.get(pk=access_for(request.user).zone_id),
                                  acting_user=request.user, file_name=document.name, data=document.read(),
                                  title=form.cleaned_data["title"])
        except (PlanReadError, JobBusy) as exc:
            form.add_error("document", str(exc))
        else:
            if job.status == JobStatus.DONE:
                return redirect(job.result["next_url"])
            if job.status != JobStatus.FAILED:
                return redirect("jobs:job_detail", job.pk)
            form.add_error("document", job.result.get("error", ""))
    jobs = jobs_visible(request.user).filter(kind=READ)[:10]
    return render(request, "plans/import_upload.html", {"form": form, "jobs": jobs},
                  status=400 if form.errors else 200)


@login_required
def review(request, pk):
    require_role(request.user, Role.ADMIN)
    draft = get_visible_or_404(PlanDraft.objects.all(), request.user, pk=pk)
    reading, errors, result, posted = draft.reading, [], None, None
    if request.method == "POST" and draft.confirmed_plan_id is None:
        try:
            reading = reading_from_post(draft.reading, request.POST)
            result = services.plan_draft_confirm(draft=draft, reading=reading, acting_user=request.user)
        except ValidationError as exc:
            errors, posted = exc.messages, request.POST  # the page comes back as typed, nothing lost
    context = {"draft": draft, "reading": reading, "errors": errors, "result": result,
               "tasks": _tasks_with_context(reading, draft.source_text),
               "targets": _targets_with_context(reading, draft.source_text),
               "comparators": Comparator.choices, "kinds": IndicatorKind.choices, "posted": posted,
               "new_rows": range(NEW_ROWS), "new_rows_count": NEW_ROWS,
               "milestone_count": sum(len(t.get("milestones") or []) for t in reading.get("tasks", [])),
               # once confirmed: what staff changed in the reader's reading
               "corrections": corrections(draft.read_as, draft.reading) if draft.confirmed_plan_id and draft.read_as
               else None}
    if result is not None:
        return render(request, "plans/import_done.html", context)
    return render(request, "plans/import_review.html", context)


def _tasks_with_context(reading, document):
    rows = []
    for task in reading.get("tasks", []):
        text = task.get("text") or ""
        # The responsibility clause is the part staff check: show the end of the task text.
        rows.append({**task, "lead_text": "、".join(task.get("lead", [])),
                     "support_text": "、".join(task.get("support", [])), "tail": text[-160:]})
    return rows


def _targets_with_context(reading, document):
    rows = []
    for target in reading.get("targets", []):
        before, fragment, after = source_context(document, target.get("text", ""), target.get("sentence", ""))
        rows.append({**target, "before": before[-80:], "fragment": fragment, "after": after[:60]})
    return rows
