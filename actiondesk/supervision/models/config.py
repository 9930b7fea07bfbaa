from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.supervision.choices import PeriodKind
from actiondesk.supervision.scoring import score_components


class SupervisionSettings(models.Model):
    """How a plan is supervised: reporting cadence, due dates, colour thresholds and score weights."""

    plan = models.OneToOneField("plans.Plan", on_delete=models.CASCADE, related_name="supervision_settings")
    period_kind = models.CharField(_("报送周期"), max_length=12, choices=PeriodKind.choices,
                                   default=PeriodKind.MONTHLY)
    due_day = models.PositiveSmallIntegerField(_("次月截止日"), default=5)
    normal_band = models.DecimalField(_("正常区间(低于序时进度百分点)"), max_digits=5, decimal_places=2,
                                      default=Decimal(10))
    severe_band = models.DecimalField(_("严重滞后界限(百分点)"), max_digits=5, decimal_places=2,
                                      default=Decimal(30))
    weight_on_time = models.PositiveSmallIntegerField(_("权重：按时报送"), default=30)
    weight_progress = models.PositiveSmallIntegerField(_("权重：完成进度"), default=40)
    weight_overdue = models.PositiveSmallIntegerField(_("权重：逾期事项"), default=20)
    weight_returned = models.PositiveSmallIntegerField(_("权重：退回次数"), default=10)
    weight_support = models.PositiveSmallIntegerField(_("权重：配合情况"), default=20)
    # Weights of the components higher apps register (supervision.scoring.register_score_component), by key.
    component_weights = models.JSONField(_("其他考核项权重"), default=dict, blank=True)
    escalate_after_days = models.PositiveSmallIntegerField(_("逾期升级天数"), default=10)
    # A task with an open milestone overdue up to this many days is 滞后, beyond it 严重滞后.
    milestone_severe_days = models.PositiveSmallIntegerField(_("节点逾期严重滞后天数"), default=30)

    scope_zone = "plan__zone"

    class Meta:
        verbose_name = _("督导设置")
        verbose_name_plural = _("督导设置")
        constraints = [
            models.CheckConstraint(condition=Q(due_day__gte=1) & Q(due_day__lte=28), name="supervision_due_day_sane",
                                   violation_error_message=_("截止日须在1–28日之间")),
            models.CheckConstraint(condition=Q(severe_band__gte=models.F("normal_band")),
                                   name="supervision_bands_ordered",
                                   violation_error_message=_("严重滞后界限须不小于正常区间")),
        ]

    def __str__(self):
        return f"{self.plan} · {self.get_period_kind_display()}"

    @property
    def weights(self) -> dict:
        """Weight of every score component: the built-in ones and those registered by higher apps."""
        extra = self.component_weights if isinstance(self.component_weights, dict) else {}
        registered = {}
        for c in score_components():
            try:
                registered[c.key] = max(0, int(extra.get(c.weight_setting, c.default_weight)))
            except (TypeError, ValueError):
                registered[c.key] = c.default_weight
        return {"on_time": self.weight_on_time, "progress": self.weight_progress, "support": self.weight_support,
                "overdue": self.weight_overdue, "returned": self.weight_returned, **registered}


class IndicatorSchedule(models.Model):
    """An indicator's own 序时进度 (12 cumulative shares) and colour thresholds, when they differ from the plan's."""

    indicator = models.OneToOneField("plans.Indicator", on_delete=models.CASCADE, related_name="schedule")
    shares = models.JSONField(_("累计进度计划"), null=True, blank=True, help_text=_("12个累计比例，如 0.05 … 1"))
    normal_band = models.DecimalField(_("正常区间"), max_digits=5, decimal_places=2, null=True, blank=True)
    severe_band = models.DecimalField(_("严重滞后界限"), max_digits=5, decimal_places=2, null=True, blank=True)

    scope_zone = "indicator__plan__zone"

    class Meta:
        verbose_name = _("指标进度计划")
        verbose_name_plural = _("指标进度计划")

    def __str__(self):
        return str(self.indicator)


class LastYearValue(models.Model):
    """Last year's cumulative value for one month, the base of growth-rate targets."""

    indicator = models.ForeignKey("plans.Indicator", on_delete=models.CASCADE, related_name="last_year_values")
    month = models.PositiveSmallIntegerField(_("月份"))
    value = models.DecimalField(_("上年同期累计"), max_digits=18, decimal_places=4)

    scope_zone = "indicator__plan__zone"

    class Meta:
        verbose_name = _("上年同期值")
        verbose_name_plural = _("上年同期值")
        ordering = ["indicator", "month"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "month"], name="last_year_value_unique_month"),
            models.CheckConstraint(condition=Q(month__gte=1) & Q(month__lte=12), name="last_year_value_month_sane"),
        ]

    def __str__(self):
        return f"{self.indicator} {self.month}月 {self.value}"


class TargetRevision(models.Model):
    """A target changed during the year (动态调整), with the reason; the latest one is in force."""

    indicator = models.ForeignKey("plans.Indicator", on_delete=models.CASCADE, related_name="target_revisions")
    previous_value = models.DecimalField(_("调整前"), max_digits=18, decimal_places=4, null=True, blank=True)
    value = models.DecimalField(_("调整后目标"), max_digits=18, decimal_places=4)
    value_max = models.DecimalField(_("调整后上限"), max_digits=18, decimal_places=4, null=True, blank=True)
    reason = models.TextField(_("调整原因"))
    revised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   verbose_name=_("调整人"))
    revised_at = models.DateTimeField(_("调整时间"), auto_now_add=True)

    scope_zone = "indicator__plan__zone"

    class Meta:
        verbose_name = _("目标调整")
        verbose_name_plural = _("目标调整")
        ordering = ["indicator", "-revised_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="target_revision_has_reason"),
            models.CheckConstraint(condition=Q(value_max__isnull=True) | Q(value_max__gte=models.F("value")),
                                   name="target_revision_range_ordered"),
        ]

    def __str__(self):
        return f"{self.indicator}: {self.previous_value} → {self.value}"


class ReferenceValue(models.Model):
    """The reference a relative target is judged against for one month, e.g. the province's average growth."""

    indicator = models.ForeignKey("plans.Indicator", on_delete=models.CASCADE, related_name="reference_values")
    month = models.PositiveSmallIntegerField(_("月份"))
    value = models.DecimalField(_("参照值"), max_digits=18, decimal_places=4)

    scope_zone = "indicator__plan__zone"

    class Meta:
        verbose_name = _("参照值")
        verbose_name_plural = _("参照值")
        ordering = ["indicator", "month"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "month"], name="reference_value_unique_month"),
            models.CheckConstraint(condition=Q(month__gte=1) & Q(month__lte=12), name="reference_value_month_sane"),
        ]

    def __str__(self):
        return f"{self.indicator} {self.month}月 {self.value}"
