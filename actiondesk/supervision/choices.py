from django.db import models
from django.utils.translation import gettext_lazy as _


class PeriodKind(models.TextChoices):
    MONTHLY = "monthly", _("月度")
    QUARTERLY = "quarterly", _("季度")


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    SUBMITTED = "submitted", _("已报送")
    RETURNED = "returned", _("已退回")
    APPROVED = "approved", _("已审核")


class ProgressStatus(models.TextChoices):
    """序时进度 status of an indicator or task; values double as CSS suffixes (status-done …)."""

    DONE = "done", _("已完成")
    AHEAD = "ahead", _("超序时")
    NORMAL = "normal", _("正常")
    LAGGING = "lagging", _("滞后")
    SEVERE = "severe", _("严重滞后")
    MISSING = "missing", _("未报送")


# What the battle map lists under 滞后: indicators behind schedule, and tasks also when their report is missing.
BEHIND = (ProgressStatus.LAGGING, ProgressStatus.SEVERE)
TASK_ATTENTION = (*BEHIND, ProgressStatus.MISSING)


class ForecastBasis(models.TextChoices):
    """What a year-end forecast extrapolates from (internal, never shown)."""

    RUN_RATE = "run_rate"  # latest cumulative × 12 ÷ month
    LAST_YEAR_PROFILE = "last_year_profile"  # latest cumulative ÷ last year's share of the year by that month
