"""REST endpoints: achievements, technology contracts and their growth, scenes with explained suggestions,
accepting or rejecting a suggestion, and 对接 records."""
import datetime

from django.core.exceptions import PermissionDenied
from ninja import Query, Router, Schema

from actiondesk.core.access import access_for
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.params import Id, Year
from actiondesk.core.schemas import RelatedNames
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404, visible
from actiondesk.innovation import selectors, services_scenes
from actiondesk.innovation.choices import Decision, SceneKind
from actiondesk.innovation.filters import (
    AchievementFilterSet,
    ContractFilterSet,
    DockingFilterSet,
    SceneFilterSet,
)
from actiondesk.innovation.models import Achievement, Docking, SceneItem, TechContract

router = Router(tags=["innovation"])


class AchievementOut(Schema):
    id: int
    code: str
    title: str
    institution: str
    stage: str
    stage_on: datetime.date | None
    trl: int
    is_high_value: bool
    is_high_tech: bool


class ContractOut(Schema):
    id: int
    number: str
    name: str
    seller: str
    buyer: str
    contract_type: str
    amount: float | None
    signed_on: datetime.date


class MonthOut(Schema):
    month: int
    this_year: float
    last_year: float
    growth: float | None
    cumulative_growth: float | None


class SceneOut(RelatedNames):
    id: int
    kind: str
    title: str
    party: str
    category: str
    state: str
    is_ai: bool
    department: str


class SuggestionOut(Schema):
    id: int
    title: str
    rank: int
    score: float
    terms: list[str]
    reasons: list[str]
    decision: str


class AchievementMatchOut(Schema):
    id: int
    code: str
    title: str
    institution: str
    stage: str
    rank: int
    score: float
    terms: list[str]
    reasons: list[str]


class DecisionIn(Schema):
    decision: Decision


class DockingOut(Schema):
    id: int
    demand_id: int
    supply_id: int
    demand: str
    supply: str
    docked_on: datetime.date

    @staticmethod
    def resolve_demand(obj):
        return obj.demand.title

    @staticmethod
    def resolve_supply(obj):
        return obj.supply.title


AchievementQuery = filter_schema(AchievementFilterSet)
ContractQuery = filter_schema(ContractFilterSet)
SceneQuery = filter_schema(SceneFilterSet)
DockingQuery = filter_schema(DockingFilterSet)


@router.get("/achievements", response=list[AchievementOut], summary="科技成果列表")
def list_achievements(request, filters: Query[AchievementQuery], paging: Query[Paging]):
    qs = filtered(AchievementFilterSet, filters.dict(exclude_none=True), visible(Achievement.objects.all(),
                                                                                   request.user), request=request)
    return list(paging.slice(qs.order_by("code")))


@router.get("/contracts", response=list[ContractOut], summary="技术合同列表")
def list_contracts(request, filters: Query[ContractQuery], paging: Query[Paging]):
    qs = filtered(ContractFilterSet, filters.dict(exclude_none=True), visible(TechContract.objects.all(),
                                                                                request.user), request=request)
    return list(paging.slice(qs.order_by("-signed_on", "number")))


@router.get("/contracts/growth/{year}", response=list[MonthOut], summary="技术合同成交额逐月同比（上年同月为零时无值）")
def contract_growth(request, year: Year):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    return [{"month": m.month, "this_year": float(m.this_year), "last_year": float(m.last_year),
             "growth": None if m.growth is None else float(m.growth),
             "cumulative_growth": None if m.cumulative.growth is None else float(m.cumulative.growth)}
            for m in selectors.contract_growth_by_month(access.zone_id, year)]


@router.get("/scenes", response=list[SceneOut], summary="场景项目库")
def list_scenes(request, filters: Query[SceneQuery], paging: Query[Paging]):
    qs = filtered(SceneFilterSet, filters.dict(exclude_none=True), visible(SceneItem.objects.all(), request.user),
                  request=request)
    return list(paging.slice(qs.select_related("department").order_by("pk")))


@router.get("/scenes/{scene_id}/suggestions", response=list[SuggestionOut],
            summary="匹配建议（命中词与排序理由）")
def scene_suggestions(request, scene_id: Id):
    scene = get_visible_or_404(SceneItem.objects.all(), request.user, pk=scene_id)
    return [{"id": s.scene.pk, "title": s.scene.title, "rank": s.suggestion.rank, "score": s.suggestion.score,
             "terms": s.suggestion.term_list, "reasons": s.suggestion.reasons, "decision": s.decision}
            for s in selectors.suggestions_for(scene)]


@router.get("/scenes/{scene_id}/achievements", response=list[AchievementMatchOut],
            summary="可对接某项场景需求的科技成果（命中词与排序理由）")
def scene_achievements(request, scene_id: Id):
    scene = get_visible_or_404(SceneItem.objects.all(), request.user, pk=scene_id, kind=SceneKind.DEMAND)
    return [{"id": a.pk, "code": a.code, "title": a.title, "institution": a.institution, "stage": a.stage,
             "rank": s.rank, "score": s.score, "terms": s.term_list, "reasons": s.reasons}
            for a, s in selectors.achievements_for_scene(scene)]


@router.post("/scenes/{scene_id}/suggestions/{other_id}", response=SuggestionOut, summary="采纳或否决一条匹配建议")
def decide(request, scene_id: Id, other_id: Id, payload: DecisionIn):
    scene = get_editable_or_403(SceneItem.objects.all(), request.user, pk=scene_id)
    other = get_visible_or_404(SceneItem.objects.all(), request.user, pk=other_id)
    demand, supply = (scene, other) if scene.kind == SceneKind.DEMAND else (other, scene)
    explained = next((s.suggestion for s in selectors.suggestions_for(scene, k=20) if s.scene.pk == other.pk), None)
    row = services_scenes.match_decide(demand=demand, supply=supply, decision=payload.decision, acting_user=request.user,
                                score=explained.score if explained else 0,
                                terms=explained.term_list if explained else (),
                                reasons=explained.reasons if explained else ())
    return {"id": other.pk, "title": other.title, "rank": explained.rank if explained else 0,
            "score": row.score, "terms": row.terms, "reasons": row.reasons, "decision": row.decision}


@router.get("/dockings", response=list[DockingOut], summary="对接记录（双方部门可见）")
def list_dockings(request, filters: Query[DockingQuery], paging: Query[Paging]):
    qs = filtered(DockingFilterSet, filters.dict(exclude_none=True), visible(Docking.objects.all(), request.user),
                  request=request)
    return list(paging.slice(qs.select_related("demand", "supply").order_by("-docked_on", "-pk")))
