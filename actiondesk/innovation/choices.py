from django.db import models
from django.utils.translation import gettext_lazy as _


class KeeperArea(models.TextChoices):
    """What a keeper department edits: the 科技成果 registries or the 场景项目库 (core.keepers area keys)."""
    REGISTRY = "innovation.registry", _("科技成果、平台、活动与技术合同")
    SCENES = "innovation.scenes", _("场景项目库")


class AchievementStage(models.TextChoices):
    MINING = "mining", _("挖掘")
    CONCEPT = "concept", _("概念验证")
    PILOT = "pilot", _("中试熟化")
    INDUSTRIAL = "industrial", _("产业落地")
    TERMINATED = "terminated", _("终止")


# The pipeline's order; 终止 may follow any stage.
STAGE_ORDER = [AchievementStage.MINING, AchievementStage.CONCEPT, AchievementStage.PILOT, AchievementStage.INDUSTRIAL]


class PlatformKind(models.TextChoices):
    INNOVATION = "innovation", _("创新平台")
    PILOT = "pilot", _("中试平台")


class Level(models.TextChoices):
    NATIONAL = "national", _("国家级")
    PROVINCIAL = "provincial", _("省级")
    CITY = "city", _("市级")
    DISTRICT = "district", _("区级")


class EventKind(models.TextChoices):
    ROADSHOW = "roadshow", _("成果路演")
    MATCHMAKING = "matchmaking", _("对接活动")


class ContractType(models.TextChoices):
    DEVELOPMENT = "development", _("技术开发")
    TRANSFER = "transfer", _("技术转让")
    LICENSE = "license", _("技术许可")
    CONSULTING = "consulting", _("技术咨询")
    SERVICE = "service", _("技术服务")


class SceneKind(models.TextChoices):
    DEMAND = "demand", _("场景需求")
    SUPPLY = "supply", _("场景供给")


class SceneState(models.TextChoices):
    COLLECTING = "collecting", _("征集")
    PUBLISHED = "published", _("发布")
    DOCKING = "docking", _("对接")
    BUILDING = "building", _("建设")
    ACCEPTED = "accepted", _("验收")
    BENCHMARK = "benchmark", _("标杆")


SCENE_STATE_ORDER = list(SceneState.values)


class SceneCategory(models.TextChoices):
    MANUFACTURING = "manufacturing", _("智能制造")
    MEDICAL = "medical", _("智慧医疗")
    CITY = "city", _("城市治理")
    ENERGY = "energy", _("能源与双碳")
    LOW_ALTITUDE = "low_altitude", _("低空经济")
    LOGISTICS = "logistics", _("物流与供应链")
    OTHER = "other", _("其他")


class Decision(models.TextChoices):
    ACCEPTED = "accepted", _("已采纳")
    REJECTED = "rejected", _("已否决")


class TalentGroup(models.TextChoices):
    """The plan's five groups (task 4)."""
    RESEARCH = "research", _("科技创新人才")
    SKILLED = "skilled", _("产业技能人才")
    MANAGEMENT = "management", _("经营管理人才")
    EDUCATION = "education", _("教育专家人才")
    MEDICAL = "medical", _("医疗卫生人才")


class TalentSide(models.TextChoices):
    NEED = "need", _("需求")
    SUPPLY = "supply", _("供给")
