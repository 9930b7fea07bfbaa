from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.enterprises.choices import CertificationKind, Level
from actiondesk.enterprises.models.permissions import pool_edit_q


class Certification(models.Model):
    """A title or honour an enterprise holds (高企, 专精特新, 雏鹰…), with its validity."""

    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE,
                                   related_name="certifications", verbose_name=_("企业"))
    kind = models.CharField(_("类别"), max_length=20, choices=CertificationKind.choices)
    level = models.CharField(_("级别"), max_length=12, choices=Level.choices, blank=True)
    granted_on = models.DateField(_("认定日期"))
    expires_on = models.DateField(_("有效期至"), null=True, blank=True)
    certificate_number = models.CharField(_("证书/入库编号"), max_length=60, blank=True)
    registration_year = models.PositiveSmallIntegerField(_("入库年度"), null=True, blank=True,
                                                         help_text=_("科技型中小企业按年度入库"))
    source = models.CharField(_("来源"), max_length=200, blank=True, help_text=_("公示文件或批次"))

    scope_zone = "enterprise__zone"

    class Meta:
        verbose_name = _("资质荣誉")
        verbose_name_plural = _("资质荣誉")
        ordering = ["enterprise", "granted_on"]
        constraints = [
            models.CheckConstraint(condition=Q(expires_on__isnull=True) | Q(expires_on__gte=F("granted_on")),
                                   name="certification_expiry_after_grant"),
        ]
        indexes = [models.Index(fields=["kind", "granted_on"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.granted_on:%Y-%m-%d}"

    @classmethod
    def scope_edit_q(cls, access):
        return pool_edit_q(access)
