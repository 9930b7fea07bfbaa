from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class TransformationSettings(models.Model):
    """A zone's choice for the pool: how long a diagnosis counts for coverage (who edits it: ``core.keepers``)."""

    zone = models.OneToOneField("org.Zone", on_delete=models.CASCADE, related_name="transformation_settings",
                                verbose_name=_("示范区"))
    diagnosis_validity_months = models.PositiveSmallIntegerField(
        _("诊断有效期（月）"), null=True, blank=True,
        help_text=_("留空：只计当年（方案年度）内的诊断；填写后计有效期内的诊断"))

    scope_zone = "zone"

    class Meta:
        verbose_name = _("转型培育库设置")
        verbose_name_plural = _("转型培育库设置")
        constraints = [models.CheckConstraint(
            condition=Q(diagnosis_validity_months__isnull=True) | Q(diagnosis_validity_months__gte=1,
                                                                    diagnosis_validity_months__lte=60),
            name="transformation_validity_in_range")]

    def __str__(self):
        return str(self.zone)

    @classmethod
    def scope_edit_q(cls, access):
        return Q() if access.is_admin else None
