"""The talent map's records: needs and supply by chain and the plan's five groups."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from actiondesk.innovation.choices import (
    TalentGroup,
    TalentSide,
)
from actiondesk.innovation.models.keepers import RegistryKept


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
