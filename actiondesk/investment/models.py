from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.investment.choices import LeadSource, LeadStage


class Lead(models.Model):
    """A 招商线索: a company the zone courts for a chain segment, from 线索 to 签约 (then its ledger project)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="investment_leads",
                             verbose_name=_("示范区"))
    company_name = models.CharField(_("目标企业"), max_length=200)
    company_location = models.CharField(_("所在地"), max_length=100, blank=True)
    chain = models.ForeignKey("chains.Chain", on_delete=models.PROTECT, related_name="leads",
                              verbose_name=_("产业链"))
    segment = models.ForeignKey("chains.ChainSegment", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="leads", verbose_name=_("补链环节"))
    target = models.ForeignKey("chains.InvestmentTarget", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="leads", verbose_name=_("招商目标"))
    source = models.CharField(_("线索来源"), max_length=20, choices=LeadSource.choices, default=LeadSource.DIRECT)
    referrer = models.ForeignKey("enterprises.Enterprise", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="referred_leads", verbose_name=_("推荐企业（链主）"))
    source_note = models.CharField(_("来源说明"), max_length=200, blank=True)
    stage = models.CharField(_("阶段"), max_length=20, choices=LeadStage.choices, default=LeadStage.LEAD)
    stage_on = models.DateField(_("阶段日期"), null=True, blank=True)
    # The department that works the pipeline (投资促进局 by default, see services.pipeline_department).
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="investment_leads",
                                   verbose_name=_("责任部门"))
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="investment_leads", verbose_name=_("负责人"))
    # The amount under discussion until signing; once signed the ledger project holds the investment.
    expected_investment = models.DecimalField(_("意向投资（万元）"), max_digits=14, decimal_places=2, null=True,
                                              blank=True)
    project = models.OneToOneField("projects.Project", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="lead", verbose_name=_("台账项目"))
    note = models.TextField(_("进展说明"), blank=True)
    created_on = models.DateField(_("登记日期"))

    scope_zone = "zone"
    scope_departments = ("department",)

    class Meta:
        verbose_name = _("招商线索")
        verbose_name_plural = _("招商线索")
        ordering = ["-created_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(expected_investment__isnull=True) | Q(expected_investment__gte=0),
                                   name="lead_investment_not_negative"),
            models.CheckConstraint(condition=~Q(stage="signed") | Q(project__isnull=False),
                                   name="lead_signed_has_project"),
        ]
        indexes = [models.Index(fields=["zone", "stage"]), models.Index(fields=["chain", "segment"])]

    def __str__(self):
        return self.company_name

    @property
    def investment(self):
        """One record of the investment: the ledger project's once signed, the lead's own before."""
        return self.project.total_investment if self.project_id else self.expected_investment


class LeadStageEvent(models.Model):
    """A lead reaching a stage on a date (the pipeline's history; conversion counts read it)."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="events", verbose_name=_("线索"))
    stage = models.CharField(_("阶段"), max_length=20, choices=LeadStage.choices)
    on = models.DateField(_("日期"))
    note = models.CharField(_("说明"), max_length=200, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("记录人"))

    scope_zone = "lead__zone"
    scope_departments = ("lead__department",)

    class Meta:
        verbose_name = _("线索阶段")
        verbose_name_plural = _("线索阶段")
        ordering = ["lead", "on", "pk"]
