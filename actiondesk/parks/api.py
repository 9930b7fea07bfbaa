"""REST endpoints for parks: the registry (same filters as the page), a park with its buildings and parcels,
and the writes that keep them. 亩均效益 comes from the enterprises' API (/api/enterprises/parks/{id}/land-yield)."""
import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from ninja import Query, Router, Schema, Status

from actiondesk.core.access import access_for
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404, visible
from actiondesk.org.models import Zone
from actiondesk.parks import selectors, services
from actiondesk.parks.filters import ParkFilterSet
from actiondesk.parks.models import LandParcel, Park

router = Router(tags=["parks"])


class ParkOut(Schema):
    id: int
    name: str
    kind: str
    area_mu: Decimal | None
    operator: str
    department: str | None
    buildings: int
    floor_area_m2: Decimal
    vacant_area_m2: Decimal
    vacancy_percent: Decimal | None
    parcels: int
    parcels_ready: int


class ParkIn(Schema):
    name: str | None = None
    kind: str | None = None
    area_mu: Decimal | None = schema_field(Park, "area_mu", None, ge=0)
    operator: str | None = None
    note: str | None = None


class ReadinessOut(Schema):
    item: str
    is_ready: bool
    ready_on: datetime.date | None


class ParcelOut(Schema):
    id: int
    code: str
    area_mu: Decimal | None
    land_use: str
    status: str
    min_investment_per_mu: Decimal | None
    min_output_per_mu: Decimal | None
    min_tax_per_mu: Decimal | None
    max_energy_per_mu: Decimal | None
    min_plot_ratio: Decimal | None
    readiness: list[ReadinessOut]
    ready_items: int
    ready_to_build: bool


class ParcelIn(Schema):
    code: str
    area_mu: Decimal = schema_field(LandParcel, "area_mu", ..., ge=0)
    land_use: str = "工业用地"
    status: str = "reserve"
    min_investment_per_mu: Decimal | None = schema_field(LandParcel, "min_investment_per_mu", None, ge=0)
    min_output_per_mu: Decimal | None = schema_field(LandParcel, "min_output_per_mu", None, ge=0)
    min_tax_per_mu: Decimal | None = schema_field(LandParcel, "min_tax_per_mu", None, ge=0)
    max_energy_per_mu: Decimal | None = schema_field(LandParcel, "max_energy_per_mu", None, ge=0)
    min_plot_ratio: Decimal | None = schema_field(LandParcel, "min_plot_ratio", None, ge=0)


class ParcelPatch(Schema):
    """A parcel's fields to change; the ones left out stay as they are."""

    code: str | None = None
    area_mu: Decimal | None = schema_field(LandParcel, "area_mu", None, ge=0)
    land_use: str | None = None
    status: str | None = None
    min_investment_per_mu: Decimal | None = schema_field(LandParcel, "min_investment_per_mu", None, ge=0)
    min_output_per_mu: Decimal | None = schema_field(LandParcel, "min_output_per_mu", None, ge=0)
    min_tax_per_mu: Decimal | None = schema_field(LandParcel, "min_tax_per_mu", None, ge=0)
    max_energy_per_mu: Decimal | None = schema_field(LandParcel, "max_energy_per_mu", None, ge=0)
    min_plot_ratio: Decimal | None = schema_field(LandParcel, "min_plot_ratio", None, ge=0)


class ReadinessIn(Schema):
    item: str
    is_ready: bool
    ready_on: datetime.date | None = None
    note: str = ""


class BuildingOut(Schema):
    id: int
    name: str
    floor_area_m2: Decimal | None
    vacant_area_m2: Decimal | None


class ParkDetailOut(Schema):
    park: ParkOut
    buildings: list[BuildingOut]
    parcels: list[ParcelOut]


def _park_out(row) -> dict:
    park = row["park"]
    return {"id": park.pk, "name": park.name, "kind": park.kind, "area_mu": park.area_mu, "operator": park.operator,
            "department": park.department.name if park.department_id else None, "buildings": row["buildings"],
            "floor_area_m2": row["floor"], "vacant_area_m2": row["vacant"], "vacancy_percent": row["vacancy"],
            "parcels": row["parcels"], "parcels_ready": row["ready"]}


def _parcel_out(row) -> dict:
    parcel = row["parcel"]
    return {**{f: getattr(parcel, f) for f in ("code", "area_mu", "land_use", "status", "min_investment_per_mu",
                                               "min_output_per_mu", "min_tax_per_mu", "max_energy_per_mu",
                                               "min_plot_ratio")},
            "id": parcel.pk, "ready_items": row["ready"], "ready_to_build": row["complete"],
            "readiness": [{"item": s["item"], "is_ready": bool(s["row"] and s["row"].is_ready),
                           "ready_on": s["row"].ready_on if s["row"] else None} for s in row["items"]]}


ParkQuery = filter_schema(ParkFilterSet)


@router.get("/", response=list[ParkOut], summary="园区名录（楼宇、空置率、地块、七通一平；与页面相同的筛选）")
def list_parks(request, filters: Query[ParkQuery], paging: Query[Paging]):
    qs = filtered(ParkFilterSet, filters.dict(exclude_none=True), visible(Park.objects.all(), request.user),
                  request=request)
    return [_park_out(r) for r in selectors.park_rows(paging.slice(qs.order_by("name")))]


@router.get("/{park_id}", response=ParkDetailOut, summary="园区详情（楼宇厂房、地块与七通一平）")
def park_detail(request, park_id: Id):
    park = get_visible_or_404(Park.objects.all(), request.user, pk=park_id)
    return {"park": _park_out(selectors.park_rows(Park.objects.filter(pk=park.pk))[0]),
            "buildings": list(park.buildings.all()),
            "parcels": [_parcel_out(r) for r in selectors.parcel_rows(park)]}


@router.post("/", response={201: ParkOut}, summary="添加园区（管理员或园区主管部门）")
def park_create(request, payload: ParkIn):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    values = {k: v for k, v in payload.dict().items() if v is not None}
    park = services.park_create(zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user, **values)
    return Status(201, _park_out(selectors.park_rows(Park.objects.filter(pk=park.pk))[0]))


@router.patch("/{park_id}", response=ParkOut, summary="修改园区")
def park_update(request, park_id: Id, payload: ParkIn):
    park = get_editable_or_403(Park.objects.all(), request.user, pk=park_id)
    services.park_update(park=park, acting_user=request.user, **payload.dict(exclude_unset=True))
    return _park_out(selectors.park_rows(Park.objects.filter(pk=park.pk))[0])


@router.post("/{park_id}/parcels", response={201: ParcelOut}, summary="添加地块（标准地指标）")
def parcel_add(request, park_id: Id, payload: ParcelIn):
    park = get_editable_or_403(Park.objects.all(), request.user, pk=park_id)
    parcel = services.parcel_save(park=park, acting_user=request.user, **payload.dict())
    return Status(201, next(_parcel_out(r) for r in selectors.parcel_rows(park) if r["parcel"].pk == parcel.pk))


@router.patch("/parcels/{parcel_id}", response=ParcelOut, summary="修改地块（标准地指标）")
def parcel_update(request, parcel_id: Id, payload: ParcelPatch):
    parcel = get_editable_or_403(LandParcel.objects.select_related("park"), request.user, pk=parcel_id)
    services.parcel_save(park=parcel.park, parcel=parcel, acting_user=request.user,
                         **payload.dict(exclude_unset=True))
    return next(_parcel_out(r) for r in selectors.parcel_rows(parcel.park) if r["parcel"].pk == parcel.pk)


@router.post("/parcels/{parcel_id}/readiness", response=ParcelOut, summary="更新地块的一项七通一平")
def readiness_set(request, parcel_id: Id, payload: ReadinessIn):
    parcel = get_editable_or_403(LandParcel.objects.select_related("park"), request.user, pk=parcel_id)
    services.readiness_set(parcel=parcel, acting_user=request.user, **payload.dict())
    return next(_parcel_out(r) for r in selectors.parcel_rows(parcel.park) if r["parcel"].pk == parcel.pk)


__all__ = ["router"]
