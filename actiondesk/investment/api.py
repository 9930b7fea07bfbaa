"""REST endpoints for the 招商 pipeline: leads (same filters as the page), recording and moving them, and
conversion by chain and by source."""
import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from ninja import Query, Router, Schema, Status
from pydantic import Field

from actiondesk.chains.models import Chain, ChainSegment
from actiondesk.core.access import access_for
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id
from actiondesk.core.schemas import RelatedNames
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404
from actiondesk.enterprises.models import Enterprise
from actiondesk.investment import selectors, services
from actiondesk.investment.filters import LeadFilterSet
from actiondesk.investment.models import Lead
from actiondesk.org.models import Department, Zone
from actiondesk.projects.models import Project

router = Router(tags=["investment"])


class LeadOut(RelatedNames):
    id: int
    company_name: str
    company_location: str
    chain_id: int
    chain: str
    segment_id: int | None
    segment: str | None
    source: str
    stage: str
    stage_on: datetime.date | None
    department: str
    investment: Decimal | None
    project_id: int | None
    project_code: str | None

    @staticmethod
    def resolve_chain(obj):
        return obj.chain.name

    @staticmethod
    def resolve_segment(obj):
        return obj.segment.name if obj.segment_id else None

    @staticmethod
    def resolve_project_code(obj):
        return obj.project.code if obj.project_id else None


class LeadIn(Schema):
    company_name: str
    company_location: str = ""
    chain_id: Id
    segment_id: Id | None = None
    source: str = "direct"
    source_note: str = ""
    expected_investment: Decimal | None = schema_field(Lead, "expected_investment", None, ge=0)
    note: str = ""


class LeadPatch(Schema):
    """A lead's fields to change (the ones left out stay); the stage moves through ``/stage``."""

    company_name: str | None = None
    company_location: str | None = None
    chain_id: Id | None = None
    segment_id: Id | None = None
    source: str | None = None
    referrer_credit_code: str | None = Field(None, description="推荐企业（链主）的统一社会信用代码；空串清除")
    source_note: str | None = None
    department_id: Id | None = Field(None, description="责任部门（只有管理员可以更改）")
    owner_id: Id | None = Field(None, description="负责人（用户 id）；null 清除")
    expected_investment: Decimal | None = schema_field(Lead, "expected_investment", None, ge=0)
    note: str | None = None


class AdvanceIn(Schema):
    stage: str
    on: datetime.date
    note: str = ""
    project_code: str = ""
    project_name: str = ""


class ConversionOut(Schema):
    label: str
    leads: int
    reached: list[int]
    signed: int
    dropped: int
    rate: Decimal | None
    investment: Decimal


LeadQuery = filter_schema(LeadFilterSet)


@router.get("/leads", response=list[LeadOut], summary="招商线索（与页面和导出相同的筛选）")
def list_leads(request, filters: Query[LeadQuery], paging: Query[Paging]):
    qs = filtered(LeadFilterSet, filters.dict(exclude_none=True), selectors.lead_list(request.user), request=request)
    return list(paging.slice(qs))


@router.post("/leads", response={201: LeadOut}, summary="登记招商线索（招商线索的维护部门或管理员）")
def create_lead(request, payload: LeadIn):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    values = payload.dict()
    chain = Chain.objects.filter(zone_id=access.zone_id, pk=values.pop("chain_id")).first()
    segment_id = values.pop("segment_id")
    segment = ChainSegment.objects.filter(chain=chain, pk=segment_id).first() if segment_id else None
    if chain is None or (segment_id and segment is None):
        raise ValidationError({"chain_id" if chain is None else "segment_id": "本示范区没有这条产业链或环节"})
    lead = services.lead_create(zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user, chain=chain,
                                segment=segment, **values)
    return Status(201, Lead.objects.select_related("chain", "segment", "department", "project").get(pk=lead.pk))


@router.get("/leads/{lead_id}", response=LeadOut, summary="招商线索详情")
def lead_detail(request, lead_id: Id):
    return get_visible_or_404(selectors.lead_list(request.user), request.user, pk=lead_id)


def _lead_changes(lead: Lead, values: dict) -> dict:
    """The patch's references resolved in the lead's zone; an id the zone lacks is refused by name."""
    zone_id, changes = lead.zone_id, {}
    lookups = {"chain_id": ("chain", Chain.objects.filter(zone_id=zone_id)),
               "segment_id": ("segment", ChainSegment.objects.filter(chain__zone_id=zone_id)),
               "department_id": ("department", Department.objects.filter(zone_id=zone_id)),
               "owner_id": ("owner", get_user_model().objects.filter(membership__zone_id=zone_id))}
    for key, value in values.items():
        if key in lookups:
            field, qs = lookups[key]
            obj = None if value is None else qs.filter(pk=value).first()
            if value is not None and obj is None:
                raise ValidationError({key: "本示范区没有这条记录"})
            if obj is None and field in ("chain", "department"):
                raise ValidationError({key: "不能为空"})
            changes[field] = obj
        elif key == "referrer_credit_code":
            code = (value or "").strip()
            referrer = Enterprise.objects.filter(zone_id=zone_id, credit_code=code).first() if code else None
            if code and referrer is None:
                raise ValidationError({key: "企业库中没有这个统一社会信用代码"})
            changes["referrer"] = referrer
        else:
            changes[key] = "" if value is None and key not in ("expected_investment",) else value
    return changes


@router.patch("/leads/{lead_id}", response=LeadOut, summary="修改招商线索的信息（阶段另行推进）")
def update_lead(request, lead_id: Id, payload: LeadPatch):
    lead = get_editable_or_403(Lead.objects.select_related("chain", "department"), request.user, pk=lead_id)
    services.lead_update(lead=lead, acting_user=request.user,
                         **_lead_changes(lead, payload.dict(exclude_unset=True)))
    return selectors.lead_list(request.user).get(pk=lead.pk)


@router.post("/leads/{lead_id}/stage", response=LeadOut, summary="推进线索阶段（签约时新建或关联台账项目）")
def advance_lead(request, lead_id: Id, payload: AdvanceIn):
    lead = get_editable_or_403(Lead.objects.select_related("chain", "department"), request.user, pk=lead_id)
    project = None
    if payload.project_code.strip():
        project = Project.objects.filter(zone_id=lead.zone_id, code=payload.project_code.strip()).first()
        if project is None:
            raise ValidationError({"project_code": "台账中没有这个项目编号"})
    services.lead_advance(lead=lead, stage=payload.stage, on=payload.on, note=payload.note, project=project,
                          project_name=payload.project_name, acting_user=request.user)
    return selectors.lead_list(request.user).get(pk=lead.pk)


@router.get("/conversion", response=dict[str, list[ConversionOut]], summary="招商转化（按产业链、按来源）")
def conversion(request, filters: Query[LeadQuery]):
    qs = filtered(LeadFilterSet, filters.dict(exclude_none=True), selectors.lead_list(request.user), request=request)
    return {"by_chain": selectors.conversion(qs, by="chain"), "by_source": selectors.conversion(qs, by="source")}
