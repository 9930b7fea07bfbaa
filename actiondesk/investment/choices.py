from django.db import models
from django.utils.translation import gettext_lazy as _


class LeadStage(models.TextChoices):
    LEAD = "lead", _("线索")
    CONTACT = "contact", _("接触")
    VISIT = "visit", _("考察")
    NEGOTIATION = "negotiation", _("洽谈")
    SIGNED = "signed", _("签约")
    DROPPED = "dropped", _("终止")


# The funnel's order; 终止 leaves it from any stage before 签约.
FUNNEL = [LeadStage.LEAD, LeadStage.CONTACT, LeadStage.VISIT, LeadStage.NEGOTIATION, LeadStage.SIGNED]
RANK = {stage: i for i, stage in enumerate(FUNNEL)}


class LeadSource(models.TextChoices):
    CHAIN_LEADER = "chain_leader", _("链主推荐")
    EVENT = "event", _("展会活动")
    AGENCY = "agency", _("中介机构")
    BUSINESS = "business", _("以商招商")
    DIRECT = "direct", _("主动对接")
    OTHER = "other", _("其他")
