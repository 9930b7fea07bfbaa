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
