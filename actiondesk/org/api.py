from typing import Annotated

from django.core.exceptions import PermissionDenied
from ninja import Field, Path, Router, Schema

from actiondesk.core import keepers
from actiondesk.core.access import access_for
from actiondesk.core.params import Id
from actiondesk.core.scoping import visible
from actiondesk.org.models import Department, Zone

router = Router(tags=["org"])


class DepartmentOut(Schema):
    id: int
    name: str


class KeeperAreaOut(Schema):
    area: str
    label: str
    description: str
    default_department: str | None
    named: bool
    admins_only: bool = Field(description="An admin chose admins only: the default department does not keep it")
    departments: list[DepartmentOut]


# An area key is "<app>.<area>" (core.keepers.register_area); an unknown one is refused by keepers_set.
AreaKey = Annotated[str, Path(pattern=r"^[a-z_]+\.[a-z_]+$", max_length=60)]


class KeepersIn(Schema):
    """``department_ids`` name the keepers; an empty list returns the area to its default department; an empty list
    with ``admins_only: true`` leaves it to admins only (departments together with the flag are refused, 422)."""

    department_ids: list[Id] = []
    admins_only: bool = Field(False, description="With no department_ids: only admins keep the area, not its default")


@router.get("/departments", response=list[DepartmentOut], summary="部门列表")
def list_departments(request):
    return list(visible(Department.objects.all(), request.user))


def _zone_id(request) -> int:
    access = access_for(request.user)
    if access is None or access.is_enterprise:
        raise PermissionDenied
    return access.zone_id


def _area_out(row) -> dict:
    area = row["area"]
    return {"area": area.key, "label": str(area.label), "description": str(area.description),
            "default_department": area.default_department_name, "named": bool(row["named"]),
            "admins_only": row["admins_only"],
            "departments": row["departments"]}


@router.get("/keepers", response=list[KeeperAreaOut], summary="各范围的维护部门（未指定时为默认部门；空表示仅管理员，admins_only 表示已设为仅管理员）")
def list_keepers(request):
    return [_area_out(row) for row in keepers.area_rows(_zone_id(request))]


@router.put("/keepers/{area}", response=KeeperAreaOut, summary="指定某范围的维护部门（管理员；空列表恢复默认，admins_only 为仅管理员）")
def set_keepers(request, area: AreaKey, payload: KeepersIn):
    zone_id = _zone_id(request)
    # keepers_set checks the role first, then the area and that every id is a department of the zone.
    keepers.keepers_set(zone=Zone.objects.get(pk=zone_id), area=area, acting_user=request.user,
                        departments=[Department(pk=pk) for pk in sorted(set(payload.department_ids))],
                        admins_only=payload.admins_only)
    return next(_area_out(row) for row in keepers.area_rows(zone_id) if row["area"].key == area)
