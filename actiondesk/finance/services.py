"""Writes for 金融+: funds and their investments, 政银企对接 events and loans, the risk pool's compensations, the
listing ladder. A zone admin or a keeper of 金融服务 (财政金融局 by default, core.keepers) writes; each row's department
keeps it afterwards. Every write is validated and audited."""
import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.keepers import keeper_department_for
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, ensure_role, is_system
from actiondesk.core.values import check_instance
from actiondesk.finance.choices import ListingStage
from actiondesk.finance.keepers import FINANCE
from actiondesk.finance.models import (
    Compensation,
    FundInvestment,
    GuidanceFund,
    ListingStep,
    Loan,
    MatchmakingEvent,
    RiskPool,
)
from actiondesk.org.choices import Role
from actiondesk.org.models import Department

CENTS = Decimal("0.01")


def refused() -> str:
    return _("只有金融服务的维护部门（默认财政金融局）和管理员可以修改")


def finance_department(zone_id: int, access=None) -> Department | None:
    """The department a new 金融+ row is kept by (each row's ``department`` then decides): ``access``'s own when
    it keeps the area, else the first keeper an admin named, else the zone's 财政金融局 (``core.keepers``)."""
    return keeper_department_for(access, zone_id, FINANCE)


def _keeper(acting_user, zone_id: int) -> Department:
    """The department a new row is kept by; refuses anyone but an admin or a keeper department's staff."""
    access = ensure_role(acting_user, zone_id, Role.ADMIN, Role.DEPARTMENT, message=refused())
    owner = finance_department(zone_id, access)
    if access is not None and access.role == Role.DEPARTMENT and (owner is None or access.department_id != owner.pk):
        raise PermissionDenied(refused())
    if owner is None:
        raise ValidationError(_("本示范区没有金融服务的维护部门（默认财政金融局），请先创建或指定该部门"))
    return owner


def save_checked(obj, *, amounts=()) -> None:
    for field in amounts:
        clean_decimal(getattr(obj, field), model=type(obj), field=field, min=0, required=True)
    check_instance(obj)
    obj.full_clean()
    obj.save()


def _created(acting_user, obj, note: str = ""):
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=obj, after=snapshot(obj), note=note)
    return obj


@transaction.atomic
def fund_create(*, zone, acting_user, name: str, size, committed=0, paid_in=0, manager: str = "", parent=None,
                focus_chains=()) -> GuidanceFund:
    fund = GuidanceFund(zone=zone, department=_keeper(acting_user, zone.pk), name=name, size=size,
                        committed=committed, paid_in=paid_in, manager=manager, parent=parent)
    ensure_in_zone(zone.pk, parent=parent)
    if Decimal(paid_in or 0) > Decimal(committed or 0):
        raise ValidationError({"paid_in": _("实缴不能大于认缴")})
    save_checked(fund, amounts=("size", "committed", "paid_in"))
    for chain in focus_chains:
        ensure_in_zone(zone.pk, chain=chain)
    fund.focus_chains.set(focus_chains)
    return _created(acting_user, fund)


@transaction.atomic
def fund_invest(*, fund: GuidanceFund, enterprise, amount, invested_on: datetime.date, acting_user) -> FundInvestment:
    ensure_can_edit(acting_user, fund, refused())
    ensure_in_zone(fund.zone_id, enterprise=enterprise)
    investment = FundInvestment(fund=fund, enterprise=enterprise, amount=amount, invested_on=invested_on)
    save_checked(investment, amounts=("amount",))
    return _created(acting_user, investment, _("基金投资"))


@transaction.atomic
def event_create(*, zone, acting_user, name: str, held_on: datetime.date, banks: str = "",
                 enterprises_attending: int = 0) -> MatchmakingEvent:
    event = MatchmakingEvent(zone=zone, department=_keeper(acting_user, zone.pk), name=name, held_on=held_on,
                             banks=banks, enterprises_attending=enterprises_attending)
    save_checked(event)
    return _created(acting_user, event)


@transaction.atomic
def pool_create(*, zone, acting_user, name: str, size, compensation_rate=50) -> RiskPool:
    pool = RiskPool(zone=zone, department=_keeper(acting_user, zone.pk), name=name, size=size,
                    compensation_rate=compensation_rate)
    save_checked(pool, amounts=("size",))
    return _created(acting_user, pool)


@transaction.atomic
def loan_record(*, zone, enterprise, acting_user, bank: str, amount, granted_on: datetime.date,
                product: str = "other", event: MatchmakingEvent | None = None,
                pool: RiskPool | None = None) -> Loan:
    """A loan arranged for an enterprise; ``pool`` puts it under the risk pool's cover."""
    department = _keeper(acting_user, zone.pk)
    ensure_in_zone(zone.pk, enterprise=enterprise, event=event, pool=pool)
    loan = Loan(zone=zone, department=department, enterprise=enterprise, bank=bank, amount=amount,
                granted_on=granted_on, product=product, event=event, pool=pool)
    save_checked(loan, amounts=("amount",))
    return _created(acting_user, loan)


def pool_balance(pool: RiskPool) -> Decimal:
    """What the pool still holds: its size less the compensations it has paid."""
    paid = pool.compensations.aggregate(total=Sum("amount"))["total"] or Decimal(0)
    return Decimal(pool.size) - paid


@transaction.atomic
def compensation_pay(*, loan: Loan, loss, paid_on: datetime.date, acting_user) -> Compensation:
    """The pool compensates the bank for ``loss`` on a covered loan at the pool's rate, within its balance."""
    if loan.pool_id is None:
        raise ValidationError({"loan": _("该笔贷款未纳入风险补偿资金池")})
    pool = RiskPool.objects.select_for_update().get(pk=loan.pool_id)
    ensure_can_edit(acting_user, pool, refused())
    loss = clean_decimal(loss, model=Compensation, field="loss", min=0, required=True)
    if loss <= 0 or loss > loan.amount:
        raise ValidationError({"loss": _("损失须大于零且不超过贷款金额")})
    already = loan.compensations.aggregate(total=Sum("loss"))["total"] or Decimal(0)
    if already + loss > loan.amount:
        raise ValidationError({"loss": _("该笔贷款累计损失不能超过贷款金额")})
    amount = (loss * Decimal(pool.compensation_rate) / 100).quantize(CENTS)
    balance = pool_balance(pool)
    if amount > balance:
        raise ValidationError({"loss": _("资金池余额 %(balance)s 万元不足以补偿 %(amount)s 万元")
                               % {"balance": balance, "amount": amount}})
    row = Compensation(pool=pool, loan=loan, loss=loss, amount=amount, paid_on=paid_on,
                       recorded_by=None if is_system(acting_user) else acting_user)
    save_checked(row)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=pool, after=snapshot(row),
                 note=_("风险补偿 %(amount)s 万元，余额 %(balance)s 万元") % {"amount": amount,
                                                                     "balance": balance - amount})
    return row


@transaction.atomic
def listing_step_record(*, enterprise, stage: str, acting_user, reached_on: datetime.date | None = None,
                        exchange: str = "", note: str = "") -> ListingStep:
    """The enterprise reaches a rung of the listing ladder (recording a rung again updates it)."""
    department = _keeper(acting_user, enterprise.zone_id)
    if stage not in ListingStage.values:
        raise ValidationError({"stage": _("未知的上市梯度：%(stage)s") % {"stage": stage}})
    step = ListingStep.objects.filter(enterprise=enterprise, stage=stage).first()
    before = None if step is None else snapshot(step)
    step = step or ListingStep(enterprise=enterprise, stage=stage, department=department)
    step.reached_on, step.exchange, step.note = reached_on, exchange, note
    save_checked(step)
    audit_record(actor=acting_user, action=AuditAction.CREATE if before is None else AuditAction.UPDATE,
                 instance=step, before=before, after=snapshot(step), zone=enterprise.zone)
    return step
