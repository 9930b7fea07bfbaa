from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.enterprises.choices import CertificationKind, EvidenceGrade, Operator


class AdminEdits:
    @classmethod
    def scope_edit_q(cls, access):
        return Q() if access.is_admin else None


class Ladder(AdminEdits, models.Model):
    """A cultivation ladder of the zone, e.g. 雏鹰→瞪羚→独角兽."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="ladders", verbose_name=_("示范区"))
    code = models.SlugField(_("代码"), max_length=30)
    name = models.CharField(_("名称"), max_length=100)
    position = models.PositiveSmallIntegerField(_("排序"), default=0)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("培育梯队")
        verbose_name_plural = _("培育梯队")
        ordering = ["zone", "position"]
        constraints = [models.UniqueConstraint(fields=["zone", "code"], name="ladder_unique_code_per_zone")]

    def __str__(self):
        return self.name


class Rung(AdminEdits, models.Model):
    """One step of a ladder, reached by holding a certification kind."""

    ladder = models.ForeignKey(Ladder, on_delete=models.CASCADE, related_name="rungs", verbose_name=_("梯队"))
    kind = models.CharField(_("资质"), max_length=20, choices=CertificationKind.choices)
    position = models.PositiveSmallIntegerField(_("层级"))

    scope_zone = "ladder__zone"

    class Meta:
        verbose_name = _("梯队层级")
        verbose_name_plural = _("梯队层级")
        ordering = ["ladder", "position"]
        constraints = [models.UniqueConstraint(fields=["ladder", "position"], name="rung_unique_position")]

    def __str__(self):
        return self.get_kind_display()


class RuleSet(AdminEdits, models.Model):
    """A version of a rung's criteria (2022 standard, 2026 standard …), used from its effective date."""

    rung = models.ForeignKey(Rung, on_delete=models.CASCADE, related_name="rule_sets", verbose_name=_("层级"))
    version = models.CharField(_("版本"), max_length=30)
    effective_from = models.DateField(_("生效日期"))
    effective_to = models.DateField(_("失效日期"), null=True, blank=True)
    document = models.CharField(_("依据文件"), max_length=300, blank=True)
    note = models.TextField(_("说明"), blank=True)

    scope_zone = "rung__ladder__zone"

    class Meta:
        verbose_name = _("认定标准版本")
        verbose_name_plural = _("认定标准版本")
        ordering = ["rung", "effective_from"]
        constraints = [
            models.UniqueConstraint(fields=["rung", "version"], name="ruleset_unique_version"),
            models.CheckConstraint(condition=Q(effective_to__isnull=True) | Q(effective_to__gte=F("effective_from")),
                                   name="ruleset_period_ordered"),
        ]

    def __str__(self):
        return f"{self.rung} · {self.version}"


class Criterion(AdminEdits, models.Model):
    """One condition of a rule set: metric expression, operator and threshold, with its evidence."""

    rule_set = models.ForeignKey(RuleSet, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("版本"))
    position = models.PositiveSmallIntegerField(_("序号"), default=0)
    label = models.CharField(_("指标"), max_length=100)
    expression = models.CharField(_("计算式"), max_length=400,
                                  help_text=_("年度数据字段的算式，如 rnd_expense / revenue * 100"))
    operator = models.CharField(_("比较"), max_length=2, choices=Operator.choices, default=Operator.GE)
    threshold = models.DecimalField(_("阈值"), max_digits=16, decimal_places=4)
    unit = models.CharField(_("单位"), max_length=20, blank=True)
    condition = models.CharField(_("适用条件"), max_length=200, blank=True,
                                 help_text=_("仅在条件成立时适用，如 revenue <= 5000"))
    alternative_group = models.CharField(_("择一组"), max_length=30, blank=True,
                                         help_text=_("同组条件满足其一即可"))
    evidence = models.CharField(_("证据等级"), max_length=12, choices=EvidenceGrade.choices, default=EvidenceGrade.ONE)
    unverified = models.BooleanField(_("未核实"), default=False)
    source = models.CharField(_("来源"), max_length=300, blank=True)

    scope_zone = "rule_set__rung__ladder__zone"

    class Meta:
        verbose_name = _("认定条件")
        verbose_name_plural = _("认定条件")
        ordering = ["rule_set", "position", "pk"]

    def __str__(self):
        return self.label

    def as_rule(self) -> dict:
        return {"id": self.pk, "label": self.label, "expression": self.expression, "operator": self.operator,
                "threshold": float("nan") if self.threshold is None else float(self.threshold), "unit": self.unit, "condition": self.condition,
                "group": self.alternative_group, "evidence": self.evidence,
                "unverified": self.unverified or self.evidence == "UNVERIFIED", "source": self.source}
