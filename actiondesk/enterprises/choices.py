from django.db import models
from django.utils.translation import gettext_lazy as _


class ScaleStatus(models.TextChoices):
    NONE = "", _("规下")
    INDUSTRY = "industry", _("规上工业")
    SERVICE = "service", _("规上服务业")
    TRADE = "trade", _("限上批零住餐")
    OTHER = "other", _("其他四上")


class CertificationKind(models.TextChoices):
    TECH_SME = "tech_sme", _("科技型中小企业")
    HIGH_TECH = "high_tech", _("高新技术企业")
    LEADING = "leading", _("领军企业")
    FLEDGLING = "fledgling", _("雏鹰企业")
    GAZELLE = "gazelle", _("瞪羚企业")
    UNICORN = "unicorn", _("独角兽企业")
    INNOVATIVE_SME = "innovative_sme", _("创新型中小企业")
    SPECIALISED_SME = "specialised_sme", _("专精特新中小企业")
    LITTLE_GIANT = "little_giant", _("专精特新“小巨人”企业")
    SINGLE_CHAMPION = "single_champion", _("制造业单项冠军")
    LISTED = "listed", _("上市/拟上市")


# The 科技型企业 counted by the plan's "引进及认定科技型企业100家" (task 10).
TECH_KINDS = (CertificationKind.TECH_SME, CertificationKind.HIGH_TECH, CertificationKind.LEADING,
              CertificationKind.FLEDGLING, CertificationKind.GAZELLE, CertificationKind.UNICORN)
# "新培育国家级专精特新“小巨人”企业、省级制造业单项冠军、省级专精特新中小企业10家以上".
SPECIALISED_KINDS = (CertificationKind.SPECIALISED_SME, CertificationKind.LITTLE_GIANT,
                     CertificationKind.SINGLE_CHAMPION)
# Titles re-certified (复核) at the end of their validity; expiry alerts cover these.
RECERTIFIED_KINDS = (CertificationKind.HIGH_TECH, CertificationKind.SPECIALISED_SME, CertificationKind.LITTLE_GIANT)
# Validity in years when the certificate gives no expiry (domain-rules §2, §3.4, §4, §6; tech_sme §1: one year).
VALIDITY_YEARS = {CertificationKind.TECH_SME: 1, CertificationKind.HIGH_TECH: 3, CertificationKind.FLEDGLING: 3,
                  CertificationKind.GAZELLE: 3, CertificationKind.UNICORN: 3, CertificationKind.INNOVATIVE_SME: 3,
                  CertificationKind.SPECIALISED_SME: 3, CertificationKind.LITTLE_GIANT: 3,
                  CertificationKind.SINGLE_CHAMPION: 3}


class Level(models.TextChoices):
    NATIONAL = "national", _("国家级")
    PROVINCIAL = "provincial", _("省级")
    MUNICIPAL = "municipal", _("市级")


class EvidenceGrade(models.TextChoices):
    GOV = "GOV", _("政府来源")
    TWO = "2+", _("两个以上来源")
    ONE = "1", _("单一来源")
    UNVERIFIED = "UNVERIFIED", _("未核实")


class Operator(models.TextChoices):
    GE = ">=", "≥"
    GT = ">", ">"
    LE = "<=", "≤"
    LT = "<", "<"
    EQ = "==", "="


class NoteStatus(models.TextChoices):
    OPEN = "open", _("待办")
    IN_PROGRESS = "in_progress", _("推进中")
    DONE = "done", _("已解决")

