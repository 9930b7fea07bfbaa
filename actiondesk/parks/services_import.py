"""The park registry's .xlsx import, written: validate every row of both sheets first (``imports.read_parks``),
then upsert parks, parcels and their 七通一平 items in one transaction with ONE audit entry."""
import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import editable, ensure_role, is_system
from actiondesk.core.values import check_instance
from actiondesk.org.choices import Role
from actiondesk.parks.imports import ParkReading, read_parks
from actiondesk.parks.models import LandParcel, ParcelReadiness, Park
from actiondesk.parks.services import default_department, refused


def _save(obj) -> None:
    check_instance(obj)
    obj.full_clean()
    obj.save()


def _importer_department(acting_user, zone):
    """Admins, or the staff of the department that keeps new parks (发展改革局), import the registry."""
    access = ensure_role(acting_user, zone.pk, Role.ADMIN, Role.DEPARTMENT, message=refused())
    owner = default_department(zone.pk)
    if access is not None and access.role == Role.DEPARTMENT and (owner is None or access.department_id != owner.pk):
        raise PermissionDenied(refused())
    return owner


@transaction.atomic
def parks_import(*, zone, acting_user, data: bytes, file_name: str,
                 today: datetime.date | None = None) -> ParkReading:
    """Read and check the workbook; write nothing if any row is bad, else upsert every row here with ONE audit
    entry. Returns the reading (``errors`` say why nothing was written, ``summary`` what was)."""
    owner = _importer_department(acting_user, zone)
    today = today or timezone.localdate()
    parks = {p.name: p for p in Park.objects.filter(zone=zone)}
    mine = set(parks) if is_system(acting_user) else set(
        editable(Park.objects.filter(zone=zone), acting_user).values_list("name", flat=True))
    reading = read_parks(data, file_name=file_name, existing_names=set(parks), refused_names=set(parks) - mine,
                         today=today)
    if reading.errors:
        return reading
    counts = {"parks_created": 0, "parks_updated": 0, "parcels_created": 0, "parcels_updated": 0,
              "readiness_changed": 0}
    previous: dict = {}
    for values in reading.parks:
        park = parks.get(values["name"])
        if park is None:
            park = parks[values["name"]] = Park(zone=zone, department=owner)
            counts["parks_created"] += 1
        else:
            previous[f"{_('园区')}/{park.name}"] = snapshot(park)
            counts["parks_updated"] += 1
        for key, value in values.items():
            setattr(park, key, value)
        _save(park)
    parcels = {(p.park.name, p.code): p for p in LandParcel.objects.filter(park__zone=zone).select_related("park")}
    states = {(r.parcel_id, r.item): r for r in ParcelReadiness.objects.filter(parcel__park__zone=zone)}
    for values in reading.parcels:
        readiness = values.pop("readiness")
        park = parks[values.pop("park")]
        parcel = parcels.get((park.name, values["code"]))
        if parcel is None:
            parcel = LandParcel(park=park)
            counts["parcels_created"] += 1
        else:
            previous[f"{_('地块')}/{park.name}/{parcel.code}"] = snapshot(parcel)
            counts["parcels_updated"] += 1
        for key, value in values.items():
            setattr(parcel, key, value)
        _save(parcel)
        counts["readiness_changed"] += _set_readiness(parcel, readiness, states, today)
    created = counts["parks_created"] + counts["parcels_created"]
    updated = counts["parks_updated"] + counts["parcels_updated"]
    audit_record(actor=acting_user, action=AuditAction.IMPORT, model=Park, zone=zone,
                 batch={"file_name": file_name, "sha256": reading.sha256, "created": created, "updated": updated,
                        "previous": previous, **counts},
                 note=_("导入园区名录 %(file)s") % {"file": file_name})
    reading.summary = counts
    return reading


def _set_readiness(parcel, readiness: dict, states: dict, today) -> int:
    """Each 七通一平 item as the sheet says (an item already done keeps its date unless the sheet gives one)."""
    changed = 0
    for item, state in readiness.items():
        ready, day = state if state is not None else (False, None)
        row = states.get((parcel.pk, item))
        if row is None and not ready:
            continue
        row = row or ParcelReadiness(parcel=parcel, item=item)
        new_day = (day or (row.ready_on if row.is_ready and row.ready_on else today)) if ready else None
        if row.pk is not None and row.is_ready == ready and row.ready_on == new_day:
            continue
        row.is_ready, row.ready_on = ready, new_day
        _save(row)
        changed += 1
    return changed
