import re

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.core.versioning import Versioned
from actiondesk.plans.choices import (
    Comparator,
    EvidenceKind,
    IndicatorKind,
    MilestoneApproval,
    MilestoneProgress,
)
from actiondesk.plans.formatting import format_target
from actiondesk.plans.kinds import ComparatorRule, Kind, comparator_of, kind_of


class Plan(models.Model):
    """A zone's action plan for one year, with the document it was read from kept verbatim."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="plans", verbose_name=_("示范区"))
    year = models.PositiveIntegerField(_("年度"))
    title = models.CharField(_("标题"), max_length=200)
    source_name = models.CharField(_("来源文件"), max_length=255, blank=True)
    source_sha256 = models.CharField(_("文件摘要"), max_length=64, blank=True)
    source_text = models.TextField(_("原文"), blank=True)
    imported_at = models.DateTimeField(_("导入时间"), auto_now=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("行动方案")
        verbose_name_plural = _("行动方案")
        ordering = ["-year", "title"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "year", "title"], name="plan_unique_title_per_zone_year"),
            models.CheckConstraint(condition=Q(year__gte=2000) & Q(year__lte=2100), name="plan_year_sane"),
        ]

    def __str__(self):
        return self.title


class Goal(models.Model):
    """One of the plan's goals (the "——" lines under 行动目标)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals")
    position = models.PositiveIntegerField(_("序号"))
    title = models.CharField(_("目标"), max_length=200)
    text = models.TextField(_("原文"), blank=True)

    scope_zone = "plan__zone"

    class Meta:
        verbose_name = _("行动目标")
        verbose_name_plural = _("行动目标")
        ordering = ["plan", "position"]
        constraints = [models.UniqueConstraint(fields=["plan", "position"], name="goal_unique_position")]

    def __str__(self):
        return self.title


def programme_heading(number: str, title: str) -> str:
    """"（一）要素保障" as numbered; a part's bare numeral takes its 、 back ("三、全力强化组织保障") and an Arabic number its
    point ("（一）1.培育软件企业"), as the plan prints them."""
    mark = "、" if re.fullmatch(r"[一二三四五六七八九十百零〇]+", number) else "." if re.search(r"[0-9]$", number) else ""
    return f"{number}{mark}{title}"


class Programme(models.Model):
    """A programme (工程) grouping tasks: （一）…（六）."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="programmes")
    number = models.CharField(_("编号"), max_length=20)
    position = models.PositiveIntegerField(_("序号"))
    title = models.CharField(_("名称"), max_length=200)

    scope_zone = "plan__zone"

    class Meta:
        verbose_name = _("工程")
        verbose_name_plural = _("工程")
        ordering = ["plan", "position"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="programme_unique_number")]

    def __str__(self):
        return self.heading

    @property
    def heading(self) -> str:
        return programme_heading(self.number, self.title)

    @property
    def numbered(self) -> str:
        """The number as printed before the title ("三、", "（一）")."""
        return programme_heading(self.number, "")


class Task(models.Model):
    """A numbered key task (重点任务) with its lead (牵头) and supporting (配合) departments."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    programme = models.ForeignKey(Programme, on_delete=models.SET_NULL, null=True, blank=True, related_name="tasks")
    number = models.CharField(_("编号"), max_length=20)
    position = models.PositiveIntegerField(_("序号"))
    title = models.CharField(_("任务"), max_length=200)
    text = models.TextField(_("任务内容"), blank=True)
    lead_departments = models.ManyToManyField(
        "org.Department", related_name="led_tasks", blank=True, verbose_name=_("牵头部门"),
        through="TaskLeadDepartment",
    )
    support_departments = models.ManyToManyField(
        "org.Department", related_name="supported_tasks", blank=True, verbose_name=_("配合部门")
    )
    # "配合部门：机关各部门" — every department supports the task.
    supported_by_every_department = models.BooleanField(_("机关各部门配合"), default=False)

    scope_zone = "plan__zone"
    scope_departments = ("lead_departments", "support_departments")
    # Keys other services add to a task's audit entries (a leader's 批示), see core.audit_display.
    audit_labels = {"comment": _("批示")}

    class Meta:
        verbose_name = _("重点任务")
        verbose_name_plural = _("重点任务")
        ordering = ["plan", "position"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="task_unique_number")]

    def __str__(self):
        return f"{self.number}.{self.title}"

    @property
    def leads(self) -> list:
        """Lead departments in the order the plan names them; the first is the primary lead."""
        return [link.department for link in self.lead_links.all()]


class TaskLeadDepartment(models.Model):
    """One lead department of a task; rows are written in the plan's order, so ``id`` keeps that order."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="lead_links")
    department = models.ForeignKey("org.Department", on_delete=models.CASCADE, related_name="+")

    scope_zone = "task__plan__zone"

    class Meta:
        db_table = "plans_task_lead_departments"  # the table Django made for the plain many-to-many
        ordering = ["id"]
        unique_together = [("task", "department")]


class Indicator(Versioned):
    """A quantitative target of the plan; one indicator may be stated by several goals and tasks."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="indicators")
    position = models.PositiveIntegerField(_("序号"), default=0)
    name = models.CharField(_("指标"), max_length=200)
    target_value = models.DecimalField(_("目标值"), max_digits=18, decimal_places=4, null=True, blank=True)
    value_max = models.DecimalField(_("目标上限"), max_digits=18, decimal_places=4, null=True, blank=True)
    unit = models.CharField(_("单位"), max_length=20, blank=True)
    comparator = models.CharField(_("比较"), max_length=8, choices=Comparator.choices, default=Comparator.AT_LEAST)
    kind = models.CharField(_("类型"), max_length=20, choices=IndicatorKind.choices, default=IndicatorKind.ABSOLUTE)
    reference = models.CharField(_("参照"), max_length=100, blank=True, help_text=_("相对目标的参照，如“全省平均水平”"))
    baseline = models.DecimalField(_("基期值"), max_digits=18, decimal_places=4, null=True, blank=True)
    source_text = models.CharField(_("原文片段"), max_length=300, blank=True)
    sentence = models.TextField(_("原文句子"), blank=True)
    goals = models.ManyToManyField(Goal, related_name="indicators", blank=True, verbose_name=_("行动目标"))
    tasks = models.ManyToManyField(Task, related_name="indicators", blank=True, verbose_name=_("重点任务"))
    # Who reports it when no task names a department (targets stated only in the goals).
    lead_department = models.ForeignKey(
        "org.Department", on_delete=models.SET_NULL, null=True, blank=True, related_name="indicators",
        verbose_name=_("责任部门"),
    )
    # Name of a metric in actiondesk.core.metrics; a bound indicator is computed, never typed.
    metric = models.CharField(_("数据来源指标"), max_length=100, blank=True)

    scope_zone = "plan__zone"
    scope_departments = ("lead_department", "tasks__lead_departments", "tasks__support_departments")

    class Meta:
        verbose_name = _("指标")
        verbose_name_plural = _("指标")
        ordering = ["plan", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "name"], name="indicator_unique_name"),
            models.CheckConstraint(
                condition=Q(target_value__isnull=True) | Q(target_value__gte=0) | Q(kind=IndicatorKind.GROWTH_RATE),
                name="indicator_target_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(value_max__isnull=True) | Q(value_max__gte=F("target_value")),
                name="indicator_range_ordered",
            ),
            models.CheckConstraint(
                condition=~Q(comparator=Comparator.RANGE) | Q(value_max__isnull=False),
                name="indicator_range_has_max",
            ),
            models.CheckConstraint(
                condition=Q(kind=IndicatorKind.RELATIVE) | Q(target_value__isnull=False),
                name="indicator_target_required_unless_relative",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def target_display(self) -> str:
        return format_target(self)

    @property
    def kind_rule(self) -> Kind:
        return kind_of(self.kind)

    @property
    def comparator_rule(self) -> ComparatorRule:
        return comparator_of(self.comparator)


class Milestone(Versioned):
    """A 工作节点 of a task (任务分解表 row): a deliverable, its due date, who delivers it and the evidence."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("重点任务"))
    position = models.PositiveIntegerField(_("序号"), default=0)
    title = models.CharField(_("节点成果"), max_length=200)
    due_date = models.DateField(_("完成时限"))
    due_text = models.CharField(_("时限原文"), max_length=40, blank=True, help_text=_("如“上半年”“6月底前”"))
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="milestones",
                                   verbose_name=_("责任部门"))
    evidence_kind = models.CharField(_("佐证要求"), max_length=12, choices=EvidenceKind.choices,
                                     default=EvidenceKind.DOCUMENT)
    progress = models.CharField(_("进展"), max_length=12, choices=MilestoneProgress.choices,
                                default=MilestoneProgress.NOT_STARTED)
    completed_on = models.DateField(_("完成日期"), null=True, blank=True)
    evidence_note = models.CharField(_("佐证说明"), max_length=300, blank=True)
    evidence_link = models.URLField(_("佐证链接"), max_length=500, blank=True)
    evidence_figure = models.DecimalField(_("佐证数据"), max_digits=18, decimal_places=4, null=True, blank=True)
    evidence_file = models.FileField(_("佐证文件"), upload_to="milestones/%Y/%m/", blank=True)
    evidence_name = models.CharField(_("文件名"), max_length=255, blank=True)
    approval = models.CharField(_("审核"), max_length=12, choices=MilestoneApproval.choices,
                                default=MilestoneApproval.APPROVED)
    verified_at = models.DateTimeField(_("督查室核验时间"), null=True, blank=True)
    verified_by = models.ForeignKey("auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                    verbose_name=_("核验人"))
    source_text = models.CharField(_("原文片段"), max_length=300, blank=True)

    scope_zone = "task__plan__zone"
    scope_departments = ("department", "task__lead_departments")

    class Meta:
        verbose_name = _("工作节点")
        verbose_name_plural = _("工作节点")
        ordering = ["task__position", "due_date", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["task", "title"], name="milestone_unique_title_per_task"),
            models.CheckConstraint(condition=~Q(title=""), name="milestone_has_title"),
            models.CheckConstraint(condition=~Q(progress=MilestoneProgress.DONE) | Q(completed_on__isnull=False),
                                   name="milestone_done_has_date"),
            models.CheckConstraint(condition=Q(verified_at__isnull=True) | Q(progress=MilestoneProgress.DONE),
                                   name="milestone_verified_only_when_done"),
        ]

    def __str__(self):
        return f"{self.task.number}·{self.title}" if self.task_id else self.title

    @classmethod
    def scope_edit_q(cls, access):
        # The responsible department or a lead department of the task keeps its milestones up to date until
        # the supervision office has verified them; admins correct anything.
        if access.is_admin:
            return Q()
        if not access.is_department:
            return None
        return (Q(department=access.department_id) | Q(task__lead_departments=access.department_id)) \
            & Q(verified_at__isnull=True)


class Safeguard(models.Model):
    """A safeguard measure (保障措施)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="safeguards")
    position = models.PositiveIntegerField(_("序号"))
    title = models.CharField(_("名称"), max_length=200)
    text = models.TextField(_("内容"), blank=True)

    scope_zone = "plan__zone"

    class Meta:
        verbose_name = _("保障措施")
        verbose_name_plural = _("保障措施")
        ordering = ["plan", "position"]
        constraints = [models.UniqueConstraint(fields=["plan", "position"], name="safeguard_unique_position")]

    def __str__(self):
        return self.title


class PlanDraft(models.Model):
    """An uploaded plan document's reading, waiting for staff to check and confirm it."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="plan_drafts")
    uploaded_by = models.ForeignKey("auth.User", on_delete=models.SET_NULL, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    source_name = models.CharField(_("来源文件"), max_length=255)
    source_text = models.TextField(_("原文"))
    reading = models.JSONField(_("识别结果"))
    # The reading as the reader gave it, kept when staff confirm their corrections: what they changed scores the
    # reader on a plan it never saw (scoring.corrections, ``actiondesk plan score --confirmed``).
    read_as = models.JSONField(_("机器识别结果"), null=True, blank=True, editable=False)
    confirmed_plan = models.ForeignKey(Plan, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    scope_zone = "zone"

    class Meta:
        verbose_name = _("待确认方案")
        verbose_name_plural = _("待确认方案")

    def __str__(self):
        return self.source_name
