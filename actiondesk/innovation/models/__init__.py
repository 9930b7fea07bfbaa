"""科技创新与场景: 科技成果 and their stages, platforms, events, technology contracts, the 场景项目库, 对接 records
and the talent map. Money in 万元.

Who edits: zone admins and the keeper departments of each area (``core.keepers``; until an admin names one,
产业创新局 keeps the registries and 发展改革局 the scene library, see ``DEFAULT_KEEPERS``). Split by concern:
keepers, registries, scenes, talent.
"""
from actiondesk.innovation.models.keepers import (
    DEFAULT_KEEPERS,
    MONEY,
    RegistryKept,
    SceneKept,
    keeper_department_ids,
    keeps,
)
from actiondesk.innovation.models.registries import (
    Achievement,
    AchievementAdoption,
    AchievementStageEvent,
    Event,
    HighValueRule,
    Platform,
    TechContract,
)
from actiondesk.innovation.models.scenes import Docking, MatchDecision, SceneItem
from actiondesk.innovation.models.talent import TalentRecord

__all__ = ["DEFAULT_KEEPERS", "MONEY", "Achievement", "AchievementAdoption", "AchievementStageEvent", "Docking",
           "Event", "HighValueRule", "MatchDecision", "Platform", "RegistryKept", "SceneItem",
           "SceneKept", "TalentRecord", "TechContract", "keeper_department_ids", "keeps"]
