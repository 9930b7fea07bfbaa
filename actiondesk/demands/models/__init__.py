"""企业诉求 and 包保: demands with one owner, cooperating departments' parts, the zone's calendar, visits, arrears,
policies and the enterprise portal's accounts (split by concern: set-up, demands, ledgers)."""
from actiondesk.demands.models.demands import Demand, DemandEvent, DemandPart, FigureRequest, Visit
from actiondesk.demands.models.ledgers import Arrear, Policy, PolicyBeneficiary, Repayment
from actiondesk.demands.models.setup import (
    AMOUNT,
    CONTACT_PATH,
    DemandCategory,
    DemandSettings,
    Holiday,
    LeaderLiaison,
    PortalContact,
    PortalRegistration,
)

__all__ = ["AMOUNT", "CONTACT_PATH", "Arrear", "Demand", "DemandCategory", "DemandEvent", "DemandPart",
           "DemandSettings", "FigureRequest", "Holiday", "LeaderLiaison", "Policy", "PolicyBeneficiary",
           "PortalContact", "PortalRegistration", "Repayment", "Visit"]
