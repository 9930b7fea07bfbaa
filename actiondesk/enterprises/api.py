"""REST API: list (same filters as the page), detail with ladder position and gaps, create/update, certifications."""
import datetime

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from ninja import Query, Router, Schema, Status

from actiondesk.core.access import access_for
from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id
from actiondesk.core.scoping import can_edit, get_visible_or_404
from actiondesk.core.values import date_window
from actiondesk.core.versioning import etag, if_match_version
from actiondesk.enterprises import selectors, services
from actiondesk.enterprises.filters import EnterpriseFilterSet
from actiondesk.enterprises.models import Certification, Enterprise
from actiondesk.enterprises.models.permissions import keeps_pool
from actiondesk.org.models import Zone

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
    address: str
    registered_on: datetime.date | None
    scale_status: str
    scale_entered_on: datetime.date | None
    leader_id: Id | None


class EnterpriseIn(Schema):
    credit_code: str | None = None
    name: str | None = None
    former_names: str | None = None
    industry_code: str | None = None
    park: str | None = None
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


@router.get("/{enterprise_id}")
def enterprise_detail(request, enterprise_id: Id, response: HttpResponse, on: datetime.date | None = None):
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=enterprise_id)
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
