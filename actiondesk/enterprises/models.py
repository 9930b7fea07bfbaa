from django.db import models
from django.utils.translation import gettext_lazy as _


class Enterprise(models.Model):
    """An enterprise in the zone's registry, identified by its 统一社会信用代码."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="enterprises", verbose_name=_("示范区"))
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18)
    name = models.CharField(_("企业名称"), max_length=200)
    industry_code = models.CharField(_("行业代码"), max_length=10, blank=True)
    park = models.CharField(_("所在园区"), max_length=100, blank=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("企业")
        verbose_name_plural = _("企业")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "credit_code"], name="enterprise_unique_credit_code_per_zone")
        ]

    def __str__(self):
        return self.name
