"""Writes for parks: the registry, buildings, land parcels and their 七通一平 items (validated, audited)."""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.keepers import keeper_department_for
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, ensure_role
from actiondesk.core.values import check_instance, clean_date
from actiondesk.org.choices import Role
from actiondesk.org.models import Department
from actiondesk.parks.choices import ReadinessItem
from actiondesk.parks.keepers import PARKS
from actiondesk.parks.models import Building, LandParcel, ParcelReadiness, Park

PARK_FIELDS = ("name", "kind", "area_mu", "operator", "department", "note")
BUILDING_FIELDS = ("name", "floor_area_m2", "vacant_area_m2")
PARCEL_FIELDS = ("code", "area_mu", "land_use", "status", "min_investment_per_mu", "min_output_per_mu",
                 "min_tax_per_mu", "max_energy_per_mu", "min_plot_ratio")
PARCEL_AMOUNTS = ("area_mu", "min_investment_per_mu", "min_output_per_mu", "min_tax_per_mu", "max_energy_per_mu",
                  "min_plot_ratio")


def refused() -> str:
    return _("只有园区的主管部门和管理员可以修改")


def refused_create() -> str:
    return _("只有园区名录的维护部门（默认发展改革局）和管理员可以新增或导入园区")


def default_department(zone_id: int, access=None) -> Department | None:
    """The department that keeps a new park (each park's own ``department`` then decides who edits it, so a zone
    hands a park to another department by changing it): ``access``'s own when it keeps the registry, else the
    first keeper an admin named, else the zone's 发展改革局 (``core.keepers``)."""
    return keeper_department_for(access, zone_id, PARKS)


def park_ids_for_names(zone, names) -> tuple[dict[str, int], list[str]]:
    """The ids of the zone's parks by name; a name the registry lacks is added (kept by the default department,
    type unset) so that a bulk load naming it loses no row. Returns (ids, names added). The caller holds the
    right to write the rows that name these parks and records the additions in its own audit entry."""
    names = {n for n in names if n}
    ids = dict(Park.objects.filter(zone=zone, name__in=names).values_list("name", "pk"))
    missing = sorted(names - set(ids))
    if missing:
        owner = default_department(zone.pk)
        Park.objects.bulk_create([Park(zone=zone, name=name, department=owner) for name in missing])
        ids = dict(Park.objects.filter(zone=zone, name__in=names).values_list("name", "pk"))
    return ids, missing


def _unknown(values: dict, allowed) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})


def _save(obj, *, amounts=()) -> None:
    for field in amounts:
        clean_decimal(getattr(obj, field), model=type(obj), field=field, min=0)
    check_instance(obj)
    obj.full_clean()
    obj.save()


@transaction.atomic
def park_create(*, zone, acting_user, **values) -> Park:
    """A zone admin or a keeper of the park registry (发展改革局 by default) adds a park to the registry."""
    _unknown(values, PARK_FIELDS)
    access = ensure_role(acting_user, zone.pk, Role.ADMIN, Role.DEPARTMENT, message=refused_create())
    owner = default_department(zone.pk, access)
    if access is not None and access.role == Role.DEPARTMENT and (owner is None or access.department_id != owner.pk):
        raise PermissionDenied(refused_create())
    values.setdefault("department", owner)
    ensure_in_zone(zone.pk, department=values.get("department"))
    park = Park(zone=zone, **values)
    _save(park, amounts=("area_mu",))
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=park, after=snapshot(park))
    return park


@transaction.atomic
def park_update(*, park: Park, acting_user, **values) -> Park:
    _unknown(values, PARK_FIELDS)
    ensure_can_edit(acting_user, park, refused())
    if "department" in values:  # handing a park to another department is the admin's decision
        ensure_role(acting_user, park.zone_id, Role.ADMIN, message=_("只有管理员可以更改园区的主管部门"))
    ensure_in_zone(park.zone_id, department=values.get("department"))
    before = snapshot(park)
    for key, value in values.items():
        setattr(park, key, value)
    _save(park, amounts=("area_mu",))
    audit_update(actor=acting_user, instance=park, before=before)
    return park


@transaction.atomic
def building_save(*, park: Park, acting_user, building: Building | None = None, **values) -> Building:
    """Add a building to a park, or change one (floor area and the part standing empty)."""
    _unknown(values, BUILDING_FIELDS)
    ensure_can_edit(acting_user, park, refused())
    if building is not None and building.park_id != park.pk:
        raise ValidationError(_("楼宇不属于该园区"))
    created = building is None
    building = building or Building(park=park)
    before = None if created else snapshot(building)
    for key, value in values.items():
        setattr(building, key, value)
    if building.vacant_area_m2 is not None and building.floor_area_m2 is not None \
            and building.vacant_area_m2 > building.floor_area_m2:
        raise ValidationError({"vacant_area_m2": _("空置面积不能大于建筑面积")})
    _save(building, amounts=("floor_area_m2", "vacant_area_m2"))
    if created:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=building, after=snapshot(building))
    else:
        audit_update(actor=acting_user, instance=building, before=before)
    return building


@transaction.atomic
def parcel_save(*, park: Park, acting_user, parcel: LandParcel | None = None, **values) -> LandParcel:
    """Add a land parcel (标准地 terms) to a park, or change one."""
    _unknown(values, PARCEL_FIELDS)
    ensure_can_edit(acting_user, park, refused())
    if parcel is not None and parcel.park_id != park.pk:
        raise ValidationError(_("地块不属于该园区"))
    created = parcel is None
    parcel = parcel or LandParcel(park=park)
    before = None if created else snapshot(parcel)
    for key, value in values.items():
        setattr(parcel, key, value)
    _save(parcel, amounts=PARCEL_AMOUNTS)
    if created:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=parcel, after=snapshot(parcel))
    else:
        audit_update(actor=acting_user, instance=parcel, before=before)
    return parcel


def _readiness_facts(parcel, label: str, facts: dict | None) -> dict | None:
    """The park's audit trail shows a readiness item in words (the park has no such fields to label them)."""
    if facts is None:
        return None
    return {_("地块"): parcel.code, _("事项"): label, _("已完成"): _("是") if facts["is_ready"] else _("否"),
            _("完成日期"): facts["ready_on"] or "—"}


@transaction.atomic
def readiness_set(*, parcel: LandParcel, item: str, is_ready: bool, acting_user,
                  ready_on: datetime.date | None = None, note: str = "") -> ParcelReadiness:
    """Mark one 七通一平 item of a parcel done (with its date) or not done."""
    ensure_can_edit(acting_user, parcel, refused())
    if item not in ReadinessItem.values:
        raise ValidationError({"item": _("未知的七通一平事项：%(item)s") % {"item": item}})
    ready_on = clean_date(ready_on, field="ready_on") if ready_on else None
    if is_ready and ready_on is None:
        ready_on = datetime.date.today()
    row = ParcelReadiness.objects.filter(parcel=parcel, item=item).first()
    created = row is None
    row = row or ParcelReadiness(parcel=parcel, item=item)
    before = None if created else snapshot(row)
    row.is_ready, row.ready_on, row.note = is_ready, ready_on if is_ready else None, note
    _save(row)
    label = str(ReadinessItem(item).label)
    audit_record(actor=acting_user, action=AuditAction.CREATE if created else AuditAction.UPDATE,
                 instance=parcel.park, before=_readiness_facts(parcel, label, before),
                 after=_readiness_facts(parcel, label, snapshot(row)),
                 note=_("地块 %(code)s 七通一平：%(item)s") % {"code": parcel.code, "item": label})
    return row
