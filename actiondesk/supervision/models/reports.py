from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from actiondesk.core.language import official_language
from actiondesk.core.notification_text import Message
from actiondesk.core.versioning import Versioned
from actiondesk.supervision.choices import PeriodKind, ReportStatus


class ReportingPeriod(models.Model):
    """A reporting period of a plan (a month or a quarter) with its due date."""

    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="reporting_periods")
    kind = models.CharField(_("周期"), max_length=12, choices=PeriodKind.choices, default=PeriodKind.MONTHLY)
    year = models.PositiveIntegerField(_("年度"))
    month = models.PositiveSmallIntegerField(_("截至月份"))  # last month covered: 1–12
    start = models.DateField(_("开始"))
    end = models.DateField(_("结束"))
    due_date = models.DateField(_("报送截止"))

    scope_zone = "plan__zone"

    class Meta:
        verbose_name = _("报送周期")
        verbose_name_plural = _("报送周期")
        ordering = ["plan", "end"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "year", "month"], name="period_unique_month_per_plan"),
            models.CheckConstraint(condition=Q(end__gte=F("start")), name="period_end_after_start"),
            models.CheckConstraint(condition=Q(due_date__gte=F("end")), name="period_due_after_end"),
            models.CheckConstraint(condition=Q(month__gte=1) & Q(month__lte=12), name="period_month_sane"),
        ]

    def __str__(self):
        return self.label

    @property
    def code(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def label(self) -> str:
        """In the UI language (2026年1-10月 / Months 1–10, 2026); ``official_label`` for what is sent on or kept."""
        return self.label_message.render()

    @property
    def label_message(self) -> Message:
        """The label as message data, for a notification that names the period (translated when read)."""
        if self.kind == PeriodKind.QUARTERLY:
            return Message(gettext_noop("%(year)s年第%(quarter)s季度"),
                           {"year": self.year, "quarter": (self.month - 1) // 3 + 1})
        if self.month > 1:
            return Message(gettext_noop("%(year)s年1-%(month)s月"), {"year": self.year, "month": self.month})
        return Message(gettext_noop("%(year)s年1月"), {"year": self.year})

    @property
    def official_label(self) -> str:
        with official_language():
            return self.label


class PeriodReport(Versioned):
    """One department's report for one period; a correction after approval is a new revision."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="reports")
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="period_reports")
    revision = models.PositiveSmallIntegerField(_("版本"), default=1)
    status = models.CharField(_("状态"), max_length=12, choices=ReportStatus.choices, default=ReportStatus.DRAFT)
    submitted_at = models.DateTimeField(_("报送时间"), null=True, blank=True)
    first_submitted_at = models.DateTimeField(_("首次报送时间"), null=True, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    return_reason = models.TextField(_("退回原因"), blank=True)
    times_returned = models.PositiveSmallIntegerField(_("退回次数"), default=0)
    correction_reason = models.TextField(_("更正原因"), blank=True)

    scope_zone = "period__plan__zone"
    scope_departments = ("department",)
    scope_private = True
    # Keys the report services add to its audit snapshots (see core.audit_display).
    audit_labels = {"values": _("填报数值（按指标编号）"), "notes": _("任务进展（按任务编号）"),
                    "support": _("配合情况（按任务编号）")}

    class Meta:
        verbose_name = _("进度报告")
        verbose_name_plural = _("进度报告")
        ordering = ["period", "department", "-revision"]
        constraints = [
            models.UniqueConstraint(fields=["period", "department", "revision"],
                                    name="report_unique_department_period_revision"),
            models.CheckConstraint(condition=Q(revision__gte=1), name="report_revision_positive"),
            models.CheckConstraint(condition=~Q(status="returned") | ~Q(return_reason=""),
                                   name="report_returned_has_reason"),
        ]

    def __str__(self):
        return f"{self.department} · {self.period} · 第{self.revision}版"

    @classmethod
    def scope_edit_q(cls, access):
        # Only the department edits, and only while the report is a draft or returned to it.
        if not access.is_department:
            return None
        return Q(department=access.department_id, status__in=[ReportStatus.DRAFT, ReportStatus.RETURNED])


class IndicatorValue(models.Model):
    """The cumulative actual of one manually reported indicator in a report."""

    report = models.ForeignKey(PeriodReport, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey("plans.Indicator", on_delete=models.CASCADE, related_name="reported_values")
    value = models.DecimalField(_("累计完成"), max_digits=18, decimal_places=4, null=True, blank=True)
    reference_value = models.DecimalField(_("参照值"), max_digits=18, decimal_places=4, null=True, blank=True,
                                          help_text=_("相对目标的参照值，如全省平均增速"))
    note = models.CharField(_("说明"), max_length=300, blank=True)

    scope_zone = "report__period__plan__zone"
    scope_departments = ("report__department",)
    scope_private = True

    class Meta:
        verbose_name = _("指标完成值")
        verbose_name_plural = _("指标完成值")
        constraints = [models.UniqueConstraint(fields=["report", "indicator"], name="value_unique_per_report")]

    def __str__(self):
        return f"{self.indicator}: {self.value}"


class TaskProgress(models.Model):
    """A task's progress note in a report: 进展情况, 存在问题, 下步计划."""

    report = models.ForeignKey(PeriodReport, on_delete=models.CASCADE, related_name="task_notes")
    task = models.ForeignKey("plans.Task", on_delete=models.CASCADE, related_name="progress_notes")
    progress = models.TextField(_("进展情况"), blank=True)
    problems = models.TextField(_("存在问题"), blank=True)
    next_steps = models.TextField(_("下步计划"), blank=True)

    scope_zone = "report__period__plan__zone"
    scope_departments = ("report__department",)

    class Meta:
        verbose_name = _("任务进展")
        verbose_name_plural = _("任务进展")
        constraints = [models.UniqueConstraint(fields=["report", "task"], name="task_note_unique_per_report")]

    def __str__(self):
        return f"{self.task} · {self.report.period}"


class Attachment(models.Model):
    """A file attached to a task's progress note (PDF, image or Office document)."""

    note = models.ForeignKey(TaskProgress, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("文件"), upload_to="supervision/%Y/%m/")
    original_name = models.CharField(_("文件名"), max_length=255)
    size = models.PositiveIntegerField(_("大小"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    scope_zone = "note__report__period__plan__zone"
    scope_departments = ("note__report__department",)
    scope_private = True  # evidence of one department's report, like the report itself

    class Meta:
        verbose_name = _("附件")
        verbose_name_plural = _("附件")

    def __str__(self):
        return self.original_name

    @classmethod
    def scope_edit_q(cls, access):
        # Added and removed with the report: only its department, only while the report is editable.
        if not access.is_department:
            return None
        return Q(note__report__department=access.department_id,
                 note__report__status__in=[ReportStatus.DRAFT, ReportStatus.RETURNED])


class Comment(models.Model):
    """A leader's instruction (批示) on a task or an indicator, shown to the responsible department."""

    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="supervision_comments")
    task = models.ForeignKey("plans.Task", on_delete=models.CASCADE, null=True, blank=True, related_name="comments")
    indicator = models.ForeignKey("plans.Indicator", on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    author_name = models.CharField(_("批示人"), max_length=150)
    text = models.TextField(_("批示"))
    created_at = models.DateTimeField(_("时间"), auto_now_add=True)

    scope_zone = "plan__zone"

    class Meta:
        verbose_name = _("领导批示")
        verbose_name_plural = _("领导批示")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(task__isnull=False, indicator__isnull=True)
                                   | Q(task__isnull=True, indicator__isnull=False), name="comment_one_target"),
            models.CheckConstraint(condition=~Q(text=""), name="comment_not_empty"),
        ]

    def __str__(self):
        return self.text[:40]


class SupportNote(models.Model):
    """A supporting (配合) department's 配合情况 on one task it supports, in its period report."""

    report = models.ForeignKey(PeriodReport, on_delete=models.CASCADE, related_name="support_notes")
    task = models.ForeignKey("plans.Task", on_delete=models.CASCADE, related_name="support_notes")
    text = models.TextField(_("配合情况"), blank=True)

    scope_zone = "report__period__plan__zone"
    scope_departments = ("report__department",)

    class Meta:
        verbose_name = _("配合情况")
        verbose_name_plural = _("配合情况")
        constraints = [models.UniqueConstraint(fields=["report", "task"], name="support_note_unique_per_report")]

    def __str__(self):
        return f"{self.task} · {self.report.department}"


class IssuedPeriod(models.Model):
    """A period whose 督导通报 was issued: statuses, scores and ranking frozen as they stood, and the files sent."""

    period = models.OneToOneField(ReportingPeriod, on_delete=models.CASCADE, related_name="issue")
    issued_at = models.DateTimeField(_("发布时间"))
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+", verbose_name=_("发布人"))
    snapshot = models.JSONField(_("发布时结果"))  # see supervision.snapshots.board_snapshot
    docx = models.BinaryField(_("督导通报"))
    docx_sha256 = models.CharField(_("通报哈希"), max_length=64)
    xlsx = models.BinaryField(_("督导台账"))
    xlsx_sha256 = models.CharField(_("台账哈希"), max_length=64)

    scope_zone = "period__plan__zone"

    class Meta:
        verbose_name = _("已发布通报")
        verbose_name_plural = _("已发布通报")
        ordering = ["period"]
        constraints = [
            models.CheckConstraint(condition=~Q(docx_sha256="") & ~Q(xlsx_sha256=""), name="issued_period_hashed"),
        ]

    def __str__(self):
        return f"{self.period} · {self.issued_at:%Y-%m-%d}"
