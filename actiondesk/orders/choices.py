from django.db import models
from django.utils.translation import gettext_lazy as _


class OrderState(models.TextChoices):
    PENDING = "pending", _("待签收")
    IN_PROGRESS = "in_progress", _("办理中")
    REPLIED = "replied", _("已回复")
    CLOSED = "closed", _("已办结")
    SENT_BACK = "sent_back", _("退回")


# States in which the departments still owe work (a reply, or a new one after a send-back).
OPEN_STATES = (OrderState.PENDING, OrderState.IN_PROGRESS, OrderState.SENT_BACK)
# States in which the order is not yet closed (overdue counts, reminders, the battle map).
UNCLOSED_STATES = (*OPEN_STATES, OrderState.REPLIED)


class OrderSourceKind(models.TextChoices):
    LEADER = "leader", _("领导批示")
    MEETING = "meeting", _("会议纪要")
    OFFICE = "office", _("督查室")


class OrderPriority(models.TextChoices):
    NORMAL = "normal", _("一般")
    URGENT = "urgent", _("紧急")
    CRITICAL = "critical", _("特急")
