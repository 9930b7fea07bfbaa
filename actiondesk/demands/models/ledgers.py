"""Policies with their beneficiaries (送政策, 免申即享) and the arrears ledger (清欠)."""
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.demands.choices import (
    BeneficiaryStatus,
)
from actiondesk.demands.models.setup import AMOUNT, USER


class Policy(models.Model):
    """A policy for enterprises (送政策), with its conditions as data over the registry (see demands.matching)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    title = models.CharField(_("政策名称"), max_length=200)
    issuer = models.CharField(_("发布单位"), max_length=100)
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("兑现部门"))
    benefit = models.CharField(_("支持内容"), max_length=300)
    conditions = models.JSONField(_("适用条件"), default=list, blank=True)
    deadline = models.DateField(_("截止日期"), null=True, blank=True)
    automatic = models.BooleanField(_("免申即享"), default=False)

    scope_zone = "zone"
    scope_departments = ("department",)
    scope_enterprise_user = "zone__memberships__user"  # every contact sees the library; matching picks theirs
    audit_labels = {"proposed": _("新列入免申即享名单")}

    class Meta:
        verbose_name = _("惠企政策")
        verbose_name_plural = _("惠企政策")
        ordering = ["deadline", "pk"]

    def __str__(self):
        return self.title


class PolicyBeneficiary(models.Model):
    """An enterprise a 免申即享 policy applies to, proposed by matching and confirmed by the department."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="beneficiaries")
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(_("状态"), max_length=10, choices=BeneficiaryStatus.choices,
                              default=BeneficiaryStatus.PROPOSED)
    decided_by = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    decided_on = models.DateField(null=True, blank=True)

    scope_zone = "policy__zone"
    scope_departments = ("policy__department",)

    class Meta:
        verbose_name = _("免申即享名单")
        verbose_name_plural = _("免申即享名单")
        constraints = [models.UniqueConstraint(fields=["policy", "enterprise"], name="beneficiary_unique")]

    def __str__(self):
        return f"{self.policy} · {self.enterprise}"


class Arrear(models.Model):
    """Money a public body owes an enterprise (拖欠账款), with its repayment plan."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="arrears",
                                   verbose_name=_("企业"))
    debtor = models.CharField(_("欠款单位"), max_length=100)
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("清欠责任部门"))
    amount = models.DecimalField(_("欠款金额(万元)"), **AMOUNT)
    due_on = models.DateField(_("应付日期"))
    plan = models.CharField(_("还款计划"), max_length=300, blank=True)

    scope_zone = "zone"
    scope_departments = ("department",)

    class Meta:
        verbose_name = _("拖欠账款")
        verbose_name_plural = _("拖欠账款")
        ordering = ["due_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="arrear_amount_positive")]

    def __str__(self):
        return f"{self.debtor} → {self.enterprise}"


class Repayment(models.Model):
    """A payment made on an arrear."""

    arrear = models.ForeignKey(Arrear, on_delete=models.CASCADE, related_name="repayments")
    paid_on = models.DateField(_("还款日期"))
    amount = models.DecimalField(_("还款金额(万元)"), **AMOUNT)

    scope_zone = "arrear__zone"
    scope_departments = ("arrear__department",)

    class Meta:
        verbose_name = _("还款")
        verbose_name_plural = _("还款")
        ordering = ["paid_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="repayment_amount_positive")]

    def __str__(self):
        return f"{self.arrear} · {self.paid_on}"
