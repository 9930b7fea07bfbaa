"""Writes of the reporting workflow: draft → submitted → approved, or returned with a reason → resubmitted.

Every function is keyword-only, atomic, checks who is acting, and writes its audit row.
"""
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from actiondesk.core.access import access_for
from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.models import AuditAction, NotificationKind
from actiondesk.core.notifications import Message, notify
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_can_edit, ensure_role
from actiondesk.core.values import clean_text
from actiondesk.core.versioning import FieldChange, bump, check_version, shown
from actiondesk.org.choices import Role
from actiondesk.supervision.attachments import attachment_problem
from actiondesk.supervision.choices import ReportStatus
from actiondesk.supervision.models import (
    Attachment,
    IndicatorValue,
    IssuedPeriod,
    PeriodReport,
    ReportingPeriod,
    SupportNote,
    TaskProgress,
)
from actiondesk.supervision.responsibility import responsibilities

REVIEWERS = (Role.ADMIN, Role.SUPERVISOR)
NOTE_FIELDS = ("progress", "problems", "next_steps")


def _reviewer(user, report) -> None:
    ensure_role(user, report.period.plan.zone_id, *REVIEWERS, message="只有督查室或管理员可以审核报告")


def _editable(user, report) -> None:
    ensure_can_edit(user, report, "该报告不可由您修改（不属于本部门，或已报送/已审核锁定）")


def latest_report(period, department_id) -> PeriodReport | None:
    return PeriodReport.objects.filter(period=period, department_id=department_id).order_by("-revision").first()


@transaction.atomic
def report_open(*, period, acting_user) -> PeriodReport:
    """The department's current report for the period, created as a draft the first time."""
    access = ensure_role(acting_user, period.plan.zone_id, Role.DEPARTMENT, message="只有部门用户可以填报")
    if access is None:
        raise PermissionDenied("只有部门用户可以填报")  # a report belongs to a department: never SYSTEM
    report = latest_report(period, access.department_id)
    if report is not None:
        return report
    # Two first visits at once (a double click) would both create revision 1: the period lock orders them.
    ReportingPeriod.objects.select_for_update().filter(pk=period.pk).first()
    report = latest_report(period, access.department_id)
    if report is not None:
        return report
    report = PeriodReport.objects.create(period=period, department_id=access.department_id, revision=1)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=report, after=snapshot(report))
    return report


def _values_snapshot(report) -> dict:
    values = {str(v.indicator_id): [v.value, v.reference_value] for v in report.values.all()}
    notes = {str(n.task_id): [n.progress, n.problems, n.next_steps] for n in report.task_notes.all()}
    support = {str(n.task_id): n.text for n in report.support_notes.all()}
    return {"values": values, "notes": notes, "support": support}


def _report_changes(report, parsed: dict, notes: dict) -> list[FieldChange]:
    """What the stored report says where it differs from what the caller tried to save (for StaleVersion)."""
    stored = {v.indicator_id: v for v in report.values.select_related("indicator")}
    names = dict(report.period.plan.indicators.filter(pk__in=parsed).values_list("pk", "name"))
    changes = []
    for indicator_id, (value, reference) in parsed.items():
        row = stored.get(indicator_id)
        theirs = (row.value, row.reference_value) if row else (None, None)
        for label, yours, their in ((_("累计完成"), value, theirs[0]), (_("参照值"), reference, theirs[1])):
            if yours != their:
                changes.append(FieldChange(f"value_{indicator_id}", f"{names.get(indicator_id, indicator_id)} · {label}",
                                           shown(yours), shown(their)))
    stored_notes = {n.task_id: n for n in report.task_notes.select_related("task")}
    for task_id, texts in notes.items():
        row = stored_notes.get(int(task_id))
        for field in NOTE_FIELDS:
            yours, theirs = (texts.get(field) or "").strip(), getattr(row, field, "") if row else ""
            if yours != theirs:
                label = TaskProgress._meta.get_field(field).verbose_name
                task = row.task.number if row else task_id
                changes.append(FieldChange(f"{field}_{task_id}", f"{task} · {label}", shown(yours), shown(theirs)))
    return changes


@transaction.atomic
def report_save(*, report, acting_user, values: dict | None = None, notes: dict | None = None,
                support_notes: dict | None = None, expected_version: int | None = None) -> PeriodReport:
    """Store the department's figures and notes. ``values``: {indicator id: {"value", "reference_value"}};
    ``notes``: {task id: {"progress", "problems", "next_steps"}} on the tasks it leads; ``support_notes``:
    {task id: 配合情况 text} on the tasks it supports. Only its own indicators and tasks.
    ``expected_version``: the version the form was filled from; a newer stored one refuses it (StaleVersion)."""
    report = PeriodReport.objects.select_for_update().select_related("period__plan").get(pk=report.pk)
    _editable(acting_user, report)
    duty = responsibilities(report.period.plan_id)
    own_indicators = set(duty.indicators_of(report.department_id))
    own_tasks = set(duty.tasks_of(report.department_id))
    before = _values_snapshot(report)
    errors = []
    parsed = {}
    for key, raw in (values or {}).items():
        indicator_id = int(key)
        if indicator_id not in own_indicators:
            raise PermissionDenied("只能填报本部门负责的、非系统计算的指标")
        try:
            parsed[indicator_id] = (clean_decimal(raw.get("value"), model=IndicatorValue, field="value"),
                                    clean_decimal(raw.get("reference_value"), model=IndicatorValue,
                                                  field="reference_value"))
        except ValidationError as exc:
            errors.extend(exc.messages)
    for key, texts in (notes or {}).items():
        if int(key) not in own_tasks:
            raise PermissionDenied("只能填报本部门牵头任务的进展")
        for name in NOTE_FIELDS:
            try:
                clean_text(texts.get(name), field=name, label=str(TaskProgress._meta.get_field(name).verbose_name))
            except ValidationError as exc:
                errors.extend(exc.messages)
    supported = set(duty.supported_tasks_of(report.department_id))
    for key, text in (support_notes or {}).items():
        if int(key) not in supported:
            raise PermissionDenied("只能填写本部门配合任务的配合情况")
        try:
            clean_text(text, field="support", label="配合情况")
        except ValidationError as exc:
            errors.extend(exc.messages)
    if errors:
        raise ValidationError(errors)
    check_version(report, expected_version, changes=lambda: _report_changes(report, parsed, notes or {}))
    for indicator_id, (value, reference) in parsed.items():
        IndicatorValue.objects.update_or_create(report=report, indicator_id=indicator_id,
                                                defaults={"value": value, "reference_value": reference})
    for key, texts in (notes or {}).items():
        TaskProgress.objects.update_or_create(report=report, task_id=int(key),
                                              defaults={f: (texts.get(f) or "").strip() for f in NOTE_FIELDS})
    for key, text in (support_notes or {}).items():
        SupportNote.objects.update_or_create(report=report, task_id=int(key), defaults={"text": (text or "").strip()})
    after = _values_snapshot(report)
    bump(report)
    report.save(update_fields=["version"])
    if after != before:
        audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=report, before=before, after=after,
                     note="填报")
    return report


def _transition(report, acting_user, status, note, **fields) -> PeriodReport:
    before = snapshot(report, ["status", "return_reason"])
    report.status = status
    for name, value in fields.items():
        setattr(report, name, value)
    bump(report)
    report.save()
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=report, before=before,
                 after=snapshot(report, ["status", "return_reason"]), note=note)
    return report


def _own_department(user, report) -> bool:
    access = access_for(user)
    return access is not None and access.is_department and access.department_id == report.department_id


# The workflow steps lock the report and treat a repeat of the step just taken (a double click, a retried
# request) as done: one transition, one audit row, no error. Only then is the version compared.
@transaction.atomic
def report_submit(*, report, acting_user, expected_version: int | None = None) -> PeriodReport:
    report = PeriodReport.objects.select_for_update().select_related("period__plan").get(pk=report.pk)
    if report.status == ReportStatus.SUBMITTED and _own_department(acting_user, report):
        return report
    _editable(acting_user, report)
    check_version(report, expected_version)
    now = timezone.now()
    note = "重新报送" if report.status == ReportStatus.RETURNED else "报送"
    return _transition(report, acting_user, ReportStatus.SUBMITTED, note, submitted_at=now,
                       submitted_by=acting_user, first_submitted_at=report.first_submitted_at or now)


@transaction.atomic
def report_approve(*, report, acting_user, expected_version: int | None = None) -> PeriodReport:
    report = PeriodReport.objects.select_for_update().select_related("period__plan").get(pk=report.pk)
    _reviewer(acting_user, report)
    if report.status == ReportStatus.APPROVED and report.reviewed_by_id == getattr(acting_user, "pk", None):
        return report
    check_version(report, expected_version)
    if report.status != ReportStatus.SUBMITTED:
        raise ValidationError("只能审核已报送的报告")
    return _transition(report, acting_user, ReportStatus.APPROVED, "审核通过", reviewed_at=timezone.now(),
                       reviewed_by=acting_user)


@transaction.atomic
def report_return(*, report, acting_user, reason: str, expected_version: int | None = None) -> PeriodReport:
    report = PeriodReport.objects.select_for_update().select_related("period__plan").get(pk=report.pk)
    _reviewer(acting_user, report)
    reason = clean_text((reason or "").strip(), field="reason", label="退回原因")
    if not reason:
        raise ValidationError("退回须填写原因")
    if report.status == ReportStatus.RETURNED and report.return_reason == reason:
        return report
    check_version(report, expected_version)
    if report.status != ReportStatus.SUBMITTED:
        raise ValidationError("只能退回已报送的报告")
    report = _transition(report, acting_user, ReportStatus.RETURNED, f"退回：{reason}", return_reason=reason,
                         reviewed_at=timezone.now(), reviewed_by=acting_user,
                         times_returned=report.times_returned + 1)
    # The department's bell (and e-mail when configured): what was returned and why, linking to the report.
    notify(acting_user=acting_user, departments=[report.department], kind=NotificationKind.REPORT_RETURNED,
           text=Message(gettext_noop("%(period)s进度报告被退回：%(reason)s"),
                        {"period": report.period.label_message, "reason": reason[:120]}), target=report,
           url=reverse("supervision:report_detail", args=[report.pk]), zone=report.period.plan.zone)
    return report


@transaction.atomic
def report_reopen_for_correction(*, report, acting_user, reason: str) -> PeriodReport:
    """An approved report stays locked; a correction is a new revision (a draft copy) for the department."""
    report = PeriodReport.objects.select_for_update().select_related("period__plan").get(pk=report.pk)
    _reviewer(acting_user, report)
    reason = clean_text((reason or "").strip(), field="reason", label="更正原因")
    if not reason:
        raise ValidationError("更正须填写原因")
    latest = PeriodReport.objects.filter(period=report.period, department=report.department).aggregate(
        Max("revision"))["revision__max"]
    if report.status != ReportStatus.APPROVED or report.revision != latest:
        raise ValidationError("只能对最新的已审核报告发起更正")
    new = PeriodReport.objects.create(period=report.period, department=report.department, revision=latest + 1,
                                      correction_reason=reason, first_submitted_at=report.first_submitted_at)
    IndicatorValue.objects.bulk_create([IndicatorValue(report=new, indicator_id=v.indicator_id, value=v.value,
                                                       reference_value=v.reference_value, note=v.note)
                                        for v in report.values.all()])
    TaskProgress.objects.bulk_create([TaskProgress(report=new, task_id=n.task_id, progress=n.progress,
                                                   problems=n.problems, next_steps=n.next_steps)
                                      for n in report.task_notes.all()])
    SupportNote.objects.bulk_create([SupportNote(report=new, task_id=n.task_id, text=n.text)
                                     for n in report.support_notes.all()])
    issued = IssuedPeriod.objects.filter(period=report.period).first()
    after_issue = f"通报发布后更正（{report.period.official_label}已于{issued.issued_at:%Y-%m-%d}发布）" if issued else "更正"
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=new, after=snapshot(new),
                 note=f"{after_issue}（第{new.revision}版）：{reason}")
    return new


@transaction.atomic
def attachment_add(*, note: TaskProgress, uploaded_file, acting_user) -> Attachment:
    _editable(acting_user, note.report)
    head = uploaded_file.read(16)
    uploaded_file.seek(0)
    problem = attachment_problem(uploaded_file.name, head, uploaded_file.size)
    clean_text(uploaded_file.name, field="file", label="文件名")
    if problem:
        raise ValidationError(problem)
    attachment = Attachment.objects.create(note=note, file=uploaded_file, original_name=uploaded_file.name[:255],
                                           size=uploaded_file.size, uploaded_by=acting_user)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=note.report,
                 after={"attachment": attachment.original_name, "task": note.task_id}, note="上传附件")
    return attachment


@transaction.atomic
def attachment_add_to_task(*, report: PeriodReport, task, uploaded_file, acting_user) -> Attachment:
    """Attach a file to the report's note on ``task`` (one of the department's tasks), creating the note."""
    _editable(acting_user, report)
    if task.pk not in responsibilities(report.period.plan_id).tasks_of(report.department_id):
        raise ValidationError("该任务不由本部门牵头，不能在本报告中上传附件")
    note, _created = TaskProgress.objects.get_or_create(report=report, task=task)
    return attachment_add(note=note, uploaded_file=uploaded_file, acting_user=acting_user)


@transaction.atomic
def report_explain_values(*, report, acting_user, reasons: dict) -> None:
    """Record why figures that fell or jumped are right (asked before submitting); audited with the report."""
    _editable(acting_user, report)
    reasons = {str(pk): (text or "").strip()[:500] for pk, text in reasons.items() if (text or "").strip()}
    if not reasons:
        return
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=report, after={"value_reasons": reasons},
                 note="数值变动说明：" + "；".join(reasons.values()))
