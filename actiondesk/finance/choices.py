from django.db import models
from django.utils.translation import gettext_lazy as _


class LoanProduct(models.TextChoices):
    TECH_RENOVATION = "tech_renovation", _("技改贷")
    INNOVATION = "innovation", _("创新贷")
    SPECIALISED = "specialised", _("专精特新贷")
    IP_PLEDGE = "ip_pledge", _("知识产权质押贷")
    OTHER = "other", _("其他")


# 上市梯度: the ladder the plan's 保障措施(二) asks for (培育 → 辅导备案 → 申报 → 上市).
class ListingStage(models.TextChoices):
    CULTIVATING = "cultivating", _("培育")
    TUTORING = "tutoring", _("辅导备案")
    FILED = "filed", _("申报")
    LISTED = "listed", _("上市")


LISTING_ORDER = [ListingStage.CULTIVATING, ListingStage.TUTORING, ListingStage.FILED, ListingStage.LISTED]
# The enterprise registry's former single field (Certification.ipo_stage) maps onto the ladder like this.
FROM_IPO_STAGE = {"reserve": ListingStage.CULTIVATING, "tutoring": ListingStage.TUTORING,
                  "filed": ListingStage.FILED, "approved": ListingStage.FILED, "listed": ListingStage.LISTED}


class Exchange(models.TextChoices):
    SSE_MAIN = "sse", _("上交所主板")
    STAR = "star", _("科创板")
    SZSE_MAIN = "szse", _("深交所主板")
    CHINEXT = "chinext", _("创业板")
    BSE = "bse", _("北交所")
    NEEQ = "neeq", _("新三板")
    HKEX = "hkex", _("港交所")
    OTHER = "other", _("其他")
