"""REST endpoints for demands: the government side (/api/demands/…) and the enterprise portal
(/api/demands/portal/…, the only API an enterprise contact reaches — core.portal). Same scoping as the pages."""
import datetime
from decimal import Decimal
from typing import Literal

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from actiondesk.core.access import access_for
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.params import Id
from actiondesk.core.schemas import RelatedNames
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404, require_role, visible
from actiondesk.demands import selectors, services, services_registry
from actiondesk.demands.choices import Channel
from actiondesk.demands.filters import ArrearFilterSet, DemandFilterSet, PolicyFilterSet
from actiondesk.demands.models import Arrear, Demand, DemandCategory, DemandPart, Policy
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.choices import Role
from actiondesk.org.models import Department

router = Router(tags=["demands"])
DemandQuery = filter_schema(DemandFilterSet)
PolicyQuery = filter_schema(PolicyFilterSet)
ArrearQuery = filter_schema(ArrearFilterSet)


class DemandOut(RelatedNames):
    id: int
    enterprise: str
    channel: str
    category: str
    title: str
    description: str
    owner: str
    owner_department: str
    status: str
    raised_on: datetime.date
    accept_due: datetime.date
    resolve_due: datetime.date
    accepted_on: datetime.date | None
    closed_on: datetime.date | None
    resolution: str
    rating: str
    reopen_count: int
    escalation: int

    @staticmethod
    def resolve_category(obj):
        return obj.category.name

    @staticmethod
    def resolve_owner(obj):
        return obj.owner.get_full_name() or obj.owner.username

    @staticmethod
    def resolve_owner_department(obj):
        return obj.owner_department.name


class DemandIn(Schema):
    enterprise_id: Id
    category_id: Id
    channel: Literal["hotline", "forum", "referral"] = "hotline"
    title: str = Field(..., min_length=1, max_length=200)
    description: str = Field("", max_length=5000)
    owner_id: Id | None = None


class PartIn(Schema):
    department_id: Id
    request: str = Field("", max_length=300)


class AcceptIn(Schema):
    parts: list[PartIn] = Field(default_factory=list, max_length=50)


class AnswerIn(Schema):
    answer: str = Field(..., min_length=1, max_length=5000)


class CloseIn(Schema):
    resolution: str = Field(..., min_length=1, max_length=5000)


class VisitDemandIn(Schema):
    category_id: Id
    title: str = Field(..., min_length=1, max_length=200)
    owner_id: Id | None = None


class VisitIn(Schema):
    enterprise_id: Id
    visited_on: datetime.date
    people: str = Field("", max_length=300)
    topics: str = Field("", max_length=5000)
    demands: list[VisitDemandIn] = Field(default_factory=list, max_length=20)


class VisitOut(Schema):
    id: int
    enterprise_id: int
    visited_on: datetime.date
    demand_ids: list[int]

    @staticmethod
    def resolve_demand_ids(obj):
        return list(obj.demands.values_list("pk", flat=True))


class StatisticsOut(Schema):
    label: str
    received: int
    closed: int
    on_time: int
    overdue: int
    days_to_close: float | None
    satisfaction: Decimal | None
    reopened: int


class CoverageOut(Schema):
    total: int
    paired: int
    rate: Decimal | None
    gaps: list[str]


class PolicyOut(Schema):
    id: int
    title: str
    issuer: str
    benefit: str
    conditions: list
    deadline: datetime.date | None
    automatic: bool


class ArrearOut(RelatedNames):
    id: int
    enterprise: str
    debtor: str
    amount: Decimal | None
    repaid: Decimal | None
    due_on: datetime.date


class PortalDemandIn(Schema):
    category_id: Id
    title: str = Field(..., min_length=1, max_length=200)
    description: str = Field("", max_length=5000)


class RateIn(Schema):
    rating: Literal["satisfied", "fairly", "dissatisfied"]
    note: str = Field("", max_length=300)


def _staff(request):
    access = access_for(request.user)
    if access is None or access.is_enterprise:
        raise PermissionDenied
    return access


def _demand(request, pk):
    return get_visible_or_404(selectors.demand_rows(Demand.objects.all()), request.user, pk=pk)


def _in_zone(model, request, pk, name):
    """A referenced row the user can see, or a 422 naming the field."""
    obj = visible(model.objects.all(), request.user).filter(pk=pk).first()
    if obj is None:
        raise ValidationError({name: "不存在"})
    return obj


def _zone_user(enterprise, pk):
    if pk is None:
        return None
    user = get_user_model().objects.filter(pk=pk, membership__zone_id=enterprise.zone_id).first()
    if user is None:
        raise ValidationError({"owner_id": "不存在"})
    return user


@router.get("/", response=list[DemandOut], summary="企业诉求列表（与页面和台账导出相同的筛选）")
def list_demands(request, filters: Query[DemandQuery], paging: Query[Paging]):
    _staff(request)
    qs = filtered(DemandFilterSet, filters.dict(exclude_none=True), selectors.demands_visible(request.user),
                  request=request)
    return list(paging.slice(selectors.demand_rows(qs)))


@router.post("/", response=DemandOut, summary="登记诉求（热线、座谈会、部门转办）")
def raise_demand(request, payload: DemandIn):
    _staff(request)
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=payload.enterprise_id)
    category = _in_zone(DemandCategory, request, payload.category_id, "category_id")
    owner = _zone_user(enterprise, payload.owner_id)
    demand = services.demand_raise(enterprise=enterprise, category=category, title=payload.title,
                                   description=payload.description, channel=payload.channel, owner=owner,
                                   acting_user=request.user)
    return _demand(request, demand.pk)


@router.get("/statistics", response=list[StatisticsOut], summary="诉求统计（按部门、类别或责任人）")
def demand_statistics(request, filters: Query[DemandQuery],
                      by: Literal["department", "category", "owner"] = "department"):
    _staff(request)
    qs = filtered(DemandFilterSet, filters.dict(exclude_none=True), selectors.demands_visible(request.user),
                  request=request)
    return selectors.statistics(qs, by=by, today=timezone.localdate())


@router.get("/coverage", response=CoverageOut, summary="包保覆盖率与未包保的规(限)上企业")
def coverage(request):
    access = _staff(request)
    row = selectors.coverage(access.zone_id)
    return {**row, "gaps": list(selectors.coverage_gaps(access.zone_id).values_list("name", flat=True)[:1000])}


@router.post("/visits", response=VisitOut, summary="记录包保走访（可同时提出诉求）")
def record_visit(request, payload: VisitIn):
    _staff(request)
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=payload.enterprise_id)
    demands = [{"category": _in_zone(DemandCategory, request, d.category_id, "category_id"), "title": d.title,
                "owner": _zone_user(enterprise, d.owner_id)}
               for d in payload.demands]
    return services_registry.visit_record(enterprise=enterprise, visited_on=payload.visited_on,
                                          people=payload.people, topics=payload.topics, demands=demands,
                                          acting_user=request.user)


@router.get("/policies", response=list[PolicyOut], summary="惠企政策")
def list_policies(request, filters: Query[PolicyQuery], paging: Query[Paging]):
    _staff(request)
    qs = filtered(PolicyFilterSet, filters.dict(exclude_none=True), visible(Policy.objects.all(), request.user),
                  request=request)
    return list(paging.slice(qs))


@router.get("/arrears", response=list[ArrearOut], summary="拖欠账款台账")
def list_arrears(request, filters: Query[ArrearQuery], paging: Query[Paging]):
    _staff(request)
    qs = filtered(ArrearFilterSet, filters.dict(exclude_none=True), visible(Arrear.objects.all(), request.user),
                  request=request)
    return list(paging.slice(selectors.arrear_rows(qs)))


@router.get("/{demand_id}", response=DemandOut, summary="诉求详情")
def get_demand(request, demand_id: Id):
    _staff(request)
    return _demand(request, demand_id)


@router.post("/{demand_id}/accept", response=DemandOut, summary="受理并指定协办部门")
def accept_demand(request, demand_id: Id, payload: AcceptIn):
    _staff(request)
    demand = get_editable_or_403(Demand.objects.all(), request.user, pk=demand_id)
    parts = [(_in_zone(Department, request, p.department_id, "department_id"), p.request) for p in payload.parts]
    services.demand_accept(demand=demand, parts=parts, acting_user=request.user)
    return _demand(request, demand.pk)


@router.post("/parts/{part_id}/answer", response=DemandOut, summary="协办部门答复")
def answer_part(request, part_id: Id, payload: AnswerIn):
    _staff(request)
    part = get_editable_or_403(DemandPart.objects.all(), request.user, pk=part_id)
    services.part_answer(part=part, answer=payload.answer, acting_user=request.user)
    return _demand(request, part.demand_id)


@router.post("/{demand_id}/close", response=DemandOut, summary="办结")
def close_demand(request, demand_id: Id, payload: CloseIn):
    _staff(request)
    demand = get_editable_or_403(Demand.objects.all(), request.user, pk=demand_id)
    services.demand_close(demand=demand, resolution=payload.resolution, acting_user=request.user)
    return _demand(request, demand.pk)


# --- the enterprise portal -------------------------------------------------------------------------
def _contact(request):
    require_role(request.user, Role.ENTERPRISE)
    enterprise = selectors.portal_enterprise(request.user)
    if enterprise is None:
        raise PermissionDenied
    return enterprise


@router.get("/portal/demands", response=list[DemandOut], summary="门户：本企业的诉求")
def portal_demands(request, paging: Query[Paging]):
    _contact(request)
    return list(paging.slice(selectors.demand_rows(visible(Demand.objects.all(), request.user))))


@router.post("/portal/demands", response=DemandOut, summary="门户：提出诉求")
def portal_raise(request, payload: PortalDemandIn):
    enterprise = _contact(request)
    category = _in_zone(DemandCategory, request, payload.category_id, "category_id")
    demand = services.demand_raise(enterprise=enterprise, category=category, title=payload.title,
                                   description=payload.description, channel=Channel.PORTAL,
                                   acting_user=request.user)
    return _demand(request, demand.pk)


@router.get("/portal/demands/{demand_id}", response=DemandOut, summary="门户：诉求详情")
def portal_demand(request, demand_id: Id):
    _contact(request)
    return _demand(request, demand_id)


@router.post("/portal/demands/{demand_id}/rate", response=DemandOut, summary="门户：评价办理结果")
def portal_rate(request, demand_id: Id, payload: RateIn):
    _contact(request)
    demand = _demand(request, demand_id)
    services.demand_rate(demand=demand, rating=payload.rating, note=payload.note, acting_user=request.user)
    return _demand(request, demand_id)


@router.get("/portal/policies", response=list[PolicyOut], summary="门户：适合本企业的政策")
def portal_policies(request):
    enterprise = _contact(request)
    return selectors.policies_for(enterprise, today=timezone.localdate())
