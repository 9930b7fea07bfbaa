from django.db import models
from django.utils.translation import gettext_lazy as _


class Comparator(models.TextChoices):
    AT_LEAST = ">=", _("不低于")
    ABOVE = ">", _("超过")
    AT_MOST = "<=", _("不超过")
    BELOW = "<", _("低于")
    EQUAL = "=", _("等于")
    RANGE = "range", _("区间")
    ABOUT = "≈", _("左右")


class IndicatorKind(models.TextChoices):
    ABSOLUTE = "absolute", _("绝对量")
    GROWTH_RATE = "growth_rate", _("增速")
    RATIO = "ratio", _("比例")
    RELATIVE = "relative", _("相对目标")


class Responsibility(models.TextChoices):
    LEAD = "lead", _("牵头")
    SUPPORT = "support", _("配合")


class MilestoneProgress(models.TextChoices):
    """What the responsible department says of a milestone (stored); 逾期 is computed, see MilestoneState."""

    NOT_STARTED = "not_started", _("未开始")
    IN_PROGRESS = "in_progress", _("推进中")
    DONE = "done", _("已完成")


class MilestoneState(models.TextChoices):
    """A milestone's state as of a day: the stored progress, or 逾期 when past its due date and not done."""

    NOT_STARTED = "not_started", _("未开始")
    IN_PROGRESS = "in_progress", _("推进中")
    DONE = "done", _("已完成")
    OVERDUE = "overdue", _("逾期")


class EvidenceKind(models.TextChoices):
    """What shows that a milestone is done."""

    DOCUMENT = "document", _("文件")
    LINK = "link", _("链接")
    PHOTO = "photo", _("照片")
    FIGURE = "figure", _("数据")


class MilestoneApproval(models.TextChoices):
    """A milestone a department adds waits for the supervision office's approval; imported ones are approved."""

    PROPOSED = "proposed", _("待审核")
    APPROVED = "approved", _("已确认")
