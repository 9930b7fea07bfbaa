"""The 场景项目库: scene demands and supply, match decisions and 对接 records."""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.innovation.choices import (
    Decision,
    KeeperArea,
    Level,
    SceneCategory,
    SceneKind,
    SceneState,
)
from actiondesk.innovation.models.keepers import MONEY, SceneKept, edit_q, keeps


class SceneItem(SceneKept, models.Model):
    """An entry of the 场景项目库: a demand (a problem to solve) or a supply (a capability with references)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="scene_items", verbose_name=_("示范区"))
    kind = models.CharField(_("类别"), max_length=10, choices=SceneKind.choices)
    title = models.CharField(_("名称"), max_length=200)
    description = models.TextField(_("描述"))
    category = models.CharField(_("场景类别"), max_length=20, choices=SceneCategory.choices,
                                default=SceneCategory.OTHER)
    industry = models.CharField(_("产业领域"), max_length=20, choices=Industry.choices, default=Industry.OTHER)
    chain = models.ForeignKey("chains.Chain", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="scene_items", verbose_name=_("产业链"))
    field = models.CharField(_("技术方向"), max_length=100, blank=True)
    party = models.CharField(_("提出或提供单位"), max_length=200)
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="scene_items", verbose_name=_("关联企业"))
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="scene_items",
                                   verbose_name=_("对口部门"))
    budget = models.DecimalField(_("预算（万元）"), **MONEY, null=True, blank=True)
    deadline = models.DateField(_("期望完成日期"), null=True, blank=True)
    level = models.CharField(_("案例级别"), max_length=20, choices=Level.choices, blank=True)
    references = models.TextField(_("应用案例"), blank=True)
    state = models.CharField(_("状态"), max_length=20, choices=SceneState.choices, default=SceneState.COLLECTING)
    is_ai = models.BooleanField(_("人工智能场景"), default=False)
    benchmark_on = models.DateField(_("入选标杆日期"), null=True, blank=True)
    benchmark_writeup = models.TextField(_("标杆案例说明"), blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    scope_zone = "zone"
    scope_departments = ("department",)

    class Meta:
        verbose_name = _("场景项目")
        verbose_name_plural = _("场景项目")
        ordering = ["kind", "-created_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(budget__isnull=True) | Q(budget__gte=0), name="scene_budget_not_negative"),
            models.CheckConstraint(condition=~Q(state=SceneState.BENCHMARK) | Q(benchmark_on__isnull=False),
                                   name="scene_benchmark_has_date"),
        ]
        indexes = [models.Index(fields=["zone", "kind"])]

    def __str__(self):
        return self.title

    @property
    def text(self) -> str:
        """What the matcher reads."""
        return "\n".join(t for t in (self.title, self.field, self.description, self.references) if t)


class MatchDecision(models.Model):
    """A person's accept/reject of one suggested demand–supply pair, with the explanation they saw."""

    demand = models.ForeignKey(SceneItem, on_delete=models.CASCADE, related_name="decisions_as_demand",
                               verbose_name=_("场景需求"))
    supply = models.ForeignKey(SceneItem, on_delete=models.CASCADE, related_name="decisions_as_supply",
                               verbose_name=_("场景供给"))
    decision = models.CharField(_("处理结果"), max_length=20, choices=Decision.choices)
    score = models.FloatField(_("匹配得分"), default=0)
    terms = models.JSONField(_("命中词"), default=list, blank=True)
    reasons = models.JSONField(_("排序理由"), default=list, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   verbose_name=_("处理人"))
    decided_at = models.DateTimeField(_("处理时间"), auto_now=True)

    scope_zone = "demand__zone"

    class Meta:
        verbose_name = _("匹配处理")
        verbose_name_plural = _("匹配处理")
        constraints = [models.UniqueConstraint(fields=["demand", "supply"], name="match_decision_unique_pair")]

    def __str__(self):
        return f"{self.demand_id}→{self.supply_id}"

    @classmethod
    def scope_edit_q(cls, access):
        return edit_q(access, KeeperArea.SCENES)


class Docking(models.Model):
    """An 对接 record: a demand and a supply brought together (from an accepted suggestion or by hand).

    Seen by the scene library's keepers, the zone-wide roles and the departments of both parties.
    """

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="dockings", verbose_name=_("示范区"))
    demand = models.ForeignKey(SceneItem, on_delete=models.CASCADE, related_name="dockings_as_demand",
                               verbose_name=_("场景需求"))
    supply = models.ForeignKey(SceneItem, on_delete=models.CASCADE, related_name="dockings_as_supply",
                               verbose_name=_("场景供给"))
    docked_on = models.DateField(_("对接日期"))
    note = models.TextField(_("对接说明"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("记录人"))

    scope_zone = "zone"
    scope_departments = ("demand__department", "supply__department")

    class Meta:
        verbose_name = _("对接记录")
        verbose_name_plural = _("对接记录")
        ordering = ["-docked_on", "-pk"]
        constraints = [models.UniqueConstraint(fields=["demand", "supply"], name="docking_unique_pair")]

    def __str__(self):
        return f"{self.demand} ↔ {self.supply}"

    @classmethod
    def scope_visible_q(cls, access):
        if not access.is_department or keeps(access, KeeperArea.SCENES):
            return Q()
        return Q(demand__department_id=access.department_id) | Q(supply__department_id=access.department_id)

    @classmethod
    def scope_edit_q(cls, access):
        return edit_q(access, KeeperArea.SCENES)
