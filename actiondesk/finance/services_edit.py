"""Changes to 金融+ records already kept: funds and sub-funds, fund investments, 政银企对接 events, loans and risk
pools. The row's department (财政金融局 by default) or a zone admin changes it; every change is validated and
audited (only the changed fields). Recording new rows, compensations and listing steps: ``services``."""
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_update, snapshot
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone
from actiondesk.finance.models import FundInvestment, GuidanceFund, Loan, MatchmakingEvent, RiskPool
from actiondesk.finance.services import refused, save_checked

FUND_FIELDS = ("name", "manager", "size", "committed", "paid_in", "parent", "focus_chains")
INVESTMENT_FIELDS = ("enterprise", "amount", "invested_on")
EVENT_FIELDS = ("name", "held_on", "banks", "enterprises_attending")
LOAN_FIELDS = ("enterprise", "bank", "product", "amount", "granted_on", "event", "pool")
POOL_FIELDS = ("name", "size", "compensation_rate")


def _apply(obj, values: dict, allowed) -> dict:
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    before = snapshot(obj)
    for key, value in values.items():
        setattr(obj, key, value)
    return before


@transaction.atomic
def fund_update(*, fund: GuidanceFund, acting_user, **values) -> GuidanceFund:
    """Change a fund or sub-fund: amounts (实缴 ≤ 认缴), manager, its 母基金 (a top-level fund of the zone, never
    itself or one of its own sub-funds) and its focus chains."""
    ensure_can_edit(acting_user, fund, refused())
    chains = values.pop("focus_chains", None)
    before = _apply(fund, values, FUND_FIELDS)
    parent = fund.parent
    ensure_in_zone(fund.zone_id, parent=parent)
    if parent is not None and (parent.pk == fund.pk or parent.parent_id is not None
                               or fund.sub_funds.exists()):
        raise ValidationError({"parent": _("母基金须是本区的一支母基金，且不能是本基金或已有子基金的基金")})
    if Decimal(fund.paid_in or 0) > Decimal(fund.committed or 0):
        raise ValidationError({"paid_in": _("实缴不能大于认缴")})
    save_checked(fund, amounts=("size", "committed", "paid_in"))
    if chains is not None:
        for chain in chains:
            ensure_in_zone(fund.zone_id, chain=chain)
        fund.focus_chains.set(chains)
    audit_update(actor=acting_user, instance=fund, before=before)
    return fund


@transaction.atomic
def investment_update(*, investment: FundInvestment, acting_user, **values) -> FundInvestment:
    ensure_can_edit(acting_user, investment, refused())
    before = _apply(investment, values, INVESTMENT_FIELDS)
    ensure_in_zone(investment.fund.zone_id, enterprise=investment.enterprise)
    save_checked(investment, amounts=("amount",))
    audit_update(actor=acting_user, instance=investment, before=before, note=_("基金投资"))
    return investment


@transaction.atomic
def event_update(*, event: MatchmakingEvent, acting_user, **values) -> MatchmakingEvent:
    ensure_can_edit(acting_user, event, refused())
    before = _apply(event, values, EVENT_FIELDS)
    save_checked(event)
    audit_update(actor=acting_user, instance=event, before=before)
    return event


@transaction.atomic
def loan_update(*, loan: Loan, acting_user, **values) -> Loan:
    """Change a loan. One the pool has compensated keeps its pool, and its amount covers the losses paid on."""
    ensure_can_edit(acting_user, loan, refused())
    old_pool = loan.pool_id
    before = _apply(loan, values, LOAN_FIELDS)
    ensure_in_zone(loan.zone_id, enterprise=loan.enterprise, event=loan.event, pool=loan.pool)
    losses = loan.compensations.aggregate(t=Sum("loss"))["t"]
    if losses is not None:
        if loan.pool_id != old_pool:
            raise ValidationError({"pool": _("资金池已为该笔贷款补偿，不能更改资金池")})
        if Decimal(loan.amount or 0) < losses:
            raise ValidationError({"amount": _("贷款金额不能小于已补偿的损失 %(loss)s 万元") % {"loss": losses}})
    save_checked(loan, amounts=("amount",))
    audit_update(actor=acting_user, instance=loan, before=before)
    return loan


@transaction.atomic
def pool_update(*, pool: RiskPool, acting_user, **values) -> RiskPool:
    """Change a pool's name, size or rate; the size cannot fall below what it has already paid. A new rate applies
    to compensations paid from now on."""
    ensure_can_edit(acting_user, pool, refused())
    before = _apply(pool, values, POOL_FIELDS)
    paid = pool.compensations.aggregate(t=Sum("amount"))["t"] or Decimal(0)
    if Decimal(pool.size or 0) < paid:
        raise ValidationError({"size": _("资金池规模不能小于已支付的补偿 %(paid)s 万元") % {"paid": paid}})
    save_checked(pool, amounts=("size",))
    audit_update(actor=acting_user, instance=pool, before=before)
    return pool
