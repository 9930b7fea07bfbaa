"""REST API for supervision: periods, reports (get/create/submit), review, indicator status, battle-map data.
Same scoping as the pages: every object goes through core.scoping, writes through services."""
from decimal import Decimal

from django.http import FileResponse, Http404, HttpResponse
from ninja import File, Query, Router, Schema, UploadedFile

from actiondesk.core.filters import filter_schema, filtered
from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id, Period
from actiondesk.core.scoping import get_visible_or_404, visible
from actiondesk.core.versioning import etag, if_match_version
from actiondesk.plans.models import Indicator, Plan, Task
from actiondesk.supervision import selectors_history, services, services_issue, services_plan
from actiondesk.supervision.display import indicator_cells
from actiondesk.supervision.filters import BoardFilter, BoardQuery, ReportFilterSet
from actiondesk.supervision.models import (
    Attachment,
    IndicatorValue,
    IssuedPeriod,
    PeriodReport,
    ReportingPeriod,
    TargetRevision,
)
from actiondesk.supervision.selectors import plan_board
from actiondesk.supervision.snapshots import ranking_rows

router = Router(tags=["supervision"])


class PeriodOut(Schema):
    id: int
    code: str
    label: str
    start: str
    end: str
    due_date: str

    @staticmethod
    def resolve_start(obj):
        return obj.start.isoformat()

    @staticmethod
    def resolve_end(obj):
        return obj.end.isoformat()

    @staticmethod
    def resolve_due_date(obj):
        return obj.due_date.isoformat()


class ValueIn(Schema):
    indicator: int
    value: Decimal | None = schema_field(IndicatorValue, "value")
    reference_value: Decimal | None = schema_field(IndicatorValue, "reference_value")


class NoteIn(Schema):
    task: int
    progress: str = ""
    problems: str = ""
    next_steps: str = ""


class SupportNoteIn(Schema):
    task: int
    text: str = ""


class ReportIn(Schema):
    values: list[ValueIn] = []
    notes: list[NoteIn] = []
    support_notes: list[SupportNoteIn] = []  # 配合情况 on the tasks the department supports
    submit: bool = False


class ReasonIn(Schema):
    reason: str = ""


class RevisionIn(Schema):
    value: Decimal = schema_field(TargetRevision, "value", ...)
    value_max: Decimal | None = schema_field(TargetRevision, "value_max")
    reason: str = ""


def _report_out(report) -> dict:
    return {"id": report.pk, "version": report.version, "period": report.period.code,
            "department": report.department.name,
            "revision": report.revision, "status": report.status, "return_reason": report.return_reason,
            "values": [{"indicator": v.indicator_id, "value": v.value, "reference_value": v.reference_value}
                       for v in report.values.all()],
            "notes": [{"task": n.task_id, "progress": n.progress, "problems": n.problems,
                       "next_steps": n.next_steps} for n in report.task_notes.all()],
            "support_notes": [{"task": n.task_id, "text": n.text} for n in report.support_notes.all()]}


def _reports(request):
    return visible(PeriodReport.objects.select_related("period", "department"), request.user)


@router.get("/{plan_id}/periods", response=list[PeriodOut])
def list_periods(request, plan_id: Id):
    plan = get_visible_or_404(Plan.objects.all(), request.user, pk=plan_id)
    return list(ReportingPeriod.objects.filter(plan=plan).order_by("month"))


ReportQuery = filter_schema(ReportFilterSet)


@router.get("/reports", summary="报送列表（按周期、部门、状态筛选）")
def list_reports(request, filters: Query[ReportQuery]):
    qs = filtered(ReportFilterSet, filters.dict(exclude_none=True), _reports(request), request=request)
    qs = qs.prefetch_related("values", "task_notes", "support_notes")
    return [_report_out(r) for r in qs.order_by("period__month", "department__sort_order", "-revision")]


@router.get("/reports/{report_id}")
def get_report(request, report_id: Id, response: HttpResponse):
    report = get_visible_or_404(_reports(request), request.user, pk=report_id)
    response["ETag"] = etag(report)
    return _report_out(report)


# Writes below take ``If-Match: "v<version>"`` (the ETag of the GET): 412 when the report changed since.


@router.post("/periods/{period_id}/report")
def save_report(request, period_id: Id, payload: ReportIn, response: HttpResponse):
    """Create or update the department's report for the period; ``submit`` also submits it."""
    period = get_visible_or_404(ReportingPeriod.objects.select_related("plan"), request.user, pk=period_id)
    report = services.report_open(period=period, acting_user=request.user)
    values = {v.indicator: {"value": v.value, "reference_value": v.reference_value} for v in payload.values}
    notes = {n.task: {"progress": n.progress, "problems": n.problems, "next_steps": n.next_steps}
             for n in payload.notes}
    support = {n.task: n.text for n in payload.support_notes}
    services.report_save(report=report, acting_user=request.user, values=values, notes=notes,
                         support_notes=support, expected_version=if_match_version(request))
    if payload.submit:
        report = services.report_submit(report=report, acting_user=request.user)
    report = PeriodReport.objects.get(pk=report.pk)
    response["ETag"] = etag(report)
    return _report_out(report)


@router.post("/reports/{report_id}/submit")
def submit_report(request, report_id: Id):
    report = get_visible_or_404(_reports(request), request.user, pk=report_id)
    return _report_out(services.report_submit(report=report, acting_user=request.user,
                                              expected_version=if_match_version(request)))


@router.post("/reports/{report_id}/approve")
def approve_report(request, report_id: Id):
    report = get_visible_or_404(_reports(request), request.user, pk=report_id)
    return _report_out(services.report_approve(report=report, acting_user=request.user,
                                               expected_version=if_match_version(request)))


@router.post("/reports/{report_id}/return")
def return_report(request, report_id: Id, payload: ReasonIn):
    report = get_visible_or_404(_reports(request), request.user, pk=report_id)
    return _report_out(services.report_return(report=report, acting_user=request.user,
                                              reason=payload.reason, expected_version=if_match_version(request)))


def _board(request, plan_id, period):
    plan = get_visible_or_404(Plan.objects.all(), request.user, pk=plan_id)
    return plan_board(plan, month=int(period[5:]) if period else None)


@router.get("/{plan_id}/status")
def indicator_status(request, plan_id: Id, period: Period | None = None):
    board = _board(request, plan_id, period)
    return {"period": board.period.code if board.period else None, "month": board.month,
            "indicators": [indicator_cells(r) for r in board.indicators]}


def _milestone(row) -> dict:
    return {"id": row.milestone.pk, "title": row.milestone.title, "due_date": row.milestone.due_date.isoformat(),
            "state": row.state, "days_overdue": row.days_overdue}


@router.get("/{plan_id}/battle-map")
def battle_map(request, plan_id: Id, filters: Query[BoardQuery]):
    board = _board(request, plan_id, filters.period)
    flt = BoardFilter.from_query(filters)
    issue = IssuedPeriod.objects.filter(period=board.period).defer("docx", "xlsx").first() if board.period else None
    if issue is not None:  # an issued period keeps the ranking it was issued with, as on the page
        board.ranking = ranking_rows(issue.snapshot, board.departments)
    return {
        "issued_at": issue.issued_at.isoformat() if issue else None,
        "period": board.period.code if board.period else None, "month": board.month,
        "expected_share": round(board.month * 100 / 12, 2), "counts": board.status_counts(),
        "indicators": [indicator_cells(r) for r in flt.indicators(board)],
        "tasks": [{"id": t.task.pk, "number": t.task.number, "title": t.task.title, "status": t.status,
                   "status_label": t.status_label, "programme": t.task.programme_id,
                   "lead": [d.name for d in t.leads], "milestones": [_milestone(m) for m in t.milestones],
                   "next_milestone": _milestone(t.next_milestone) if t.next_milestone else None}
                  for t in flt.tasks(board)],
        "ranking": [{"rank": r.rank, "department": r.department.name, "score": r.score.total,
                     "on_time": r.score.on_time, "progress": r.score.progress, "support": r.score.support,
                     "overdue": r.record.overdue, "returned": r.record.returned} for r in board.ranking],
        "weights": board.settings.weights,
    }


@router.post("/indicators/{indicator_id}/revise")
def revise_target(request, indicator_id: Id, payload: RevisionIn):
    """动态调整 (admins): the new target in force, with the reason; the plan's target stays as it was."""
    indicator = get_visible_or_404(Indicator.objects.select_related("plan"), request.user, pk=indicator_id)
    services_plan.indicator_revise_target(indicator=indicator, value=payload.value,
                                          value_max=payload.value_max, reason=payload.reason, acting_user=request.user)
    return {"indicator": indicator.pk, "original_target": indicator.target_value,
            "revisions": [{"previous": r.previous_value, "value": r.value, "value_max": r.value_max,
                           "reason": r.reason, "at": r.revised_at.isoformat()}
                          for r in indicator.target_revisions.all()]}


def _attachment_out(a) -> dict:
    return {"id": a.pk, "task": a.note.task_id, "name": a.original_name, "size": a.size,
            "uploaded_at": a.uploaded_at.isoformat(), "download": f"/api/supervision/attachments/{a.pk}"}


@router.get("/reports/{report_id}/attachments")
def list_attachments(request, report_id: Id):
    report = get_visible_or_404(_reports(request), request.user, pk=report_id)
    return [_attachment_out(a) for a in Attachment.objects.filter(note__report=report).select_related("note")
            .order_by("note__task__position", "pk")]


@router.post("/reports/{report_id}/tasks/{task_id}/attachments")
def upload_attachment(request, report_id: Id, task_id: Id, file: File[UploadedFile]):
    """Same checks as the report page: the department's editable report, its own task, type and size."""
    report = get_visible_or_404(_reports(request).select_related("period"), request.user, pk=report_id)
    task = get_visible_or_404(Task.objects.filter(plan_id=report.period.plan_id), request.user, pk=task_id)
    attachment = services.attachment_add_to_task(report=report, task=task, uploaded_file=file,
                                                 acting_user=request.user)
    return _attachment_out(attachment)


@router.get("/attachments/{attachment_id}")
def download_attachment(request, attachment_id: Id):
    # Attachments are private to their department (scope_private), as on the report page.
    attachment = get_visible_or_404(Attachment.objects.select_related("note__report"), request.user,
                                    pk=attachment_id)
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name)


def _issue_out(issue) -> dict:
    return {"period": issue.period.code, "issued_at": issue.issued_at.isoformat(),
            "docx_sha256": issue.docx_sha256, "xlsx_sha256": issue.xlsx_sha256}


@router.post("/periods/{period_id}/issue", summary="发布督导通报并冻结本期（督查室、管理员）")
def issue_period(request, period_id: Id):
    period = get_visible_or_404(ReportingPeriod.objects.select_related("plan"), request.user, pk=period_id)
    return _issue_out(services_issue.period_issue(period=period, acting_user=request.user))


@router.get("/periods/{period_id}/issue", summary="已发布通报的文件哈希")
def get_issue(request, period_id: Id):
    period = get_visible_or_404(ReportingPeriod.objects.select_related("plan"), request.user, pk=period_id)
    issue = IssuedPeriod.objects.filter(period=period).defer("docx", "xlsx").first()
    if issue is None:
        raise Http404("本期尚未发布通报")
    return _issue_out(issue)


@router.get("/{plan_id}/history", summary="状态历史：各期状态数、部门得分与名次、各指标状态")
def status_history(request, plan_id: Id):
    plan = get_visible_or_404(Plan.objects.all(), request.user, pk=plan_id)
    history = selectors_history.status_history(plan)
    return {"periods": [{"period": h.period.code, "label": h.period.label, "issued": h.issue is not None,
                         "issued_at": h.issue.issued_at.isoformat() if h.issue else None,
                         "counts": h.snapshot["counts"], "red": h.red, "changes_after_issue": h.changes,
                         "indicators": h.snapshot["indicators"],
                         "ranking": [{k: r[k] for k in ("department_id", "department", "rank", "total")}
                                     for r in h.snapshot["ranking"]]} for h in history["periods"]]}
