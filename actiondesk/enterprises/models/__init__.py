from actiondesk.enterprises.models.certifications import Certification
from actiondesk.enterprises.models.ladders import Criterion, Ladder, RuleSet, Rung
from actiondesk.enterprises.models.notes import PolicyNote
from actiondesk.enterprises.models.registry import Enterprise, EnterpriseYearFigures, ParkTenancy

__all__ = ["Certification", "Criterion", "Enterprise", "EnterpriseYearFigures", "Ladder",
           "ParkTenancy", "PolicyNote", "RuleSet", "Rung"]
