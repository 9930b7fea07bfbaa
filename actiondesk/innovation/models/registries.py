"""科技成果 with their stages and adoptions, the high-value rule, platforms, events and technology contracts."""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.innovation.choices import (
    AchievementStage,
    ContractType,
    EventKind,
    KeeperArea,
    Level,
    PlatformKind,
)
from actiondesk.innovation.models.keepers import MONEY, RegistryKept, edit_q


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
        return edit_q(access, KeeperArea.REGISTRY)


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
        return edit_q(access, KeeperArea.REGISTRY)


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
        return edit_q(access, KeeperArea.REGISTRY)


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
