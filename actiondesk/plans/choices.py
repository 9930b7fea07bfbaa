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
