"""附件3 数智绿色转型项目培育库: diagnoses, 智改数转 projects, factory ratings, cases, solutions, 场景指南.

Every record names its enterprise in the registry (by 统一社会信用代码 on import); scoping follows the enterprise's
zone and editing is for the pool's keepers (``permissions``, area ``transformation.pool`` of ``core.keepers``).
"""
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.core.versioning import Versioned
from actiondesk.transformation.choices import (
    CaseStatus,
    Category,
    DiagnosisMethod,
    FactoryKind,
    FactoryLevel,
    ProjectState,
    RatingStage,
    Scope,
)
from actiondesk.transformation.models_settings import TransformationSettings
from actiondesk.transformation.permissions import EditorsEdit

MONEY = {"max_digits": 14, "decimal_places": 2, "null": True, "blank": True}
FIGURE = {"max_digits": 14, "decimal_places": 2, "null": True, "blank": True}
LEVEL = [MinValueValidator(1), MaxValueValidator(5)]

__all__ = ["Diagnosis", "FactoryRating", "SceneGuide", "Solution", "TransformationCase", "TransformationProject",
           "TransformationSettings"]


def _level(label, *, required=False):
    return models.PositiveSmallIntegerField(label, validators=LEVEL, null=not required, blank=not required)


class Diagnosis(EditorsEdit, models.Model):
    """An assessment of an enterprise's digital / smart-manufacturing maturity (评估诊断)."""

    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE,
                                   related_name="transformation_diagnoses", verbose_name=_("企业"))
    diagnosed_on = models.DateField(_("诊断日期"))
    provider = models.CharField(_("服务商"), max_length=200, blank=True)
    method = models.CharField(_("诊断方式"), max_length=12, choices=DiagnosisMethod.choices)
    level_overall = _level(_("总体成熟度等级"), required=True)
    level_personnel = _level(_("人员"))
    level_technology = _level(_("技术"))
    level_resources = _level(_("资源"))
    level_manufacturing = _level(_("制造"))
    findings = models.TextField(_("主要问题"), blank=True)
    measures = models.TextField(_("改造建议"), blank=True)
    report = models.FileField(_("诊断报告"), upload_to="transformation/diagnoses/%Y/", blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")

    scope_zone = "enterprise__zone"

    class Meta:
        verbose_name = _("评估诊断")
        verbose_name_plural = _("评估诊断")
        ordering = ["enterprise", "-diagnosed_on", "-pk"]
        constraints = [models.CheckConstraint(condition=Q(level_overall__gte=1, level_overall__lte=5),
                                              name="diagnosis_level_1_to_5")]
        indexes = [models.Index(fields=["enterprise", "diagnosed_on"])]

    def __str__(self):
        return f"{self.get_method_display()} {self.diagnosed_on:%Y-%m-%d}"


class Solution(EditorsEdit, models.Model):
    """A "小快轻准" solution of the catalogue: what it does, for which industry, who sells it, at what price."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="transformation_solutions",
                             verbose_name=_("示范区"))
    name = models.CharField(_("解决方案"), max_length=200)
    industry = models.CharField(_("适用行业"), max_length=20, choices=Industry.choices, default=Industry.OTHER)
    category = models.CharField(_("类别"), max_length=12, choices=Category.choices, default=Category.OTHER)
    vendor = models.CharField(_("服务商"), max_length=200, blank=True)
    reference_price = models.DecimalField(_("参考价格（万元）"), **MONEY)
    description = models.TextField(_("说明"), blank=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("“小快轻准”解决方案")
        verbose_name_plural = _("“小快轻准”解决方案")
        ordering = ["industry", "name"]
        constraints = [models.CheckConstraint(condition=Q(reference_price__isnull=True) | Q(reference_price__gte=0),
                                              name="solution_price_not_negative")]

    def __str__(self):
        return self.name


class TransformationProject(EditorsEdit, Versioned):
    """An enterprise's 智改数转 project, from 储备 to 验收; an investment project links to the ledger instead."""

    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE,
                                   related_name="transformation_projects", verbose_name=_("企业"))
    name = models.CharField(_("项目名称"), max_length=200)
    scope = models.CharField(_("改造方向"), max_length=12, choices=Scope.choices, default=Scope.DIGITAL)
    category = models.CharField(_("改造内容"), max_length=12, choices=Category.choices, default=Category.EQUIPMENT)
    solution = models.ForeignKey(Solution, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="projects", verbose_name=_("解决方案"))
    vendor = models.CharField(_("服务商"), max_length=200, blank=True)
    ledger_project = models.ForeignKey("projects.Project", on_delete=models.SET_NULL, null=True, blank=True,
                                       related_name="transformation_projects", verbose_name=_("重点项目台账"))
    planned_investment = models.DecimalField(_("计划投资（万元）"), **MONEY)
    actual_investment = models.DecimalField(_("实际投资（万元）"), **MONEY)
    subsidy_applied = models.DecimalField(_("申请补助（万元）"), **MONEY)
    subsidy_granted = models.DecimalField(_("获得补助（万元）"), **MONEY)
    started_on = models.DateField(_("开始日期"), null=True, blank=True)
    completed_on = models.DateField(_("完成日期"), null=True, blank=True)
    state = models.CharField(_("状态"), max_length=12, choices=ProjectState.choices, default=ProjectState.RESERVE)
    efficiency_before = models.DecimalField(_("改造前生产效率（件/人·时）"), **FIGURE)
    efficiency_after = models.DecimalField(_("改造后生产效率（件/人·时）"), **FIGURE)
    energy_before = models.DecimalField(_("改造前单位产品能耗（千克标煤）"), **FIGURE)
    energy_after = models.DecimalField(_("改造后单位产品能耗（千克标煤）"), **FIGURE)
    quality_before = models.DecimalField(_("改造前产品不良率（%）"), **FIGURE)
    quality_after = models.DecimalField(_("改造后产品不良率（%）"), **FIGURE)

    scope_zone = "enterprise__zone"

    class Meta:
        verbose_name = _("智改数转项目")
        verbose_name_plural = _("智改数转项目")
        ordering = ["enterprise", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(completed_on__isnull=True) | Q(started_on__isnull=True)
                                   | Q(completed_on__gte=F("started_on")), name="transformation_completed_after_start"),
            models.CheckConstraint(condition=Q(planned_investment__isnull=True) | Q(planned_investment__gte=0),
                                   name="transformation_planned_not_negative"),
            models.CheckConstraint(condition=Q(actual_investment__isnull=True) | Q(actual_investment__gte=0),
                                   name="transformation_actual_not_negative"),
        ]
        indexes = [models.Index(fields=["state", "completed_on"])]

    def __str__(self):
        return self.name


class FactoryRating(EditorsEdit, models.Model):
    """A smart-factory or green-factory rating of an enterprise, from 培育 to 认定, with its certificate."""

    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE,
                                   related_name="factory_ratings", verbose_name=_("企业"))
    kind = models.CharField(_("类别"), max_length=8, choices=FactoryKind.choices)
    level = models.CharField(_("等级"), max_length=12, choices=FactoryLevel.choices)
    stage = models.CharField(_("阶段"), max_length=12, choices=RatingStage.choices, default=RatingStage.CULTIVATING)
    applied_on = models.DateField(_("申报日期"), null=True, blank=True)
    recognised_on = models.DateField(_("认定日期"), null=True, blank=True)
    expires_on = models.DateField(_("有效期至"), null=True, blank=True)
    certificate_number = models.CharField(_("证书/公示文号"), max_length=100, blank=True)

    scope_zone = "enterprise__zone"

    class Meta:
        verbose_name = _("工厂评级")
        verbose_name_plural = _("工厂评级")
        ordering = ["enterprise", "kind", "recognised_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(stage="recognised") | Q(recognised_on__isnull=False),
                                   name="rating_recognised_has_date"),
            models.CheckConstraint(condition=Q(expires_on__isnull=True) | Q(recognised_on__isnull=True)
                                   | Q(expires_on__gte=F("recognised_on")), name="rating_expiry_after_recognition"),
        ]
        indexes = [models.Index(fields=["kind", "stage", "recognised_on"])]

    def __str__(self):
        return f"{self.get_level_display()}{self.get_kind_display()}"


class TransformationCase(EditorsEdit, models.Model):
    """A 智改数转 case write-up of a project, reviewed and published by the pool's keepers (产业创新局 by default)."""

    project = models.ForeignKey(TransformationProject, on_delete=models.CASCADE, related_name="cases",
                                verbose_name=_("智改数转项目"))
    title = models.CharField(_("案例名称"), max_length=200)
    problem = models.TextField(_("面临问题"), blank=True)
    solution = models.TextField(_("解决方案"), blank=True)
    investment = models.DecimalField(_("投入（万元）"), **MONEY)
    effect = models.TextField(_("实测成效"), blank=True)
    replicability = models.TextField(_("可复制推广性"), blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=CaseStatus.choices, default=CaseStatus.DRAFT)
    published_on = models.DateField(_("发布日期"), null=True, blank=True)

    scope_zone = "project__enterprise__zone"

    class Meta:
        verbose_name = _("智改数转案例")
        verbose_name_plural = _("智改数转案例")
        ordering = ["-published_on", "-pk"]
        constraints = [models.CheckConstraint(condition=~Q(status="published") | Q(published_on__isnull=False),
                                              name="case_published_has_date")]

    def __str__(self):
        return self.title


class SceneGuide(EditorsEdit, Versioned):
    """The 场景指南 of one industry: its typical digital-transformation scenes and the solutions that fit."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="scene_guides",
                             verbose_name=_("示范区"))
    industry = models.CharField(_("行业"), max_length=20, choices=Industry.choices)
    introduction = models.TextField(_("概述"), blank=True)
    scenes = models.TextField(_("典型场景"), blank=True, help_text=_("每行一个场景：场景名称：说明"))
    solutions = models.ManyToManyField(Solution, blank=True, related_name="guides", verbose_name=_("适用解决方案"))
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("场景指南")
        verbose_name_plural = _("场景指南")
        ordering = ["zone", "industry"]
        constraints = [models.UniqueConstraint(fields=["zone", "industry"], name="scene_guide_one_per_industry")]

    def __str__(self):
        return self.get_industry_display()

    def scene_lines(self) -> list[tuple[str, str]]:
        out = []
        for line in self.scenes.splitlines():
            if line.strip():
                name, _sep, text = line.strip().replace(":", "：").partition("：")
                out.append((name.strip(), text.strip()))
        return out
