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
    PENDING = "pending", _("待报送")  # no figure yet, but the period's report is not due yet
    UNSET = "unset", _("未设节点")  # a task with neither an indicator nor a milestone: nothing supervises it


# What the battle map lists under 滞后: indicators behind schedule, and tasks also when their report is missing.
BEHIND = (ProgressStatus.LAGGING, ProgressStatus.SEVERE)
TASK_ATTENTION = (*BEHIND, ProgressStatus.MISSING)


class ForecastBasis(models.TextChoices):
    """What a year-end forecast extrapolates from; its label is the method shown on hover."""

    RUN_RATE = "run_rate", _("按1-N月累计进度线性推算（累计值×12÷已过月数）")
    LAST_YEAR_PROFILE = "last_year_profile", _("按上年各月累计分布推算（累计值÷上年同期占全年比重）")
    NET_ADDITIONS = "net_additions", _("存量指标：按年内月均净增推算（当前值＋月均净增×剩余月数）")
