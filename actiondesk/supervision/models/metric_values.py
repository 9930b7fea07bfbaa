from django.db import models
from django.utils.translation import gettext_lazy as _


class MetricValue(models.Model):
    """The stored value of an indicator's registered metric for one period, so pages never compute it."""

    indicator = models.ForeignKey("plans.Indicator", on_delete=models.CASCADE, related_name="metric_values")
    period = models.ForeignKey("supervision.ReportingPeriod", on_delete=models.CASCADE,
                               related_name="metric_values")
    metric = models.CharField(_("指标函数"), max_length=100)  # the binding it was computed for
    value = models.DecimalField(_("数值"), max_digits=18, decimal_places=4, null=True, blank=True)
    source = models.CharField(_("数据来源"), max_length=300, blank=True)
    computed_at = models.DateTimeField(_("更新于"))

    scope_zone = "period__plan__zone"

    class Meta:
        verbose_name = _("指标自动取数")
        verbose_name_plural = _("指标自动取数")
        constraints = [models.UniqueConstraint(fields=["indicator", "period"], name="metric_value_unique_period")]

    def __str__(self):
        return f"{self.indicator} · {self.period}: {self.value}"
