"""REST endpoints for chains: the list with their scale figures and the data of a chain map."""
from decimal import Decimal

from django.utils import timezone
from ninja import Query, Router, Schema

from actiondesk.chains import selectors
from actiondesk.chains.filters import ChainFilterSet
from actiondesk.chains.models import Chain
from actiondesk.core.access import access_for
from actiondesk.core.filters import filter_schema, valid_filterset
from actiondesk.core.params import Id, Year
from actiondesk.core.scoping import get_visible_or_404, visible

router = Router(tags=["chains"])


class ChainOut(Schema):
    id: int
    name: str
    kind: str
    industry: str
    department: str | None
    chief: str
    enterprises: int
    segments: int
    segments_covered: int
    has_leader: bool
    in_shape: bool
    output_wan: Decimal


class SegmentOut(Schema):
    id: int
    name: str
    position: str
    parent_id: Id | None
    enterprise_count: int
    output_wan: Decimal
    is_gap: bool
    investment_targets: int


class ChainMapOut(Schema):
    chain: ChainOut
    segments: list[SegmentOut]
    tree: dict


def _chain_out(stat) -> dict:
    chain = stat["chain"]
    return {"id": chain.pk, "name": chain.name, "kind": chain.kind, "industry": chain.industry,
            "department": chain.department.name if chain.department_id else None, "chief": chain.chief_display,
            "enterprises": stat["enterprises"], "segments": stat["segments"], "segments_covered": stat["covered"],
            "has_leader": stat["has_leader"], "in_shape": stat["in_shape"], "output_wan": stat["output"]}


ChainQuery = filter_schema(ChainFilterSet)


@router.get("/", response=list[ChainOut], summary="产业链列表（企业数、覆盖环节、链主、是否初具规模、产值；与页面相同的筛选）")
def list_chains(request, filters: Query[ChainQuery]):
    access = access_for(request.user)
    filterset = valid_filterset(ChainFilterSet, filters.dict(exclude_none=True),
                                visible(Chain.objects.all(), request.user), request=request)
    stats = selectors.chain_stats(zone_id=access.zone_id, chains=filterset.qs,
                                  year=filterset.value("year") or timezone.localdate().year)
    return [_chain_out(s) for s in stats]


@router.get("/{chain_id}/map", response=ChainMapOut, summary="产业链图谱数据（环节、企业数、产值、薄弱环节）")
def chain_map(request, chain_id: Id, year: Year | None = None):
    chain = get_visible_or_404(Chain.objects.select_related("department", "chief"), request.user, pk=chain_id)
    data = selectors.chain_map(chain, year=year or timezone.localdate().year)
    segments = [{"id": s.pk, "name": s.name, "position": s.position, "parent_id": s.parent_id,
                 "enterprise_count": s.enterprise_count, "output_wan": s.output, "is_gap": s.is_gap,
                 "investment_targets": s.target_count} for s in data["segments"]]
    return {"chain": _chain_out(data["stats"]), "segments": segments, "tree": data["tree"]}
