"""REST endpoints for 金融+: guidance funds and sub-funds, their investments, 政银企对接 events, loans (the same
filters as the dashboard and the 台账 export), the risk pools with their balances and compensations, the listing
ladder. Reads are scoped through core.scoping; every write goes through finance.services / services_edit, which
refuse anyone who does not keep finance records."""
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from actiondesk.chains.models import Chain
from actiondesk.core.access import access_for
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.params import Id
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404, visible
from actiondesk.enterprises.models import Enterprise
from actiondesk.finance import selectors, services, services_edit
from actiondesk.finance.filters import EventFilterSet, ListingStepFilterSet, LoanFilterSet
from actiondesk.finance.models import (
    FundInvestment,
    GuidanceFund,
    ListingStep,
    Loan,
    MatchmakingEvent,
    RiskPool,
)
from actiondesk.finance.schemas import (
    CompensationIn,
    CompensationOut,
    EventIn,
    EventOut,
    EventPatch,
    FundIn,
    FundOut,
    FundPatch,
    InvestmentIn,
    InvestmentOut,
    InvestmentPatch,
    ListingRowOut,
    LoanIn,
    LoanOut,
    LoanPatch,
    PoolIn,
    PoolOut,
    PoolPatch,
    StepIn,
    StepOut,
    StepPatch,
)
from actiondesk.org.models import Zone

router = Router(tags=["finance"])


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


# Rows named by id in a body: the user's zone's only (another zone's or a missing one is a 422 naming the field).
REFERENCES = {"parent_id": (GuidanceFund, True), "enterprise_id": (Enterprise, False),
              "event_id": (MatchmakingEvent, True), "pool_id": (RiskPool, True)}


def _values(request, payload, *, partial: bool) -> dict:
    """The payload as the services take it: ``*_id`` fields become the rows they name."""
    values = payload.dict(exclude_unset=partial)
    for key, (model, nullable) in REFERENCES.items():
        if key not in values:
            continue
        pk = values.pop(key)
        row = None if pk is None else visible(model.objects.filter(pk=pk), request.user).first()
        if row is None and (pk is not None or not nullable):
            raise ValidationError({key: _("本示范区没有这条记录") if pk is not None else _("不能为空")})
        values[key.removesuffix("_id")] = row
    if "focus_chain_ids" in values:
        ids = set(values.pop("focus_chain_ids") or ())
        chains = list(visible(Chain.objects.filter(pk__in=ids), request.user))
        if len(chains) != len(ids):
            raise ValidationError({"focus_chain_ids": _("本示范区没有这条产业链")})
        values["focus_chains"] = chains
    return values


def _zone(request) -> Zone:
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    return Zone.objects.get(pk=access.zone_id)


# Funds and sub-funds

def _funds(request):
    return selectors.fund_list(request.user).prefetch_related(Prefetch("focus_chains", Chain.objects.only("pk")))


@router.get("/funds", response=list[FundOut], summary="引导基金及子基金（规模、认缴、实缴、已投、重点投向产业链）")
def list_funds(request, paging: Query[Paging]):
    return list(paging.slice(_funds(request)))


@router.post("/funds", response={201: FundOut}, summary="设立引导基金或子基金（金融服务的维护部门或管理员；实缴不超过认缴）")
def create_fund(request, payload: FundIn):
    fund = services.fund_create(zone=_zone(request), acting_user=request.user,
                                **_values(request, payload, partial=False))
    return Status(201, _funds(request).get(pk=fund.pk))


@router.patch("/funds/{fund_id}", response=FundOut, summary="修改引导基金或子基金")
def update_fund(request, fund_id: Id, payload: FundPatch):
    fund = get_visible_or_404(GuidanceFund.objects.all(), request.user, pk=fund_id)
    services_edit.fund_update(fund=fund, acting_user=request.user, **_values(request, payload, partial=True))
    return _funds(request).get(pk=fund.pk)


# Fund investments

def _investment(pk: int) -> FundInvestment:
    return FundInvestment.objects.select_related("fund", "enterprise").get(pk=pk)


@router.post("/funds/{fund_id}/investments", response={201: InvestmentOut}, summary="登记基金对企业的投资")
def create_investment(request, fund_id: Id, payload: InvestmentIn):
    fund = get_visible_or_404(GuidanceFund.objects.all(), request.user, pk=fund_id)
    investment = services.fund_invest(fund=fund, acting_user=request.user, **_values(request, payload, partial=False))
    return Status(201, _investment(investment.pk))


@router.patch("/investments/{investment_id}", response=InvestmentOut, summary="修改基金投资")
def update_investment(request, investment_id: Id, payload: InvestmentPatch):
    investment = get_visible_or_404(FundInvestment.objects.select_related("fund"), request.user, pk=investment_id)
    services_edit.investment_update(investment=investment, acting_user=request.user,
                                    **_values(request, payload, partial=True))
    return _investment(investment.pk)


# 政银企对接 events

EventQuery = filter_schema(EventFilterSet)


@router.get("/events", response=list[EventOut], summary="政银企对接活动（与页面和台账相同的筛选）")
def list_events(request, filters: Query[EventQuery], paging: Query[Paging]):
    qs = filtered(EventFilterSet, filters.dict(exclude_none=True), selectors.event_list(request.user),
                  request=request)
    return list(paging.slice(qs))


@router.post("/events", response={201: EventOut}, summary="登记政银企对接活动（金融服务的维护部门或管理员）")
def create_event(request, payload: EventIn):
    event = services.event_create(zone=_zone(request), acting_user=request.user, **payload.dict())
    return Status(201, selectors.event_list(request.user).get(pk=event.pk))


@router.patch("/events/{event_id}", response=EventOut, summary="修改政银企对接活动")
def update_event(request, event_id: Id, payload: EventPatch):
    event = get_visible_or_404(MatchmakingEvent.objects.all(), request.user, pk=event_id)
    services_edit.event_update(event=event, acting_user=request.user, **payload.dict(exclude_unset=True))
    return selectors.event_list(request.user).get(pk=event.pk)


# Loans

LoanQuery = filter_schema(LoanFilterSet)


@router.get("/loans", response=list[LoanOut], summary="贷款（按年度、银行、金融产品、放款日期筛选，与页面和台账相同）")
def list_loans(request, filters: Query[LoanQuery], paging: Query[Paging]):
    qs = filtered(LoanFilterSet, filters.dict(exclude_none=True), selectors.loan_list(request.user), request=request)
    return list(paging.slice(qs))


@router.post("/loans", response={201: LoanOut}, summary="登记贷款（可纳入风险补偿资金池；金融服务的维护部门或管理员）")
def create_loan(request, payload: LoanIn):
    loan = services.loan_record(zone=_zone(request), acting_user=request.user,
                                **_values(request, payload, partial=False))
    return Status(201, selectors.loan_list(request.user).get(pk=loan.pk))


@router.patch("/loans/{loan_id}", response=LoanOut, summary="修改贷款（已补偿的贷款不能更换资金池）")
def update_loan(request, loan_id: Id, payload: LoanPatch):
    loan = get_visible_or_404(Loan.objects.all(), request.user, pk=loan_id)
    services_edit.loan_update(loan=loan, acting_user=request.user, **_values(request, payload, partial=True))
    return selectors.loan_list(request.user).get(pk=loan.pk)


# Risk pools

def _pool(request, pk: int) -> RiskPool:
    return selectors.pools(request.user, RiskPool.objects.filter(pk=pk))[0]


@router.post("/pools", response={201: PoolOut}, summary="设立风险补偿资金池（金融服务的维护部门或管理员）")
def create_pool(request, payload: PoolIn):
    pool = services.pool_create(zone=_zone(request), acting_user=request.user, **payload.dict())
    return Status(201, _pool(request, pool.pk))


@router.patch("/pools/{pool_id}", response=PoolOut, summary="修改风险补偿资金池（规模不小于已补偿金额）")
def update_pool(request, pool_id: Id, payload: PoolPatch):
    pool = get_visible_or_404(RiskPool.objects.all(), request.user, pk=pool_id)
    services_edit.pool_update(pool=pool, acting_user=request.user, **payload.dict(exclude_unset=True))
    return _pool(request, pool.pk)


# The listing ladder

ListingQuery = filter_schema(ListingStepFilterSet)


@router.get("/listing", response=list[ListingRowOut], summary="上市梯度企业（按梯度、交易所、企业筛选，与页面和台账相同）")
def list_listing(request, filters: Query[ListingQuery], paging: Query[Paging]):
    qs = filtered(ListingStepFilterSet, filters.dict(exclude_none=True), selectors.listing_step_list(request.user),
                  request=request)
    return list(paging.slice(qs))


@router.patch("/listing/{listing_step_id}", response=ListingRowOut, summary="修改企业的一级上市梯度（交易所、日期、说明）")
def update_listing(request, listing_step_id: Id, payload: StepPatch):
    step = get_visible_or_404(ListingStep.objects.select_related("enterprise"), request.user, pk=listing_step_id)
    values = {"exchange": step.exchange, "reached_on": step.reached_on, "note": step.note,
              **payload.dict(exclude_unset=True)}
    services.listing_step_record(enterprise=step.enterprise, stage=step.stage, acting_user=request.user, **values)
    return selectors.listing_step_list(request.user).get(pk=step.pk)
