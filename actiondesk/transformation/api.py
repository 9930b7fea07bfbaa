"""REST endpoints of the transformation pool: the pool (same filters as the page and export), an enterprise's record,
the projects list, and recording a diagnosis or a rating (the pool's keepers only, the same services as the
pages). Who keeps the pool is set through the keepers API (``PUT /api/org/keepers/transformation.pool``)."""
import datetime
from decimal import Decimal
from typing import Literal

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from pydantic import Field

from actiondesk.core.access import access_for
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.params import Id
from actiondesk.core.scoping import get_visible_or_404
from actiondesk.enterprises.models import Enterprise
from actiondesk.transformation import selectors, services
from actiondesk.transformation.choices import DiagnosisMethod, FactoryKind, FactoryLevel, RatingStage
from actiondesk.transformation.filters import PoolFilterSet, ProjectFilterSet
from actiondesk.transformation.permissions import edits_transformation

router = Router(tags=["transformation"])


class DiagnosisOut(Schema):
    id: int
    diagnosed_on: datetime.date
    provider: str
    method: str
    level_overall: int
    level_personnel: int | None
    level_technology: int | None
    level_resources: int | None
    level_manufacturing: int | None
    findings: str
    measures: str


class RatingOut(Schema):
    id: int
    kind: str
    level: str
    stage: str
    applied_on: datetime.date | None
    recognised_on: datetime.date | None
    expires_on: datetime.date | None
    certificate_number: str


class ProjectOut(Schema):
    id: int
    version: int
    enterprise_id: int
    name: str
    scope: str
    category: str
    state: str
    planned_investment: Decimal | None
    actual_investment: Decimal | None
    started_on: datetime.date | None
    completed_on: datetime.date | None
    ledger_project_id: int | None


class PoolRowOut(Schema):
    id: int
    credit_code: str
    name: str
    park: str
    scale_status: str
    last_diagnosed_on: datetime.date | None
    maturity: int | None
    smart_level: str | None
    green_level: str | None
    projects: int


class RecordOut(Schema):
    enterprise_id: int
    diagnoses: list[DiagnosisOut]
    ratings: list[RatingOut]
    projects: list[ProjectOut]


Level = Field(None, ge=1, le=5)


class DiagnosisIn(Schema):
    diagnosed_on: datetime.date
    method: Literal[tuple(DiagnosisMethod.values)]
    level_overall: int = Field(..., ge=1, le=5)
    level_personnel: int | None = Level
    level_technology: int | None = Level
    level_resources: int | None = Level
    level_manufacturing: int | None = Level
    provider: str = Field("", max_length=200)
    findings: str = Field("", max_length=5000)
    measures: str = Field("", max_length=5000)


class RatingIn(Schema):
    kind: Literal[tuple(FactoryKind.values)]
    level: Literal[tuple(FactoryLevel.values)]
    stage: Literal[tuple(RatingStage.values)] = RatingStage.CULTIVATING.value
    applied_on: datetime.date | None = None
    recognised_on: datetime.date | None = None
    expires_on: datetime.date | None = None
    certificate_number: str = Field("", max_length=100)


PoolQuery = filter_schema(PoolFilterSet)
ProjectQuery = filter_schema(ProjectFilterSet)


def _editable_enterprise(request, enterprise_id) -> Enterprise:
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=enterprise_id)
    if not edits_transformation(access_for(request.user)):
        raise PermissionDenied(services.REFUSED)
    return enterprise


@router.get("/pool", response=list[PoolRowOut], summary="数智绿色转型培育库（与页面和导出相同的筛选）")
def list_pool(request, filters: Query[PoolQuery], paging: Query[Paging]):
    today = timezone.localdate()
    qs = filtered(PoolFilterSet, filters.dict(exclude_none=True), selectors.pool_enterprises(request.user),
                  request=request, today=today)
    rows = selectors.pool_rows(list(paging.slice(qs.order_by("name", "pk"))), today=today)
    return [{"id": r["enterprise"].pk, "credit_code": r["enterprise"].credit_code, "name": r["enterprise"].name,
             "park": r["enterprise"].park.name if r["enterprise"].park_id else "", "scale_status": r["enterprise"].scale_status,
             "last_diagnosed_on": r["diagnosis"].diagnosed_on if r["diagnosis"] else None,
             "maturity": r["diagnosis"].level_overall if r["diagnosis"] else None,
             "smart_level": r["smart"].level if r["smart"] else None,
             "green_level": r["green"].level if r["green"] else None, "projects": len(r["projects"])} for r in rows]


@router.get("/projects", response=list[ProjectOut], summary="智改数转项目列表")
def list_projects(request, filters: Query[ProjectQuery], paging: Query[Paging]):
    qs = filtered(ProjectFilterSet, filters.dict(exclude_none=True), selectors.projects_visible(request.user),
                  request=request)
    return list(paging.slice(qs.order_by("enterprise__name", "pk")))


@router.get("/enterprises/{enterprise_id}", response=RecordOut, summary="企业的诊断、评级和智改数转项目")
def get_record(request, enterprise_id: Id):
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=enterprise_id)
    return {"enterprise_id": enterprise.pk, **selectors.enterprise_record(enterprise)}


@router.post("/enterprises/{enterprise_id}/diagnoses", response={201: DiagnosisOut}, summary="记录评估诊断")
def create_diagnosis(request, enterprise_id: Id, payload: DiagnosisIn):
    enterprise = _editable_enterprise(request, enterprise_id)
    return Status(201, services.diagnosis_create(enterprise=enterprise, acting_user=request.user, **payload.dict()))


@router.post("/enterprises/{enterprise_id}/ratings", response={201: RatingOut}, summary="记录工厂评级")
def create_rating(request, enterprise_id: Id, payload: RatingIn):
    enterprise = _editable_enterprise(request, enterprise_id)
    return Status(201, services.rating_create(enterprise=enterprise, acting_user=request.user, **payload.dict()))
