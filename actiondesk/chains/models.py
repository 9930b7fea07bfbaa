from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import ChainKind, Industry, PlacementRole, SegmentPosition, TargetStatus


class Chain(models.Model):
    """An industry chain the zone builds up (链长制): a strategic emerging chain or a leading industry."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="chains", verbose_name=_("示范区"))
    name = models.CharField(_("产业链"), max_length=60)
    kind = models.CharField(_("类别"), max_length=20, choices=ChainKind.choices, default=ChainKind.STRATEGIC)
    # The leading industry the chain belongs to; output by industry sums the enterprises on its chains.
    industry = models.CharField(_("所属主导产业"), max_length=20, choices=Industry.choices, blank=True)
    chief = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="chains_led", verbose_name=_("链长"))
    chief_name = models.CharField(_("链长姓名"), max_length=60, blank=True)
    department = models.ForeignKey("org.Department", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="chains", verbose_name=_("牵头部门"))
    policy_note = models.TextField(_("一链一策"), blank=True)
    sort_order = models.PositiveIntegerField(_("排序"), default=0)

    scope_zone = "zone"
    scope_departments = ("department",)

    class Meta:
        verbose_name = _("产业链")
        verbose_name_plural = _("产业链")
        ordering = ["sort_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["zone", "name"], name="chain_unique_name_per_zone")]

    def __str__(self):
        return self.name

    @property
    def chief_display(self) -> str:
        if self.chief_id:
            return self.chief.get_full_name() or self.chief.username
        return self.chief_name


class ChainSegment(models.Model):
    """A link of a chain (e.g. 伺服电机 in 特种机器人 中游); links may nest under a parent link."""

    chain = models.ForeignKey(Chain, on_delete=models.CASCADE, related_name="segments", verbose_name=_("产业链"))
    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="children",
                               verbose_name=_("上级环节"))
    position = models.CharField(_("位置"), max_length=20, choices=SegmentPosition.choices)
    name = models.CharField(_("环节"), max_length=80)
    is_key = models.BooleanField(_("关键环节"), default=False)
    sort_order = models.PositiveIntegerField(_("排序"), default=0)
    enterprises = models.ManyToManyField("enterprises.Enterprise", through="SegmentEnterprise",
                                         related_name="chain_segments", verbose_name=_("企业"))

    scope_zone = "chain__zone"
    scope_departments = ("chain__department",)

    class Meta:
        verbose_name = _("产业链环节")
        verbose_name_plural = _("产业链环节")
        ordering = ["chain", "position", "sort_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["chain", "name"], name="segment_unique_name_per_chain")]

    def __str__(self):
        return self.name


class SegmentEnterprise(models.Model):
    """An enterprise placed on a chain segment, with its role there (链主, 骨干, 配套)."""

    segment = models.ForeignKey(ChainSegment, on_delete=models.CASCADE, related_name="placements",
                                verbose_name=_("环节"))
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE,
                                   related_name="segment_placements", verbose_name=_("企业"))
    role = models.CharField(_("角色"), max_length=20, choices=PlacementRole.choices, default=PlacementRole.SUPPORTING)

    scope_zone = "segment__chain__zone"
    scope_departments = ("segment__chain__department",)

    class Meta:
        verbose_name = _("链上企业")
        verbose_name_plural = _("链上企业")
        constraints = [models.UniqueConstraint(fields=["segment", "enterprise"], name="placement_unique")]

    def __str__(self):
        return f"{self.enterprise_id}@{self.segment_id}"


class InvestmentTarget(models.Model):
    """A company to approach for a gap segment (招商重点)."""

    segment = models.ForeignKey(ChainSegment, on_delete=models.CASCADE, related_name="investment_targets",
                                verbose_name=_("环节"))
    company_name = models.CharField(_("目标企业"), max_length=200)
    location = models.CharField(_("所在地"), max_length=100, blank=True)
    reason = models.TextField(_("招引理由"), blank=True)
    status = models.CharField(_("状态"), max_length=20, choices=TargetStatus.choices, default=TargetStatus.TO_CONTACT)

    scope_zone = "segment__chain__zone"
    scope_departments = ("segment__chain__department",)

    class Meta:
        verbose_name = _("招商目标")
        verbose_name_plural = _("招商目标")
        ordering = ["segment", "pk"]

    def __str__(self):
        return self.company_name


class ChainRule(models.Model):
    """A zone's rules for the chain map: when a segment is a gap and when a chain 初具规模."""

    zone = models.OneToOneField("org.Zone", on_delete=models.CASCADE, related_name="chain_rule",
                                verbose_name=_("示范区"))
    gap_below = models.PositiveIntegerField(_("薄弱环节阈值（企业数少于）"), default=2)
    shape_min_enterprises = models.PositiveIntegerField(_("初具规模：链上企业不少于"), default=10)
    shape_min_segments = models.PositiveIntegerField(_("初具规模：有企业的环节不少于"), default=4)
    shape_requires_leader = models.BooleanField(_("初具规模：须有链主"), default=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("产业链规则")
        verbose_name_plural = _("产业链规则")

    def __str__(self):
        return str(self.zone_id)


class EnterpriseOutput(models.Model):
    """An enterprise's 产值 for one month (万元), as reported for the output targets.

    Kept here rather than in the enterprises app (which holds yearly figures) because the plan's output
    targets are followed month by month per industry and chain; the 产值 metrics read only this table.
    """

    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="monthly_outputs",
                                   verbose_name=_("企业"))
    month = models.DateField(_("月份"), help_text=_("当月1日"))
    output_value = models.DecimalField(_("产值（万元）"), max_digits=14, decimal_places=2)

    scope_zone = "enterprise__zone"

    class Meta:
        verbose_name = _("企业月度产值")
        verbose_name_plural = _("企业月度产值")
        constraints = [
            models.UniqueConstraint(fields=["enterprise", "month"], name="enterprise_output_unique_month"),
            models.CheckConstraint(condition=Q(output_value__gte=0), name="enterprise_output_not_negative"),
        ]

    def __str__(self):
        return f"{self.enterprise_id} {self.month:%Y-%m}"
