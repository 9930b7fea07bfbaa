from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.core.versioning import Versioned
from actiondesk.projects.choices import FactorKind, FactorStatus, ProblemStatus, ProjectType, Stage

MONEY = {"max_digits": 14, "decimal_places": 2}


class Project(Versioned):
    """An investment project the zone tracks from 洽谈 to 投产 (重点项目台账)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="projects", verbose_name=_("示范区"))
    code = models.CharField(_("项目编号"), max_length=40)
    name = models.CharField(_("项目名称"), max_length=200)
    investor = models.ForeignKey("enterprises.Enterprise", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="projects", verbose_name=_("投资主体"))
    investor_name = models.CharField(_("投资主体名称"), max_length=200, blank=True)
    industry = models.CharField(_("产业领域"), max_length=20, choices=Industry.choices, default=Industry.OTHER)
    chain = models.ForeignKey("chains.Chain", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="projects", verbose_name=_("产业链"))
    project_type = models.CharField(_("项目类型"), max_length=20, choices=ProjectType.choices,
                                    default=ProjectType.INDUSTRIAL)
    park = models.ForeignKey("parks.Park", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="projects", verbose_name=_("所在园区"))
    # The 标准地 parcel the project is built on: its 七通一平 readiness decides 拿地即开工 with the approvals.
    parcel = models.ForeignKey("parks.LandParcel", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="projects", verbose_name=_("用地地块"))
    location = models.CharField(_("建设地点"), max_length=200, blank=True)
    lead_department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="projects",
                                        verbose_name=_("责任部门"))
    responsible_leader = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                           blank=True, related_name="projects_in_charge", verbose_name=_("包保领导"))
    total_investment = models.DecimalField(_("总投资（万元）"), **MONEY, default=0)
    description = models.TextField(_("建设内容"), blank=True)
    stage = models.CharField(_("当前阶段"), max_length=20, choices=Stage.choices, default=Stage.NEGOTIATING)
    stage_on = models.DateField(_("阶段日期"), null=True, blank=True)
    # The date each stage was reached, kept in step with the ProjectStageEvent history by the service.
    signed_on = models.DateField(_("签约日期"), null=True, blank=True)
    started_on = models.DateField(_("开工日期"), null=True, blank=True)
    resumed_on = models.DateField(_("复工日期"), null=True, blank=True)
    completed_on = models.DateField(_("竣工日期"), null=True, blank=True)
    producing_on = models.DateField(_("投产日期"), null=True, blank=True)
    planned_signed_on = models.DateField(_("计划签约日期"), null=True, blank=True)
    planned_started_on = models.DateField(_("计划开工日期"), null=True, blank=True)
    planned_completed_on = models.DateField(_("计划竣工日期"), null=True, blank=True)
    planned_producing_on = models.DateField(_("计划投产日期"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_zone = "zone"
    scope_departments = ("lead_department",)

    class Meta:
        verbose_name = _("项目")
        verbose_name_plural = _("项目")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "code"], name="project_unique_code_per_zone"),
            models.CheckConstraint(condition=Q(total_investment__gte=0), name="project_investment_not_negative"),
            models.CheckConstraint(
                condition=Q(started_on__isnull=True) | Q(signed_on__isnull=True) | Q(started_on__gte=F("signed_on")),
                name="project_started_after_signed"),
            models.CheckConstraint(
                condition=Q(completed_on__isnull=True) | Q(started_on__isnull=True)
                | Q(completed_on__gte=F("started_on")),
                name="project_completed_after_started"),
        ]
        indexes = [models.Index(fields=["zone", "stage"]), models.Index(fields=["zone", "signed_on"])]

    def __str__(self):
        return self.name

    @property
    def investor_display(self) -> str:
        return self.investor.name if self.investor_id else self.investor_name


class ProjectStageEvent(models.Model):
    """One step of a project's life (签约 on a date, 开工 on a date …), with the reason when a stage was skipped."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="stage_events",
                                verbose_name=_("项目"))
    stage = models.CharField(_("阶段"), max_length=20, choices=Stage.choices)
    on = models.DateField(_("日期"))
    reason = models.CharField(_("说明"), max_length=300, blank=True)
    # Why the project started although an approval required before 开工 was missing (empty: none was).
    approval_override = models.CharField(_("例外开工原因"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    verbose_name=_("记录人"))
    recorded_at = models.DateTimeField(_("记录时间"), auto_now_add=True)

    scope_zone = "project__zone"
    scope_departments = ("project__lead_department",)

    class Meta:
        verbose_name = _("项目阶段记录")
        verbose_name_plural = _("项目阶段记录")
        ordering = ["project", "on", "pk"]
        indexes = [models.Index(fields=["stage", "on"])]

    def __str__(self):
        return f"{self.get_stage_display()} {self.on}"


class ProjectAnnualPlan(models.Model):
    """The investment a project plans to complete in one year (年度计划投资)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="annual_plans",
                                verbose_name=_("项目"))
    year = models.PositiveIntegerField(_("年度"))
    planned_investment = models.DecimalField(_("年度计划投资（万元）"), **MONEY)

    scope_zone = "project__zone"
    scope_departments = ("project__lead_department",)

    class Meta:
        verbose_name = _("年度投资计划")
        verbose_name_plural = _("年度投资计划")
        constraints = [
            models.UniqueConstraint(fields=["project", "year"], name="annual_plan_unique_year"),
            models.CheckConstraint(condition=Q(planned_investment__gte=0), name="annual_plan_not_negative"),
        ]

    def __str__(self):
        return f"{self.year}: {self.planned_investment}"


class ProjectMonthlyInvestment(models.Model):
    """Investment a project completed in one month (月度完成投资)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="monthly_investments",
                                verbose_name=_("项目"))
    month = models.DateField(_("月份"), help_text=_("当月1日"))
    amount = models.DecimalField(_("完成投资（万元）"), **MONEY)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    verbose_name=_("填报人"))
    recorded_at = models.DateTimeField(_("填报时间"), auto_now=True)

    scope_zone = "project__zone"
    scope_departments = ("project__lead_department",)

    class Meta:
        verbose_name = _("月度完成投资")
        verbose_name_plural = _("月度完成投资")
        ordering = ["project", "month"]
        constraints = [
            models.UniqueConstraint(fields=["project", "month"], name="monthly_investment_unique_month"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="monthly_investment_not_negative"),
        ]
        indexes = [models.Index(fields=["month"])]

    def __str__(self):
        return f"{self.month:%Y-%m}: {self.amount}"


class ProjectProblem(models.Model):
    """A problem holding a project back and who is solving it."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="problems", verbose_name=_("项目"))
    description = models.TextField(_("问题"))
    department = models.ForeignKey("org.Department", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="project_problems", verbose_name=_("责任部门"))
    status = models.CharField(_("状态"), max_length=20, choices=ProblemStatus.choices, default=ProblemStatus.OPEN)
    raised_on = models.DateField(_("提出日期"))
    solved_on = models.DateField(_("解决日期"), null=True, blank=True)
    resolution_note = models.TextField(_("解决情况"), blank=True)

    scope_zone = "project__zone"
    scope_departments = ("project__lead_department", "department")

    class Meta:
        verbose_name = _("项目问题")
        verbose_name_plural = _("项目问题")
        ordering = ["project", "raised_on", "pk"]

    def __str__(self):
        return self.description[:40]


class FactorNeed(models.Model):
    """A production factor a project needs (用地, 用能, 环境容量 …) and the plan to supply it (要素保障)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="factor_needs",
                                verbose_name=_("项目"))
    kind = models.CharField(_("要素类别"), max_length=20, choices=FactorKind.choices)
    quantity = models.DecimalField(_("需求量"), max_digits=14, decimal_places=2, null=True, blank=True)
    unit = models.CharField(_("单位"), max_length=20, blank=True)
    description = models.CharField(_("需求说明"), max_length=300, blank=True)
    # The land parcel the need is for (a 用地 need's natural place; 用能/用水 may name one too). SET_NULL as on
    # Project.parcel: the need is the project's record and outlives a parcel taken out of the registry.
    parcel = models.ForeignKey("parks.LandParcel", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="factor_needs", verbose_name=_("地块"))
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="factor_needs",
                                   verbose_name=_("保障部门"))
    planned_on = models.DateField(_("计划保障日期"))
    supplied_on = models.DateField(_("实际保障日期"), null=True, blank=True)
    status = models.CharField(_("状态"), max_length=20, choices=FactorStatus.choices, default=FactorStatus.PLANNED)
    progress_note = models.CharField(_("进展情况"), max_length=300, blank=True)

    scope_zone = "project__zone"
    scope_departments = ("project__lead_department", "department")

    class Meta:
        verbose_name = _("要素需求")
        verbose_name_plural = _("要素需求")
        ordering = ["planned_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(quantity__isnull=True) | Q(quantity__gte=0),
                                   name="factor_need_quantity_not_negative"),
            models.CheckConstraint(condition=~Q(status=FactorStatus.SUPPLIED) | Q(supplied_on__isnull=False),
                                   name="factor_need_supplied_has_date"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.project_id}"


class ApprovalStep(models.Model):
    """A kind of approval the zone's projects go through (立项/备案, 环评, 施工许可 …) and who grants it."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="approval_steps",
                             verbose_name=_("示范区"))
    name = models.CharField(_("审批事项"), max_length=40)
    sort_order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    department = models.ForeignKey("org.Department", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="approval_steps", verbose_name=_("审批部门"))
    required_before_start = models.BooleanField(_("开工前须办结"), default=True)
    is_active = models.BooleanField(_("启用"), default=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("审批事项")
        verbose_name_plural = _("审批事项")
        ordering = ["sort_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["zone", "name"], name="approval_step_unique_name_per_zone")]

    def __str__(self):
        return self.name

    @classmethod
    def scope_edit_q(cls, access):
        """The zone's step table is kept by its admins and the supervision office."""
        return Q() if access.is_admin or access.is_supervisor else None


class ProjectApproval(models.Model):
    """One approval a project needs: planned and granted dates and the document that granted it."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="approvals", verbose_name=_("项目"))
    step = models.ForeignKey(ApprovalStep, on_delete=models.PROTECT, related_name="approvals",
                             verbose_name=_("审批事项"))
    required = models.BooleanField(_("需办理"), default=True)
    planned_on = models.DateField(_("计划办结日期"), null=True, blank=True)
    granted_on = models.DateField(_("实际办结日期"), null=True, blank=True)
    document_number = models.CharField(_("批复文号"), max_length=100, blank=True)
    note = models.CharField(_("说明"), max_length=300, blank=True)

    scope_zone = "project__zone"
    # The project's department and the department that grants the step both record it.
    scope_departments = ("project__lead_department", "step__department")

    class Meta:
        verbose_name = _("项目审批")
        verbose_name_plural = _("项目审批")
        ordering = ["project", "step__sort_order", "step_id"]
        constraints = [models.UniqueConstraint(fields=["project", "step"], name="project_approval_unique_step")]
        indexes = [models.Index(fields=["granted_on", "planned_on"])]

    def __str__(self):
        return f"{self.step} · {self.project_id}"
