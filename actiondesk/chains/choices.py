from django.db import models
from django.utils.translation import gettext_lazy as _


# The zone's leading industries: chains are grouped by them and projects are classified by them.
class Industry(models.TextChoices):
    HIGH_END_EQUIPMENT = "equipment", _("高端装备")
    LIFE_HEALTH = "health", _("生命健康")
    NEW_MATERIALS = "materials", _("新材料")
    NEXT_GEN_IT = "it", _("新一代信息技术")
    OTHER = "other", _("其他")


LEADING_INDUSTRIES = [Industry.HIGH_END_EQUIPMENT, Industry.LIFE_HEALTH, Industry.NEW_MATERIALS, Industry.NEXT_GEN_IT]


class ChainKind(models.TextChoices):
    STRATEGIC = "strategic", _("战略性新兴产业链")
    LEADING = "leading", _("主导产业")
    # 实施培育未来产业行动: 人工智能、具身智能、增材制造、先进储能、生物医药 (原子级制造、量子计算 as project targets).
    FUTURE = "future", _("未来产业")


class SegmentPosition(models.TextChoices):
    UPSTREAM = "upstream", _("上游")
    MIDSTREAM = "midstream", _("中游")
    DOWNSTREAM = "downstream", _("下游")


class PlacementRole(models.TextChoices):
    LEADER = "leader", _("链主")
    CORE = "core", _("骨干企业")
    SUPPORTING = "supporting", _("配套企业")


class TargetStatus(models.TextChoices):
    TO_CONTACT = "to_contact", _("待对接")
    CONTACTING = "contacting", _("洽谈中")
    SIGNED = "signed", _("已签约")
    DROPPED = "dropped", _("已放弃")
