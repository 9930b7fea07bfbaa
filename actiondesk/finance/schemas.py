"""The bodies and answers of the 金融+ API (``finance.api``): amounts carry the model's limits (``schema_field``), so
a negative amount is refused before any service is asked."""
import datetime
from decimal import Decimal

from ninja import Schema

from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id
from actiondesk.core.schemas import RelatedNames
from actiondesk.finance.models import (
    Compensation,
    FundInvestment,
    GuidanceFund,
    Loan,
    MatchmakingEvent,
    RiskPool,
)


class PoolOut(Schema):
    id: int
    name: str
    size: Decimal | None
    compensation_rate: Decimal | None
    loans_covered: int
    compensations_count: int
    compensation_paid: Decimal
    balance: Decimal | None


class CompensationIn(Schema):
    loss: Decimal = schema_field(Compensation, "loss", ..., ge=0)
    paid_on: datetime.date


class CompensationOut(Schema):
    id: int
    loan_id: int
    loss: Decimal | None
    amount: Decimal | None
    paid_on: datetime.date
    pool_balance: Decimal


class StepIn(Schema):
    stage: str
    exchange: str = ""
    reached_on: datetime.date | None = None
    note: str = ""


class StepOut(Schema):
    stage: str
    exchange: str
    reached_on: datetime.date | None
    note: str


class FundOut(RelatedNames):
    id: int
    name: str
    parent_id: int | None
    manager: str
    size: Decimal | None
    committed: Decimal | None
    paid_in: Decimal | None
    invested: Decimal
    investments_count: int
    focus_chain_ids: list[int]
    department: str | None

    @staticmethod
    def resolve_invested(obj):
        return obj.invested or Decimal(0)

    @staticmethod
    def resolve_focus_chain_ids(obj):
        return [chain.pk for chain in obj.focus_chains.all()]


class FundIn(Schema):
    name: str
    parent_id: Id | None = None
    manager: str = ""
    size: Decimal = schema_field(GuidanceFund, "size", ..., ge=0)
    committed: Decimal = schema_field(GuidanceFund, "committed", Decimal(0), ge=0)
    paid_in: Decimal = schema_field(GuidanceFund, "paid_in", Decimal(0), ge=0)
    focus_chain_ids: list[Id] = []


class FundPatch(Schema):
    name: str | None = None
    parent_id: Id | None = None
    manager: str | None = None
    size: Decimal | None = schema_field(GuidanceFund, "size", None, ge=0)
    committed: Decimal | None = schema_field(GuidanceFund, "committed", None, ge=0)
    paid_in: Decimal | None = schema_field(GuidanceFund, "paid_in", None, ge=0)
    focus_chain_ids: list[Id] | None = None


class InvestmentOut(RelatedNames):
    id: int
    fund_id: int
    fund: str
    enterprise_id: int
    enterprise: str
    amount: Decimal | None
    invested_on: datetime.date

    @staticmethod
    def resolve_fund(obj):
        return obj.fund.name


class InvestmentIn(Schema):
    enterprise_id: Id
    amount: Decimal = schema_field(FundInvestment, "amount", ..., ge=0)
    invested_on: datetime.date


class InvestmentPatch(Schema):
    enterprise_id: Id | None = None
    amount: Decimal | None = schema_field(FundInvestment, "amount", None, ge=0)
    invested_on: datetime.date | None = None


class EventOut(RelatedNames):
    id: int
    name: str
    held_on: datetime.date
    banks: str
    enterprises_attending: int
    loans_count: int
    loans_amount: Decimal
    department: str | None

    @staticmethod
    def resolve_loans_amount(obj):
        return obj.loans_amount or Decimal(0)


class EventIn(Schema):
    name: str
    held_on: datetime.date
    banks: str = ""
    enterprises_attending: int = schema_field(MatchmakingEvent, "enterprises_attending", 0)


class EventPatch(Schema):
    name: str | None = None
    held_on: datetime.date | None = None
    banks: str | None = None
    enterprises_attending: int | None = schema_field(MatchmakingEvent, "enterprises_attending", None)


class LoanOut(RelatedNames):
    id: int
    enterprise_id: int
    enterprise: str
    credit_code: str
    bank: str
    product: str
    amount: Decimal | None
    granted_on: datetime.date
    event_id: int | None
    pool_id: int | None
    department: str | None


class LoanIn(Schema):
    enterprise_id: Id
    bank: str
    product: str = "other"
    amount: Decimal = schema_field(Loan, "amount", ..., ge=0)
    granted_on: datetime.date
    event_id: Id | None = None
    pool_id: Id | None = None


class LoanPatch(Schema):
    enterprise_id: Id | None = None
    bank: str | None = None
    product: str | None = None
    amount: Decimal | None = schema_field(Loan, "amount", None, ge=0)
    granted_on: datetime.date | None = None
    event_id: Id | None = None
    pool_id: Id | None = None


class PoolIn(Schema):
    name: str
    size: Decimal = schema_field(RiskPool, "size", ..., ge=0)
    compensation_rate: Decimal = schema_field(RiskPool, "compensation_rate", Decimal(50), ge=0, le=100)


class PoolPatch(Schema):
    name: str | None = None
    size: Decimal | None = schema_field(RiskPool, "size", None, ge=0)
    compensation_rate: Decimal | None = schema_field(RiskPool, "compensation_rate", None, ge=0, le=100)


class ListingRowOut(RelatedNames):
    id: int
    enterprise_id: int
    enterprise: str
    credit_code: str
    stage: str
    exchange: str
    reached_on: datetime.date | None
    note: str


class StepPatch(Schema):
    exchange: str | None = None
    reached_on: datetime.date | None = None
    note: str | None = None
