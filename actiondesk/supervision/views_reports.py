"""Report pages: a department fills in and submits; the supervision office approves or returns."""
from types import SimpleNamespace

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.scoping import can_edit, get_visible_or_404, require_role, visible
from actiondesk.core.versioning import StaleVersion
from actiondesk.org.choices import Role
from actiondesk.plans.choices import MilestoneApproval, MilestoneState
from actiondesk.plans.milestones import milestone_state
from actiondesk.plans.models import Indicator, Milestone, Task
from actiondesk.plans.selectors import current_plan
from actiondesk.supervision import selectors_reports, services
from actiondesk.supervision.choices import ReportStatus
from actiondesk.supervision.models import (
    Attachment,
    IssuedPeriod,
    PeriodReport,
    ReportingPeriod,
    TaskProgress,
)
from actiondesk.supervision.responsibility import responsibilities


@login_required
def report_list(request):
    plan = current_plan(request.user)
    access = access_for(request.user)
    if plan is None:
        return render(request, "plans/no_plan.html")
    periods = list(visible(ReportingPeriod.objects.filter(plan=plan), request.user).order_by("month"))
    reports = visible(PeriodReport.objects.filter(period__plan=plan), request.user).select_related(
        "period", "department").order_by("period__month", "department__sort_order", "-revision")
    latest = {}
    for r in reports:
        latest.setdefault((r.period_id, r.department_id), r)
    pending = [r for r in latest.values() if r.status == ReportStatus.SUBMITTED]
    mine = []
    if access.is_department:
        mine = [(p, latest.get((p.pk, access.department_id))) for p in periods]
    return render(request, "supervision/report_list.html", {
        "plan": plan, "periods": periods, "mine": mine, "pending": pending,
        "reports": list(latest.values()), "access": access})


def _form_rows(report):
    duty = responsibilities(report.period.plan_id)
    saved = report.pk is not None  # an unsaved draft (a GET before the first save) has no rows yet
    values = {v.indicator_id: v for v in report.values.all()} if saved else {}
    notes = {n.task_id: n for n in report.task_notes.prefetch_related("attachments")} if saved else {}
    indicators = Indicator.objects.filter(pk__in=duty.indicators_of(report.department_id)).order_by(
        "position").prefetch_related("tasks__programme")
    tasks = Task.objects.filter(pk__in=duty.tasks_of(report.department_id)).order_by("position")
    return ([(i, values.get(i.pk)) for i in indicators], [(t, notes.get(t.pk)) for t in tasks])


def _support_rows(report):
    """(task, 配合情况 note or None) for the tasks the department supports, with the task's lead departments."""
    duty = responsibilities(report.period.plan_id)
    notes = {n.task_id: n for n in report.support_notes.all()} if report.pk is not None else {}
    tasks = Task.objects.filter(pk__in=duty.supported_tasks_of(report.department_id)).order_by(
        "position").prefetch_related("lead_links__department")
    return [(t, notes.get(t.pk)) for t in tasks]


def _keep_typed(posted, lines, task_rows, support_rows):
    """The refused form as it was typed: figures, notes and 配合情况 (a note keeps its saved attachments)."""
    for line in lines:
        line.typed = posted.get(f"value_{line.indicator.pk}", "")
        line.typed_reference = posted.get(f"ref_{line.indicator.pk}", "")
    typed_tasks = []
    for task, note in task_rows:
        note = note or SimpleNamespace()
        note.progress, note.problems, note.next_steps = (posted.get(f"{key}_{task.pk}", "")
                                                         for key in ("progress", "problems", "next"))
        typed_tasks.append((task, note))
    typed_support = []
    for task, note in support_rows:
        note = note or SimpleNamespace()
        note.text = posted.get(f"support_{task.pk}", "")
        typed_support.append((task, note))
    return typed_tasks, typed_support


def _current_report(period, access) -> PeriodReport:
    """The department's latest report for the period, or an unsaved draft: opening a page creates nothing, the
    draft is stored with its first save."""
    return services.latest_report(period, access.department_id) or PeriodReport(
        period=period, department_id=access.department_id, revision=1)


@login_required
def report_edit(request, period_pk):
    period = get_visible_or_404(ReportingPeriod.objects.select_related("plan"), request.user, pk=period_pk)
    access = require_role(request.user, Role.DEPARTMENT)
    if request.method == "POST":
        report = services.report_open(period=period, acting_user=request.user)
    else:
        report = _current_report(period, access)
    if report.pk is not None and not can_edit(request.user, report):
        return redirect("supervision:report_detail", pk=report.pk)
    indicator_rows, task_rows = _form_rows(report)
    errors, warnings, blank_tasks, stale = [], {}, [], None
    if request.method == "POST":
        values = {i.pk: {"value": request.POST.get(f"value_{i.pk}", ""),
                         "reference_value": request.POST.get(f"ref_{i.pk}", "")} for i, _v in indicator_rows}
        notes = {t.pk: {"progress": request.POST.get(f"progress_{t.pk}", ""),
                        "problems": request.POST.get(f"problems_{t.pk}", ""),
                        "next_steps": request.POST.get(f"next_{t.pk}", "")} for t, _n in task_rows}
        support = {t.pk: request.POST.get(f"support_{t.pk}", "") for t, _n in _support_rows(report)}
        lines_before = selectors_reports.report_lines(report, indicator_rows)
        try:
            # The saved report carries the new version, so a re-rendered form is not stale itself.
            report = services.report_save(report=report, acting_user=request.user, values=values, notes=notes,
                                          support_notes=support, expected_version=request.POST.get("version"))
            for task, _n in task_rows:
                for upload in request.FILES.getlist(f"file_{task.pk}"):
                    note = TaskProgress.objects.get(report=report, task=task)
                    services.attachment_add(note=note, uploaded_file=upload, acting_user=request.user)
            if request.POST.get("action") == "submit":
                # Figures that fell or jumped, and lead tasks left blank, are confirmed before the report goes.
                asked = selectors_reports.value_warnings(lines_before, {pk: v["value"] for pk, v in values.items()})
                reasons = {pk: request.POST.get(f"reason_{pk}", "") for pk in asked}
                warnings = {pk: text for pk, text in asked.items() if not reasons[pk].strip()}
                blank_tasks = [t for t, _n in task_rows if not notes[t.pk]["progress"].strip()]
                if not warnings and (not blank_tasks or request.POST.get("confirm_blank")):
                    services.report_explain_values(report=report, acting_user=request.user, reasons=reasons)
                    services.report_submit(report=report, acting_user=request.user)
                    messages.success(request, _("报告已报送"))
                    return redirect("supervision:report_detail", pk=report.pk)
                messages.warning(request, _("草稿已保存；请确认以下事项后再报送。"))
            else:
                messages.success(request, _("草稿已保存"))
                return redirect("supervision:report_edit", period_pk=period.pk)
        except StaleVersion as exc:
            # The form now shows what the other person saved; the table beside it shows what differs.
            stale, report = exc, exc.current
        except PermissionDenied:
            report.refresh_from_db()
            if report.status != ReportStatus.SUBMITTED:
                raise
            # A second click on 报送 (or another tab) after the report went in: nothing more to do.
            messages.info(request, _("报告已报送"))
            return redirect("supervision:report_detail", pk=report.pk)
        except ValidationError as exc:
            errors = exc.messages
        indicator_rows, task_rows = _form_rows(report)
    lines = selectors_reports.report_lines(report, indicator_rows)
    support_rows = _support_rows(report)
    if errors:  # nothing was saved: the form shows what was typed, not the stored draft
        task_rows, support_rows = _keep_typed(request.POST, lines, task_rows, support_rows)
    return render(request, "supervision/report_form.html", {
        "period": period, "report": report, "indicator_rows": indicator_rows, "task_rows": task_rows,
        "support_rows": support_rows, "milestone_rows": _milestone_rows(report),
        "groups": selectors_reports.grouped(lines), "warnings": warnings,
        "prefilled": any(line.prefilled for line in lines), "blank_tasks": blank_tasks,
        "errors": errors, "stale": stale}, status=409 if stale else 200)


@login_required
def report_preview(request, period_pk):
    """htmx: the status a typed figure would produce, by the battle map's rules (nothing is saved). Keyed by the
    period, so it works before the draft's first save."""
    period = get_visible_or_404(ReportingPeriod.objects.select_related("plan"), request.user, pk=period_pk)
    access = require_role(request.user, Role.DEPARTMENT)
    report = _current_report(period, access)
    if report.pk is not None and not can_edit(request.user, report):
        raise PermissionDenied
    indicator_rows, _tasks = _form_rows(report)
    wanted = request.GET.get("indicator", "")
    found = [(i, v) for i, v in indicator_rows if str(i.pk) == wanted]
    if not found:
        raise Http404
    line = selectors_reports.report_lines(report, found)[0]
    value = selectors_reports.parse(request.GET.get(f"value_{line.indicator.pk}", ""))
    row = selectors_reports.preview(line.row, report.period.month, value)
    return render(request, "supervision/_value_preview.html", {"line": line, "row": row, "value": value})


def _milestone_rows(report) -> list:
    """The approved milestones (工作节点) the department is responsible for, as of the period's end: the place in
    the report for what it owns besides indicators and notes (progress and evidence are kept on the milestone)."""
    as_of = min(report.period.end, timezone.localdate())
    labels = dict(MilestoneState.choices)
    milestones = Milestone.objects.filter(task__plan_id=report.period.plan_id, department_id=report.department_id,
                                          approval=MilestoneApproval.APPROVED).select_related("task").order_by(
        "due_date", "position", "pk")
    rows = []
    for m in milestones:
        state = milestone_state(m.progress, m.due_date, m.completed_on, as_of)
        rows.append({"milestone": m, "state": state, "label": labels[state]})
    return rows


def _issued_context(report) -> dict:
    """When the period's 通报 was issued: which revision it counted, and whether this one came after it."""
    issue = IssuedPeriod.objects.filter(period=report.period).defer("docx", "xlsx").first()
    if issue is None:
        return {"issue": None}
    counted = issue.snapshot.get("reports", {}).get(str(report.department_id))
    return {"issue": issue, "issued_revision": counted,
            "after_issue": counted is None or report.revision > counted}


@login_required
def report_detail(request, pk):
    report = get_visible_or_404(PeriodReport.objects.select_related("period__plan", "department"), request.user,
                                pk=pk)
    indicator_rows, task_rows = _form_rows(report)
    access = access_for(request.user)
    history = PeriodReport.objects.filter(period=report.period, department=report.department).order_by("revision")
    return render(request, "supervision/report_detail.html", {
        "report": report, "indicator_rows": indicator_rows, "task_rows": task_rows,
        "support_rows": _support_rows(report), "milestone_rows": _milestone_rows(report), **_issued_context(report),
        "lines": selectors_reports.report_lines(report, indicator_rows),
        "can_edit": can_edit(request.user, report), "history": history,
        "can_review": access.role in services.REVIEWERS, "audit_entries": entries_for(report)[:50]})


@login_required
@require_POST
def report_review(request, pk):
    report = get_visible_or_404(PeriodReport.objects.all(), request.user, pk=pk)
    action, reason = request.POST.get("action"), request.POST.get("reason", "")
    try:
        if action == "approve":
            report = services.report_approve(report=report, acting_user=request.user)
            messages.success(request, _("已审核通过"))
        elif action == "return":
            report = services.report_return(report=report, acting_user=request.user, reason=reason)
            messages.success(request, _("已退回"))
        elif action == "correct":
            report = services.report_reopen_for_correction(report=report, acting_user=request.user, reason=reason)
            messages.success(request, _("已发起更正"))
        else:
            raise Http404
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    return redirect("supervision:report_detail", pk=report.pk)


@login_required
def attachment_download(request, pk):
    # Attachments are private to their department (scope_private): another department gets a 404.
    attachment = get_visible_or_404(Attachment.objects.all(), request.user, pk=pk)
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name)
