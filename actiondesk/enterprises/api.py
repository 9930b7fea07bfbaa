"""REST API: list (same filters as the page), detail with ladder position and gaps, create/update, certifications."""
import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from ninja import Field, Query, Router, Schema, Status

from actiondesk.core.access import access_for
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id, Year
from actiondesk.core.scoping import can_edit, get_editable_or_403, get_visible_or_404
from actiondesk.core.values import date_window
from actiondesk.core.versioning import etag, if_match_version
from actiondesk.enterprises import park_yield, selectors, services, services_parks
from actiondesk.enterprises.filters import EnterpriseFilterSet
from actiondesk.enterprises.models import Certification, Enterprise, ParkTenancy
from actiondesk.enterprises.models.permissions import keeps_pool
from actiondesk.org.models import Zone
from actiondesk.parks.models import Park

router = Router(tags=["enterprises"])


class EnterpriseOut(Schema):
    id: int
    version: int
    credit_code: str
    name: str
    former_names: str
    industry_code: str
    industry_section: str
    park: str
    park_id: Id | None
    address: str
    registered_on: datetime.date | None
    scale_status: str
    scale_entered_on: datetime.date | None
    leader_id: Id | None

    @staticmethod
    def resolve_park(obj) -> str:
        return obj.park.name if obj.park_id else ""


class EnterpriseIn(Schema):
    credit_code: str | None = None
    name: str | None = None
    former_names: str | None = None
    industry_code: str | None = None
    park: str | None = Field(None, description="园区名录中的园区名称（空为不在园区）")
    address: str | None = None
    registered_on: datetime.date | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    scale_status: str | None = None
    scale_entered_on: datetime.date | None = None


class CertificationIn(Schema):
    kind: str
    level: str = ""
    granted_on: datetime.date
    expires_on: datetime.date | None = None
    certificate_number: str = ""
    registration_year: int | None = schema_field(Certification, "registration_year", ge=date_window()[0].year,
                                                 le=date_window()[1].year)
    source: str = ""


class CertificationOut(Schema):
    id: int
    kind: str
    level: str
    granted_on: datetime.date
    expires_on: datetime.date | None
    certificate_number: str
    source: str


REFUSED = "无权修改企业培育库"


EnterpriseQuery = filter_schema(EnterpriseFilterSet)


@router.get("/", response=list[EnterpriseOut], summary="企业列表（与页面和导出相同的筛选）")
def enterprise_list(request, filters: Query[EnterpriseQuery], paging: Query[Paging]):
    qs = filtered(EnterpriseFilterSet, filters.dict(exclude_none=True), selectors.enterprise_list(request.user),
                  request=request)
    return list(paging.slice(qs))


class LandYieldOut(Schema):
    park_id: int
    park: str
    year: int
    enterprises: int
    land_mu_years: Decimal
    output_per_mu: Decimal | None
    tax_per_mu: Decimal | None
    energy_per_mu: Decimal | None


class TenancyIn(Schema):
    credit_code: str
    area_mu: Decimal = schema_field(ParkTenancy, "area_mu", ..., ge=0)
    moved_in_on: datetime.date


class TenancyOut(Schema):
    id: int
    enterprise_id: int
    park_id: int
    area_mu: Decimal | None
    moved_in_on: datetime.date | None
    moved_out_on: datetime.date | None


@router.get("/parks/{park_id}/land-yield", response=LandYieldOut,
            summary="园区亩均效益（营业收入、纳税、综合能耗 ÷ 入驻企业占用的亩·年；年中入驻按天折算）")
def land_yield(request, park_id: Id, year: Year):
    park = get_visible_or_404(Park.objects.all(), request.user, pk=park_id)
    result = park_yield.park_yields([park.pk], year).get(park.pk)
    if result is None:
        return {"park_id": park.pk, "park": park.name, "year": year, "enterprises": 0, "land_mu_years": Decimal(0),
                "output_per_mu": None, "tax_per_mu": None, "energy_per_mu": None}
    return {"park_id": park.pk, "park": park.name, **result.__dict__}


@router.post("/parks/{park_id}/tenancies", response={201: TenancyOut}, summary="登记企业入驻园区用地")
def tenancy_add(request, park_id: Id, payload: TenancyIn):
    park = get_editable_or_403(Park.objects.all(), request.user, pk=park_id)
    enterprise = Enterprise.objects.filter(zone_id=park.zone_id, credit_code=payload.credit_code.strip()).first()
    if enterprise is None:
        raise ValidationError({"credit_code": "企业库中没有这个统一社会信用代码"})
    return Status(201, services_parks.tenancy_record(enterprise=enterprise, park=park, area_mu=payload.area_mu,
                                                     moved_in_on=payload.moved_in_on, acting_user=request.user))


@router.get("/{enterprise_id}")
def enterprise_detail(request, enterprise_id: Id, response: HttpResponse, on: datetime.date | None = None):
    enterprise = get_visible_or_404(Enterprise.objects.select_related("park"), request.user, pk=enterprise_id)
    response["ETag"] = etag(enterprise)
    on = on or datetime.date.today()
    positions = selectors.enterprise_positions(enterprise, on=on)
    return {**EnterpriseOut.from_orm(enterprise).dict(), "assessed_on": on, "ladders": [
        {"code": p["code"], "name": p["name"], "held": p["held"], "meets": p["meets"],
         "next": p["next"] and {"kind": p["next"].kind, "version": p["next"].version, "met": p["next"].met,
                                "gaps": [{"label": c.label, "actual": None if c.actual != c.actual else c.actual,
                                          "required": c.required, "text": c.gap_text,
                                          "unverified": c.rule["unverified"]} for c in p["next"].gaps]}}
        for p in positions]}


@router.post("/", response={201: EnterpriseOut})
def enterprise_create(request, payload: EnterpriseIn):
    access = access_for(request.user)
    if not keeps_pool(access):
        raise PermissionDenied(REFUSED)
    zone = Zone.objects.get(pk=access.zone_id)
    values = {k: v for k, v in payload.dict().items() if v is not None}
    return Status(201, services.enterprise_create(zone=zone, acting_user=request.user, **values))


@router.patch("/{enterprise_id}", response=EnterpriseOut)
def enterprise_update(request, enterprise_id: Id, payload: EnterpriseIn, response: HttpResponse):
    """``If-Match: "v<version>"`` (the ETag of the GET) refuses the change with 412 when someone saved since."""
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=enterprise_id)
    if not can_edit(request.user, enterprise):
        raise PermissionDenied(REFUSED)
    values = payload.dict(exclude_unset=True)
    enterprise = services.enterprise_update(enterprise=enterprise, acting_user=request.user,
                                            expected_version=if_match_version(request), **values)
    response["ETag"] = etag(enterprise)
    return enterprise


@router.get("/{enterprise_id}/certifications", response=list[CertificationOut])
def certification_list(request, enterprise_id: Id):
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=enterprise_id)
    return list(enterprise.certifications.all())


@router.post("/{enterprise_id}/certifications", response={201: CertificationOut})
def certification_add(request, enterprise_id: Id, payload: CertificationIn):
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=enterprise_id)
    if not can_edit(request.user, enterprise):
        raise PermissionDenied(REFUSED)
    return Status(201, services.certification_add(enterprise=enterprise, acting_user=request.user, **payload.dict()))


__all__ = ["router"]
