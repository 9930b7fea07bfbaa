from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.finance.choices import Exchange, ListingStage, LoanProduct

MONEY = {"max_digits": 14, "decimal_places": 2}


class FinanceScoped(models.Model):
    """金融+ records are kept by the zone's finance department (财政金融局 by default) on each row."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("主管部门"))

    scope_zone = "zone"
    scope_departments = ("department",)

    class Meta:
        abstract = True


class GuidanceFund(FinanceScoped):
    """A government guidance fund (政府引导基金) or one of its sub-funds (子基金)."""

    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="sub_funds",
                               verbose_name=_("母基金"))
    name = models.CharField(_("基金名称"), max_length=200)
    manager = models.CharField(_("管理人"), max_length=200, blank=True)
    size = models.DecimalField(_("基金规模（万元）"), **MONEY)
    committed = models.DecimalField(_("认缴（万元）"), **MONEY, default=0)
    paid_in = models.DecimalField(_("实缴（万元）"), **MONEY, default=0)
    focus_chains = models.ManyToManyField("chains.Chain", blank=True, related_name="guidance_funds",
                                          verbose_name=_("重点投向产业链"))

    class Meta:
        verbose_name = _("引导基金")
        verbose_name_plural = _("引导基金")
        ordering = ["parent_id", "name"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "name"], name="fund_unique_name_per_zone"),
            models.CheckConstraint(condition=Q(size__gte=0) & Q(committed__gte=0) & Q(paid_in__gte=0)
                                   & Q(paid_in__lte=F("committed")), name="fund_amounts_in_order"),
        ]

    def __str__(self):
        return self.name


class FundInvestment(models.Model):
    """A fund's investment in an enterprise."""

    fund = models.ForeignKey(GuidanceFund, on_delete=models.CASCADE, related_name="investments",
                             verbose_name=_("基金"))
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE,
                                   related_name="fund_investments", verbose_name=_("企业"))
    amount = models.DecimalField(_("投资额（万元）"), **MONEY)
    invested_on = models.DateField(_("投资日期"))

    scope_zone = "fund__zone"
    scope_departments = ("fund__department",)

    class Meta:
        verbose_name = _("基金投资")
        verbose_name_plural = _("基金投资")
        ordering = ["-invested_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="fund_investment_positive")]


class MatchmakingEvent(FinanceScoped):
    """A 政银企对接 event: banks and enterprises brought together on a date."""

    name = models.CharField(_("活动名称"), max_length=200)
    held_on = models.DateField(_("举办日期"))
    banks = models.CharField(_("参加银行"), max_length=400, blank=True)
    enterprises_attending = models.PositiveIntegerField(_("参会企业"), default=0)

    class Meta:
        verbose_name = _("政银企对接活动")
        verbose_name_plural = _("政银企对接活动")
        ordering = ["-held_on", "pk"]

    def __str__(self):
        return f"{self.held_on} {self.name}"


class RiskPool(FinanceScoped):
    """The 风险补偿资金池: money set aside to compensate banks for covered loans that go bad."""

    name = models.CharField(_("资金池"), max_length=200)
    size = models.DecimalField(_("资金池规模（万元）"), **MONEY)
    compensation_rate = models.DecimalField(_("补偿比例（%）"), max_digits=5, decimal_places=2, default=50)

    class Meta:
        verbose_name = _("风险补偿资金池")
        verbose_name_plural = _("风险补偿资金池")
        constraints = [models.CheckConstraint(condition=Q(size__gte=0) & Q(compensation_rate__gte=0)
                                              & Q(compensation_rate__lte=100), name="pool_amounts_in_range")]

    def __str__(self):
        return self.name


class Loan(FinanceScoped):
    """A loan arranged for an enterprise (often at a 政银企对接 event), possibly covered by the risk pool."""

    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="loans",
                                   verbose_name=_("企业"))
    bank = models.CharField(_("银行"), max_length=100)
    product = models.CharField(_("金融产品"), max_length=20, choices=LoanProduct.choices, default=LoanProduct.OTHER)
    amount = models.DecimalField(_("贷款金额（万元）"), **MONEY)
    granted_on = models.DateField(_("放款日期"))
    event = models.ForeignKey(MatchmakingEvent, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="loans", verbose_name=_("对接活动"))
    pool = models.ForeignKey(RiskPool, on_delete=models.PROTECT, null=True, blank=True, related_name="loans",
                             verbose_name=_("纳入风险补偿资金池"))

    class Meta:
        verbose_name = _("贷款")
        verbose_name_plural = _("贷款")
        ordering = ["-granted_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="loan_amount_positive")]


class Compensation(models.Model):
    """A compensation the pool paid a bank for a covered loan's loss."""

    pool = models.ForeignKey(RiskPool, on_delete=models.PROTECT, related_name="compensations",
                             verbose_name=_("资金池"))
    loan = models.ForeignKey(Loan, on_delete=models.PROTECT, related_name="compensations", verbose_name=_("贷款"))
    loss = models.DecimalField(_("贷款损失（万元）"), **MONEY)
    amount = models.DecimalField(_("补偿金额（万元）"), **MONEY)
    paid_on = models.DateField(_("补偿日期"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("记录人"))

    scope_zone = "pool__zone"
    scope_departments = ("pool__department",)

    class Meta:
        verbose_name = _("风险补偿")
        verbose_name_plural = _("风险补偿")
        ordering = ["paid_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0) & Q(loss__gte=F("amount")),
                                              name="compensation_within_loss")]


class ListingStep(models.Model):
    """An enterprise reaching a rung of the listing ladder (上市梯度), with the exchange and the date."""

    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="listing_steps",
                                   verbose_name=_("企业"))
    department = models.ForeignKey("org.Department", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("主管部门"))
    stage = models.CharField(_("上市梯度"), max_length=20, choices=ListingStage.choices)
    exchange = models.CharField(_("交易所/板块"), max_length=20, choices=Exchange.choices, blank=True)
    reached_on = models.DateField(_("日期"), null=True, blank=True)
    note = models.CharField(_("说明"), max_length=200, blank=True)

    scope_zone = "enterprise__zone"
    scope_departments = ("department",)

    class Meta:
        verbose_name = _("上市梯度")
        verbose_name_plural = _("上市梯度")
        ordering = ["enterprise", "reached_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["enterprise", "stage"], name="listing_step_once_per_stage")]
