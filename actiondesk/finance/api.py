"""REST endpoints for 金融+: the risk pools with their balances, paying a compensation, an enterprise's listing
ladder and recording a rung of it."""
import datetime
from decimal import Decimal

from ninja import Router, Schema, Status

from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404, visible
from actiondesk.enterprises.models import Enterprise
from actiondesk.finance import selectors, services
from actiondesk.finance.models import Compensation, ListingStep, Loan

router = Router(tags=["finance"])


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


@router.get("/pools", response=list[PoolOut], summary="风险补偿资金池（规模、纳入贷款、已补偿、余额）")
def list_pools(request):
    return selectors.pools(request.user)


@router.post("/loans/{loan_id}/compensations", response={201: CompensationOut}, summary="资金池为一笔贷款损失补偿")
def pay_compensation(request, loan_id: Id, payload: CompensationIn):
    loan = get_visible_or_404(Loan.objects.select_related("pool"), request.user, pk=loan_id)
    if loan.pool_id:
        get_editable_or_403(type(loan.pool).objects.all(), request.user, pk=loan.pool_id)
    row = services.compensation_pay(loan=loan, loss=payload.loss, paid_on=payload.paid_on, acting_user=request.user)
    return Status(201, {"id": row.pk, "loan_id": loan.pk, "loss": row.loss, "amount": row.amount,
                        "paid_on": row.paid_on, "pool_balance": services.pool_balance(row.pool)})


@router.get("/enterprises/{enterprise_id}/listing", response=list[StepOut], summary="企业的上市梯度")
def listing(request, enterprise_id: Id):
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=enterprise_id)
    return list(visible(ListingStep.objects.filter(enterprise=enterprise), request.user))


@router.post("/enterprises/{enterprise_id}/listing", response=StepOut, summary="登记企业到达上市梯度的一级")
def record_listing(request, enterprise_id: Id, payload: StepIn):
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=enterprise_id)
    return services.listing_step_record(enterprise=enterprise, acting_user=request.user, **payload.dict())
