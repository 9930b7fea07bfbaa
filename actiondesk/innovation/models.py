"""科技创新与场景: 科技成果 and their stages, platforms, events, technology contracts, the 场景项目库, 对接 records
and the talent map. Money in 万元.

Who edits: zone admins and the keeper departments of each area (``InnovationKeeper``; until an admin names one,
产业创新局 keeps the registries and 发展改革局 the scene library, see ``DEFAULT_KEEPERS``).
"""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.innovation.choices import (
    AchievementStage,
    ContractType,
    Decision,
    EventKind,
    KeeperArea,
    Level,
    PlatformKind,
    SceneCategory,
    SceneKind,
    SceneState,
    TalentGroup,
    TalentSide,
)
from actiondesk.org.models import Department

MONEY = {"max_digits": 14, "decimal_places": 2}
# The departments that keep each area while a zone has named none (the plan's lead departments).
DEFAULT_KEEPERS = {KeeperArea.REGISTRY: "产业创新局", KeeperArea.SCENES: "发展改革局"}


class InnovationKeeper(models.Model):
    """A department that keeps one area of the innovation registries (named by a zone admin)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="innovation_keepers",
                             verbose_name=_("示范区"))
    area = models.CharField(_("范围"), max_length=20, choices=KeeperArea.choices)
    department = models.ForeignKey("org.Department", on_delete=models.CASCADE, related_name="+",
                                   verbose_name=_("部门"))

    scope_zone = "zone"

    class Meta:
        verbose_name = _("科技创新维护部门")
        verbose_name_plural = _("科技创新维护部门")
        constraints = [models.UniqueConstraint(fields=["zone", "area", "department"], name="innovation_keeper_unique")]

    def __str__(self):
        return f"{self.get_area_display()} · {self.department}"

    @classmethod
    def scope_edit_q(cls, access):
        return Q() if access.is_admin else None


def keeper_department_ids(zone_id: int, area: str) -> set[int]:
    named = set(InnovationKeeper.objects.filter(zone_id=zone_id, area=area).values_list("department_id", flat=True))
    if named:
        return named
    return set(Department.objects.filter(zone_id=zone_id, name=DEFAULT_KEEPERS[area]).values_list("pk", flat=True))


def keeps(access, area: str) -> bool:
    if access is None:
        return False
    if access.is_admin:
        return True
    return access.is_department and access.department_id in keeper_department_ids(access.zone_id, area)


def _edit_q(access, area: str):
    return Q() if keeps(access, area) else None


class RegistryKept:
    @classmethod
    def scope_edit_q(cls, access):
        return _edit_q(access, KeeperArea.REGISTRY)


class SceneKept:
    @classmethod
    def scope_edit_q(cls, access):
        return _edit_q(access, KeeperArea.SCENES)


class HighValueRule(models.Model):
    """The zone's rule for 高价值 achievements: TRL at least ``min_trl`` and (expected value at least
    ``min_expected_value`` 万元, or at least ``min_invention_patents`` invention patents)."""

    zone = models.OneToOneField("org.Zone", on_delete=models.CASCADE, related_name="high_value_rule",
                                verbose_name=_("示范区"))
    min_trl = models.PositiveSmallIntegerField(_("技术就绪度不低于"), default=4)
    min_expected_value = models.DecimalField(_("预期产值不低于（万元）"), **MONEY, default=500)
    min_invention_patents = models.PositiveSmallIntegerField(_("或发明专利不少于"), default=2)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("高价值成果规则")
        verbose_name_plural = _("高价值成果规则")

    def __str__(self):
        return str(self.zone_id)

    @classmethod
    def scope_edit_q(cls, access):
        return _edit_q(access, KeeperArea.REGISTRY)


class Achievement(RegistryKept, models.Model):
    """A 科技成果 on its way 挖掘 → 概念验证 → 中试熟化 → 产业落地 (or 终止 with a reason)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="achievements", verbose_name=_("示范区"))
    code = models.CharField(_("成果编号"), max_length=40)
    title = models.CharField(_("成果名称"), max_length=200)
    description = models.TextField(_("成果简介"), blank=True)
    institution = models.CharField(_("来源单位"), max_length=100)
    field = models.CharField(_("技术领域"), max_length=60, blank=True)
    industry = models.CharField(_("产业领域"), max_length=20, choices=Industry.choices, default=Industry.OTHER)
    chain = models.ForeignKey("chains.Chain", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="achievements", verbose_name=_("产业链"))
    trl = models.PositiveSmallIntegerField(_("技术就绪度（1-9）"), default=3)
    expected_value = models.DecimalField(_("预期产值（万元）"), **MONEY, default=0)
    invention_patents = models.PositiveSmallIntegerField(_("发明专利数"), default=0)
    is_high_value = models.BooleanField(_("高价值"), default=False)
    is_high_tech = models.BooleanField(_("高技术成果"), default=False)
    high_tech_on = models.DateField(_("认定高技术成果日期"), null=True, blank=True)
    stage = models.CharField(_("当前阶段"), max_length=20, choices=AchievementStage.choices,
                             default=AchievementStage.MINING)
    stage_on = models.DateField(_("阶段日期"), null=True, blank=True)
    terminated_reason = models.CharField(_("终止原因"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("科技成果")
        verbose_name_plural = _("科技成果")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "code"], name="achievement_unique_code_per_zone"),
            models.CheckConstraint(condition=Q(trl__gte=1) & Q(trl__lte=9), name="achievement_trl_1_to_9"),
            models.CheckConstraint(condition=Q(expected_value__gte=0), name="achievement_value_not_negative"),
        ]

    def __str__(self):
        return self.title


class AchievementStageEvent(models.Model):
    """One dated step of an achievement with its evidence; dates never go backwards (checked by the service)."""

    achievement = models.ForeignKey(Achievement, on_delete=models.CASCADE, related_name="stage_events",
                                    verbose_name=_("科技成果"))
    stage = models.CharField(_("阶段"), max_length=20, choices=AchievementStage.choices)
    on = models.DateField(_("日期"))
    evidence = models.CharField(_("佐证材料"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    verbose_name=_("记录人"))
    recorded_at = models.DateTimeField(_("记录时间"), auto_now_add=True)

    scope_zone = "achievement__zone"

    class Meta:
        verbose_name = _("成果阶段记录")
        verbose_name_plural = _("成果阶段记录")
        ordering = ["achievement", "on", "pk"]

    def __str__(self):
        return f"{self.get_stage_display()} {self.on}"

    @classmethod
    def scope_edit_q(cls, access):
        return _edit_q(access, KeeperArea.REGISTRY)


class AchievementAdoption(models.Model):
    """An enterprise taking up an achievement; ``is_local`` when it is converted in the zone (本地转化/产业化)."""

    achievement = models.ForeignKey(Achievement, on_delete=models.CASCADE, related_name="adoptions",
                                    verbose_name=_("科技成果"))
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE,
                                   related_name="achievement_adoptions", verbose_name=_("承接企业"))
    is_local = models.BooleanField(_("本地转化"), default=True)
    adopted_on = models.DateField(_("承接日期"))
    note = models.CharField(_("说明"), max_length=300, blank=True)

    scope_zone = "achievement__zone"

    class Meta:
        verbose_name = _("成果承接")
        verbose_name_plural = _("成果承接")
        ordering = ["achievement", "adopted_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["achievement", "enterprise"], name="adoption_unique")]

    def __str__(self):
        return f"{self.achievement_id} → {self.enterprise_id}"

    @classmethod
    def scope_edit_q(cls, access):
        return _edit_q(access, KeeperArea.REGISTRY)


class Platform(RegistryKept, models.Model):
    """An 创新平台 or 中试平台 with its level, host and dates."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="innovation_platforms",
                             verbose_name=_("示范区"))
    name = models.CharField(_("平台名称"), max_length=200)
    kind = models.CharField(_("类别"), max_length=20, choices=PlatformKind.choices)
    level = models.CharField(_("级别"), max_length=20, choices=Level.choices, default=Level.DISTRICT)
    host = models.CharField(_("依托单位"), max_length=200)
    chain = models.ForeignKey("chains.Chain", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="innovation_platforms", verbose_name=_("产业链"))
    established_on = models.DateField(_("组建日期"), null=True, blank=True)
    recognized_on = models.DateField(_("认定日期"), null=True, blank=True)
    services = models.TextField(_("服务内容"), blank=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("创新与中试平台")
        verbose_name_plural = _("创新与中试平台")
        ordering = ["kind", "name"]
        constraints = [models.UniqueConstraint(fields=["zone", "name"], name="platform_unique_name_per_zone")]

    def __str__(self):
        return self.name


class Event(RegistryKept, models.Model):
    """A 成果路演 or 对接活动: who organised it, what was presented, who came and what came of it."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="innovation_events",
                             verbose_name=_("示范区"))
    title = models.CharField(_("活动名称"), max_length=200)
    kind = models.CharField(_("类别"), max_length=20, choices=EventKind.choices)
    held_on = models.DateField(_("举办日期"))
    organiser = models.CharField(_("主办单位"), max_length=200)
    achievements = models.ManyToManyField(Achievement, blank=True, related_name="events",
                                          verbose_name=_("路演成果"))
    enterprises = models.ManyToManyField("enterprises.Enterprise", blank=True, related_name="innovation_events",
                                         verbose_name=_("参会企业"))
    intentions = models.PositiveIntegerField(_("达成意向（项）"), default=0)
    contracts = models.PositiveIntegerField(_("签订合同（项）"), default=0)
    outcome = models.TextField(_("活动成效"), blank=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("路演与对接活动")
        verbose_name_plural = _("路演与对接活动")
        ordering = ["-held_on", "pk"]

    def __str__(self):
        return self.title


class TechContract(RegistryKept, models.Model):
    """A registered technology contract (技术合同登记), as exported by the registration system."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="tech_contracts",
                             verbose_name=_("示范区"))
    number = models.CharField(_("合同编号"), max_length=60)
    name = models.CharField(_("合同名称"), max_length=200)
    seller = models.CharField(_("卖方"), max_length=200)
    buyer = models.CharField(_("买方"), max_length=200)
    contract_type = models.CharField(_("合同类型"), max_length=20, choices=ContractType.choices)
    amount = models.DecimalField(_("成交额（万元）"), **MONEY)
    signed_on = models.DateField(_("登记日期"))

    scope_zone = "zone"

    class Meta:
        verbose_name = _("技术合同")
        verbose_name_plural = _("技术合同")
        ordering = ["-signed_on", "number"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "number"], name="tech_contract_unique_number"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="tech_contract_amount_not_negative"),
        ]
        indexes = [models.Index(fields=["zone", "signed_on"])]

    def __str__(self):
        return self.number


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
        return _edit_q(access, KeeperArea.SCENES)


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
        return _edit_q(access, KeeperArea.SCENES)


class TalentRecord(RegistryKept, models.Model):
    """Talent needed or available on a chain in one of the plan's five groups (产业人才地图)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="talent_records",
                             verbose_name=_("示范区"))
    year = models.PositiveSmallIntegerField(_("年度"))
    chain = models.ForeignKey("chains.Chain", on_delete=models.CASCADE, related_name="talent_records",
                              verbose_name=_("产业链"))
    group = models.CharField(_("人才类别"), max_length=20, choices=TalentGroup.choices)
    side = models.CharField(_("需求或供给"), max_length=10, choices=TalentSide.choices)
    headcount = models.PositiveIntegerField(_("人数"))
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="talent_records", verbose_name=_("填报企业"))
    source = models.CharField(_("来源"), max_length=100, blank=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("产业人才")
        verbose_name_plural = _("产业人才")
        ordering = ["year", "chain", "group"]

    def __str__(self):
        return f"{self.chain_id} {self.group} {self.side} {self.headcount}"


