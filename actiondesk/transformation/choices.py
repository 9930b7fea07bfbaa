from django.db import models
from django.utils.translation import gettext_lazy as _


class DiagnosisMethod(models.TextChoices):
    SELF_ASSESSMENT = "self", _("智能制造能力成熟度自评估（GB/T 39116）")
    ON_SITE = "on_site", _("智能制造能力成熟度现场诊断（GB/T 39116）")
    DIGITAL_MATURITY = "digital", _("数字化转型成熟度评估")


class Scope(models.TextChoices):
    DIGITAL = "digital", _("数字化")
    NETWORKED = "networked", _("网络化")
    INTELLIGENT = "intelligent", _("智能化")


class Category(models.TextChoices):
    EQUIPMENT = "equipment", _("设备更新")
    SOFTWARE = "software", _("工业软件")
    INTERNET = "internet", _("工业互联网")
    DATA = "data", _("数据治理")
    GREEN = "green", _("绿色低碳")
    OTHER = "other", _("其他")


class ProjectState(models.TextChoices):
    RESERVE = "reserve", _("储备")
    IN_PROGRESS = "in_progress", _("实施中")
    COMPLETED = "completed", _("已完成")
    ACCEPTED = "accepted", _("验收")


# A transformation counts as done (the plan's "实施改造" target) once completed or accepted.
DONE_STATES = (ProjectState.COMPLETED, ProjectState.ACCEPTED)


class FactoryKind(models.TextChoices):
    SMART = "smart", _("智能工厂")
    GREEN = "green", _("绿色工厂")


class FactoryLevel(models.TextChoices):
    # smart factories (智能工厂梯度培育)
    BASIC = "basic", _("基础级")
    ADVANCED = "advanced", _("先进级")
    EXCELLENT = "excellent", _("卓越级")
    PILOT = "pilot", _("领航级")
    # green factories (GB/T 36132)
    MUNICIPAL = "municipal", _("市级")
    PROVINCIAL = "provincial", _("省级")
    NATIONAL = "national", _("国家级")


LEVELS_OF = {
    FactoryKind.SMART: (FactoryLevel.BASIC, FactoryLevel.ADVANCED, FactoryLevel.EXCELLENT, FactoryLevel.PILOT),
    FactoryKind.GREEN: (FactoryLevel.MUNICIPAL, FactoryLevel.PROVINCIAL, FactoryLevel.NATIONAL),
}
# Rank within a kind: an upgrade replaces a lower level (基础级 → 先进级 counts once, as 先进级).
RANK = {level: rank for levels in LEVELS_OF.values() for rank, level in enumerate(levels)}
SMART_CULTIVATED = (FactoryLevel.BASIC, FactoryLevel.ADVANCED)  # "新增培育基础级智能工厂、先进级智能工厂"
SMART_TOP = (FactoryLevel.EXCELLENT, FactoryLevel.PILOT)  # "卓越级智能工厂" (领航级 is above it)
GREEN_PROVINCIAL_UP = (FactoryLevel.PROVINCIAL, FactoryLevel.NATIONAL)  # "省级以上绿色工厂"


class RatingStage(models.TextChoices):
    CULTIVATING = "cultivating", _("培育")
    APPLYING = "applying", _("申报")
    RECOGNISED = "recognised", _("认定")


class CaseStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    REVIEWED = "reviewed", _("已审核")
    PUBLISHED = "published", _("已发布")


MATURITY_LEVELS = [(n, str(n)) for n in range(1, 6)]
