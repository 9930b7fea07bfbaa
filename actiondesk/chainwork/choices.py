from django.db import models
from django.utils.translation import gettext_lazy as _


class ProblemState(models.TextChoices):
    OPEN = "open", _("待协调")
    IN_PROGRESS = "in_progress", _("协调中")
    RESOLVED = "resolved", _("已解决")


class RaisedBy(models.TextChoices):
    CHAIN_LEADER_FIRM = "chain_leader_firm", _("链主企业")
    DEPARTMENT = "department", _("部门")
    CHIEF = "chief", _("链长")


class RouteStage(models.TextChoices):
    """Where a segment's key technologies stand on the way from the lab to the market."""
    RESEARCH = "research", _("技术攻关")
    PILOT = "pilot", _("中试验证")
    INDUSTRIALISING = "industrialising", _("产业化")
    MATURE = "mature", _("规模应用")
