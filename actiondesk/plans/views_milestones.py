"""Milestones (工作节点): the 任务分解表 grid (per task or per department), its .xlsx export and import, one
milestone's page with its evidence, and the supervision office's approval and verification."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.filters import invalid_filters_response, page_filterset, valid_filterset
from actiondesk.core.panels import MILESTONE, render_panels
from actiondesk.core.scoping import can_edit, editable, get_editable_or_403, get_visible_or_404, visible
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.org.models import Department
from actiondesk.plans import services_milestones as services
from actiondesk.plans.choices import EvidenceKind, MilestoneApproval, MilestoneProgress, MilestoneState
from actiondesk.plans.filters import MilestoneFilterSet
from actiondesk.plans.forms import MilestoneEvidenceForm, MilestoneUploadForm
from actiondesk.plans.milestone_sheet import milestones_workbook, read_milestones
from actiondesk.plans.milestones import milestone_state
from actiondesk.plans.models import Milestone, Task
from actiondesk.plans.selectors import current_plan

FIELDS = ("title", "due", "department", "evidence_kind", "progress", "completed_on", "evidence_note",
          "evidence_link", "evidence_figure")
NEW_ROWS = 3


def _plan_or_404(request):
    plan = current_plan(request.user, request.GET.get("plan"))
    if plan is None:
        raise Http404
    return plan


def _milestones(request, plan):
    return visible(Milestone.objects.filter(task__plan=plan), request.user).select_related("task", "department")


def _addable_tasks(user, plan) -> list:
    tasks = visible(Task.objects.filter(plan=plan), user).prefetch_related("lead_departments", "support_departments")
    access = access_for(user)
    if access.is_admin:
        return list(tasks.order_by("position"))
    if not access.is_department:
        return []
    mine = [t for t in tasks.order_by("position")
            if t.supported_by_every_department or access.department_id in
            {d.pk for d in t.lead_departments.all()} | {d.pk for d in t.support_departments.all()}]
    return mine


@login_required
def milestone_grid(request):
    plan = _plan_or_404(request)
    milestones = _milestones(request, plan)
    if request.GET.get("export") == "xlsx":
        try:
            filterset = valid_filterset(MilestoneFilterSet, request.GET, milestones, request=request)
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return xlsx_response(milestones_workbook(plan, filterset.qs), "任务分解表.xlsx")
    filterset = page_filterset(MilestoneFilterSet, request, milestones)
    errors = []
    if request.method == "POST":
        try:
            result = services.milestones_save(plan=plan, rows=_rows_from_post(request.POST, plan),
                                              acting_user=request.user)
        except ValidationError as exc:
            errors = exc.messages
        else:
            messages.success(request, _("已保存：新增 %(created)s，修改 %(updated)s") % result)
            return redirect(request.get_full_path())
    context = _grid_context(request, plan, filterset, errors)
    if errors:  # nothing was saved: the grid shows what the user typed, not the stored rows
        _keep_typed(context["milestones"], request.POST, plan)
    return render(request, "plans/milestone_grid.html", context, status=400 if errors else 200)


def _keep_typed(rows, post, plan) -> None:
    """Put the values typed into a refused grid back on its rows (the version stays the stored one, so saving
    again after reading the message is a deliberate overwrite)."""
    for m in rows:
        prefix = f"m-{m.pk}-"
        if not m.editable or prefix + "title" not in post:
            continue
        get = lambda name, prefix=prefix: post.get(prefix + name, "").strip()  # noqa: E731
        m.title, m.evidence_note, m.evidence_link = get("title"), get("evidence_note"), get("evidence_link")
        m.due_date = services.due_from(get("due"), plan.year)[0] or m.due_date
        m.department_id = int(get("department")) if get("department").isdigit() else m.department_id
        m.evidence_kind, m.progress = get("evidence_kind") or m.evidence_kind, get("progress") or m.progress
        m.evidence_figure = get("evidence_figure") or None
        try:
            m.completed_on = services.parse_date(get("completed_on")) if get("completed_on") else None
        except ValueError:
            pass


def _grid_context(request, plan, filterset, errors) -> dict:
    rows = list(filterset.qs.order_by("task__position", "due_date", "position", "pk"))
    can = set(editable(Milestone.objects.filter(pk__in=[m.pk for m in rows]), request.user).values_list("pk",
                                                                                                        flat=True))
    today = timezone.localdate()
    for m in rows:
        m.editable = m.pk in can
        m.state = milestone_state(m.progress, m.due_date, m.completed_on, today)
    access = access_for(request.user)
    addable = _addable_tasks(request.user, plan)
    chosen_task = filterset.value("task")
    return {"plan": plan, "filterset": filterset, "milestones": rows, "errors": errors,
            "addable_tasks": addable, "new_rows": range(NEW_ROWS) if addable else [],
            "chosen_task": chosen_task.pk if chosen_task else None,
            "departments": Department.objects.filter(zone_id=plan.zone_id).order_by("sort_order", "pk"),
            "kinds": EvidenceKind.choices, "progress_choices": MilestoneProgress.choices,
            "can_save": bool(can) or bool(addable), "reviews": access.is_supervisor or access.is_admin,
            "proposed": MilestoneApproval.PROPOSED, "upload_form": MilestoneUploadForm(),
            "query": request.GET.urlencode(), "state_labels": MilestoneState.choices}


def _rows_from_post(post, plan) -> list[dict]:
    """Rows as typed on the grid: ``m-<id>-<field>`` for existing milestones, ``new-<n>-<field>`` for added ones."""
    tasks = {t.pk: t for t in Task.objects.filter(plan=plan)}
    departments = {d.pk: d for d in Department.objects.filter(zone_id=plan.zone_id)}
    existing = dict(Milestone.objects.filter(task__plan=plan).values_list("pk", "task_id"))
    keys = sorted({key.split("-", 2)[1] for key in post if key.startswith("m-") and key.count("-") >= 2})
    rows = []
    for number, key in enumerate(keys, start=1):
        if not key.isdigit() or int(key) not in existing:
            continue
        rows.append(_row(post, f"m-{key}-", number, plan, tasks[existing[int(key)]], departments, int(key)))
    for index in range(NEW_ROWS):
        prefix = f"new-{index}-"
        if not post.get(prefix + "title", "").strip():
            continue
        task = tasks.get(int(post.get(prefix + "task")) if post.get(prefix + "task", "").isdigit() else None)
        if task is None:
            raise ValidationError(_("新增第%(n)s行：请选择重点任务") % {"n": index + 1})
        rows.append(_row(post, prefix, len(rows) + 1, plan, task, departments, None))
    return rows


def _row(post, prefix, number, plan, task, departments, pk) -> dict:
    get = lambda name: post.get(prefix + name, "").strip()  # noqa: E731
    due, phrase = services.due_from(get("due"), plan.year)
    department_id = get("department")
    completed = get("completed_on")
    figure = get("evidence_figure")
    try:
        completed_on = services.parse_date(completed) if completed else None
    except ValueError:
        raise ValidationError(_("第%(n)s行：完成日期“%(v)s”不是日期") % {"n": number, "v": completed}) from None
    version = get("version")
    return {"row": number, "id": pk, "task": task, "title": get("title"),
            "version": int(version) if version.isdigit() and len(version) < 10 else (None if not version else -1), "due_date": due, "due_text": phrase[:40],
            "department": departments.get(int(department_id)) if department_id.isdigit() else None,
            "evidence_kind": get("evidence_kind") or EvidenceKind.DOCUMENT,
            "progress": get("progress") or MilestoneProgress.NOT_STARTED, "completed_on": completed_on,
            "evidence_note": get("evidence_note"), "evidence_link": get("evidence_link"),
            "evidence_figure": figure or None}


@login_required
@require_POST
def milestone_import(request):
    plan = _plan_or_404(request)
    form = MilestoneUploadForm(request.POST, request.FILES)
    errors, row_errors = [], []
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            reading = read_milestones(upload.read(), plan=plan, file_name=upload.name)
        except SheetFileError as exc:
            errors = [str(exc)]
        else:
            row_errors = reading.errors
            if not row_errors:
                try:
                    result = services.milestones_save(plan=plan, rows=reading.rows, acting_user=request.user,
                                                      file_name=reading.file_name, sha256=reading.sha256)
                except ValidationError as exc:
                    errors = exc.messages
                else:
                    messages.success(request, _("已导入任务分解表：新增 %(created)s，修改 %(updated)s") % result)
                    return redirect("plans:milestone_grid")
    else:
        errors = [e for field_errors in form.errors.values() for e in field_errors]
    filterset = page_filterset(MilestoneFilterSet, request, _milestones(request, plan))
    context = _grid_context(request, plan, filterset, errors)
    context["row_errors"] = row_errors
    return render(request, "plans/milestone_grid.html", context, status=400)


@login_required
def milestone_detail(request, pk):
    milestone = get_visible_or_404(Milestone.objects.select_related("task__plan", "department", "verified_by"),
                                   request.user, pk=pk)
    access = access_for(request.user)
    form = MilestoneEvidenceForm()
    if request.method == "POST":
        milestone = get_editable_or_403(Milestone.objects.select_related("task__plan"), request.user, pk=pk)
        form = MilestoneEvidenceForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.milestone_evidence_upload(milestone=milestone, uploaded=form.cleaned_data["file"],
                                                   acting_user=request.user)
            except ValidationError as exc:
                form.add_error("file", exc.messages)
            else:
                messages.success(request, _("佐证文件已上传"))
                return redirect("plans:milestone_detail", pk=pk)
    today = timezone.localdate()
    return render(request, "plans/milestone_detail.html", {
        "milestone": milestone, "can_edit": can_edit(request.user, milestone), "form": form,
        "state": milestone_state(milestone.progress, milestone.due_date, milestone.completed_on, today),
        "reviews": access.is_supervisor or access.is_admin, "audit_entries": entries_for(milestone)[:50],
        "state_choices": MilestoneState.choices, "panels": render_panels(MILESTONE, request, milestone)},
        status=400 if form.errors else 200)


@login_required
def milestone_evidence(request, pk):
    milestone = get_visible_or_404(Milestone.objects.all(), request.user, pk=pk)
    if not milestone.evidence_file:
        raise Http404
    return FileResponse(milestone.evidence_file.open("rb"), as_attachment=True,
                        filename=milestone.evidence_name or "evidence")


@login_required
@require_POST
def milestone_review(request, pk, action):
    milestone = get_visible_or_404(Milestone.objects.select_related("task__plan"), request.user, pk=pk)
    service = {"approve": services.milestone_approve, "verify": services.milestone_verify}.get(action)
    if service is None:
        raise Http404
    try:
        service(milestone=milestone, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    except PermissionDenied:
        raise
    else:
        messages.success(request, _("节点已审核") if action == "approve" else _("节点已核验"))
    back = request.POST.get("next", "")
    return redirect(back if back.startswith("/plans/") else reverse("plans:milestone_detail", args=[pk]))
