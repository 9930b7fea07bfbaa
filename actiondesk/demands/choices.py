from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    VISIT = "visit", _("包保走访")
    HOTLINE = "hotline", _("热线")
    PORTAL = "portal", _("门户")
    FORUM = "forum", _("座谈会")
    REFERRAL = "referral", _("部门转办")


class DemandStatus(models.TextChoices):
    SUBMITTED = "submitted", _("待受理")
    IN_PROGRESS = "in_progress", _("办理中")
    CLOSED = "closed", _("已办结")
    CONFIRMED = "confirmed", _("已确认")
    SUPERVISION = "supervision", _("转督查室")


# Statuses in which the zone still owes the enterprise an answer.
OPEN_STATUSES = (DemandStatus.SUBMITTED, DemandStatus.IN_PROGRESS, DemandStatus.SUPERVISION)


class Rating(models.TextChoices):
    SATISFIED = "satisfied", _("满意")
    FAIRLY = "fairly", _("基本满意")
    DISSATISFIED = "dissatisfied", _("不满意")


class Escalation(models.IntegerChoices):
    NONE = 0, _("未升级")
    LATE_ACCEPT = 1, _("逾期未受理：已告部门负责人和督查室")
    ORDER = 2, _("逾期10日：已发督办单")
    LEADERS = 3, _("逾期30日：已告包保领导和分管领导")


class EventKind(models.TextChoices):
    RAISED = "raised", _("提出")
    ACCEPTED = "accepted", _("受理")
    PART_ANSWERED = "part_answered", _("协办答复")
    CLOSED = "closed", _("办结")
    RATED = "rated", _("评价")
    REOPENED = "reopened", _("重新办理")
    ESCALATED = "escalated", _("升级")


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("待核验")
    APPROVED = "approved", _("已通过")
    REJECTED = "rejected", _("未通过")


class BeneficiaryStatus(models.TextChoices):
    PROPOSED = "proposed", _("待确认")
    CONFIRMED = "confirmed", _("已确认")
    REJECTED = "rejected", _("不符合")
