"""REST endpoints for a project's 要素保障 needs: the list (with the parcel each points at), adding one, and
changing one (the supplying department only its status, date and progress, as on the page)."""
import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from ninja import Router, Schema, Status
from pydantic import Field

from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id
from actiondesk.core.schemas import RelatedNames
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404
from actiondesk.org.models import Department
from actiondesk.parks.models import LandParcel
from actiondesk.projects import services
from actiondesk.projects.models import FactorNeed, Project


class FactorNeedOut(RelatedNames):
    id: int
    project_id: int
    kind: str
    quantity: Decimal | None
    unit: str
    description: str
    parcel_id: int | None
    parcel: str | None = Field(None, description="地块（园区名称 地块编号）")
    department: str
    planned_on: datetime.date
    supplied_on: datetime.date | None
    status: str
    progress_note: str

    @staticmethod
    def resolve_parcel(obj):
        return str(obj.parcel) if obj.parcel_id else None


class FactorNeedIn(Schema):
    """Only the fields sent are changed (on PATCH); ``parcel_id`` null clears the parcel."""

    kind: str | None = None
    quantity: Decimal | None = schema_field(FactorNeed, "quantity", None, ge=0)
    unit: str | None = Field(None, max_length=20)
    description: str | None = Field(None, max_length=300)
    parcel_id: Id | None = Field(None, description="本示范区园区名录中的地块")
    department_id: Id | None = None
    planned_on: datetime.date | None = None
    supplied_on: datetime.date | None = None
    status: str | None = None
    progress_note: str | None = Field(None, max_length=300)


TEXT = ("unit", "description", "progress_note")


def _needs():
    return FactorNeed.objects.select_related("project", "department", "parcel__park")


def _fields(payload: FactorNeedIn) -> dict:
    """The payload's fields with parcel and department resolved by id; the service refuses another zone's
    parcel or department (it checks the zone of whatever it is given)."""
    fields = {}
    for key, value in payload.dict(exclude_unset=True).items():
        if key == "parcel_id":
            parcel = None if value is None else LandParcel.objects.select_related("park").filter(pk=value).first()
            if value is not None and parcel is None:
                raise ValidationError({"parcel_id": "园区名录中没有这个地块"})
            fields["parcel"] = parcel
        elif key == "department_id":
            department = Department.objects.filter(pk=value).first() if value is not None else None
            if department is None:
                raise ValidationError({"department_id": "请指定本示范区的保障部门"})
            fields["department"] = department
        else:
            fields[key] = "" if value is None and key in TEXT else value
    return fields


def list_needs(request, project_id: Id):
    project = get_visible_or_404(Project.objects.all(), request.user, pk=project_id)
    return list(_needs().filter(project=project))


def add_need(request, project_id: Id, payload: FactorNeedIn):
    project = get_editable_or_403(Project.objects.all(), request.user, pk=project_id)
    need = services.factor_need_create(project=project, acting_user=request.user,
                                       **_fields(payload))
    return Status(201, _needs().get(pk=need.pk))


def update_need(request, need_id: Id, payload: FactorNeedIn):
    need = get_editable_or_403(_needs(), request.user, pk=need_id)
    services.factor_need_update(need=need, acting_user=request.user, **_fields(payload))
    return _needs().get(pk=need.pk)


def register(router: Router) -> None:
    """Add the endpoints to the projects router (one router per app, see actiondesk/api.py)."""
    router.get("/{project_id}/factor-needs", response=list[FactorNeedOut], summary="项目的要素保障需求")(list_needs)
    router.post("/{project_id}/factor-needs", response={201: FactorNeedOut},
                summary="添加要素保障需求（可指向地块）")(add_need)
    router.patch("/factor-needs/{need_id}", response=FactorNeedOut,
                 summary="修改要素保障需求（保障部门只能更新状态和进展）")(update_need)
