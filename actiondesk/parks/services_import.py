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
from actiondesk.parks.services import default_department, refused_create


def _importer_department(acting_user, zone):
    """Admins, or the staff of a department that keeps the park registry (发展改革局 by default), import it."""
    access = ensure_role(acting_user, zone.pk, Role.ADMIN, Role.DEPARTMENT, message=refused_create())
    owner = default_department(zone.pk, access)
    if access is not None and access.role == Role.DEPARTMENT and (owner is None or access.department_id != owner.pk):
        raise PermissionDenied(refused_create())
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
    # Every value was checked by its Column (lengths, choices, ranges) and every key across rows, so the rows are
    # written in bulk: check_instance() for text and dates, no per-row full_clean (its queries made 2,000 rows slow).
    new_parks, changed = _upsert(Park, parks, reading.parks, key=lambda v: v["name"],
                                 make=lambda v: Park(zone=zone, department=owner), previous=previous, label=_("园区"))
    counts["parks_created"], counts["parks_updated"] = new_parks, changed
    parcels = {(p.park.name, p.code): p for p in LandParcel.objects.filter(park__zone=zone).select_related("park")}
    readiness = {}
    for values in reading.parcels:
        readiness[(values["park"], values["code"])] = values.pop("readiness")
        values["park"] = parks[values["park"]]
    new_parcels, changed = _upsert(LandParcel, parcels, reading.parcels, key=lambda v: (v["park"].name, v["code"]),
                                   make=lambda v: LandParcel(), previous=previous, label=_("地块"))
    counts["parcels_created"], counts["parcels_updated"] = new_parcels, changed
    counts["readiness_changed"] = _set_readiness(parcels, readiness, today)
    created = counts["parks_created"] + counts["parcels_created"]
    updated = counts["parks_updated"] + counts["parcels_updated"]
    audit_record(actor=acting_user, action=AuditAction.IMPORT, model=Park, zone=zone,
                 batch={"file_name": file_name, "sha256": reading.sha256, "created": created, "updated": updated,
                        "previous": previous, **counts},
                 note=_("导入园区名录 %(file)s") % {"file": file_name})
    reading.summary = counts
    return reading


def _upsert(model, existing: dict, rows: list[dict], *, key, make, previous: dict, label: str) -> tuple[int, int]:
    """Set each row's values on its existing instance (or a new one), then one bulk insert and one bulk update of
    the rows that changed. ``existing`` gains the new instances. Returns (created, updated)."""
    created, updated, fields = [], [], set()
    for values in rows:
        obj = existing.get(key(values))
        before = None
        if obj is None:
            obj = existing[key(values)] = make(values)
            created.append(obj)
        else:
            before = snapshot(obj)
        for name, value in values.items():
            setattr(obj, name, value)
        check_instance(obj)
        if before is not None and snapshot(obj) != before:  # a row the sheet repeats unchanged is not written
            previous[f"{label}/{'/'.join(map(str, _plain(key(values))))}"] = before
            updated.append(obj)
            fields |= set(values)
    model.objects.bulk_create(created, batch_size=500)
    if updated and fields:
        model.objects.bulk_update(updated, sorted(fields), batch_size=500)
    return len(created), len(updated)


def _plain(key) -> tuple:
    return key if isinstance(key, tuple) else (key,)


def _set_readiness(parcels: dict, readiness: dict, today) -> int:
    """Each 七通一平 item as the sheet says (an item already done keeps its date unless the sheet gives one)."""
    ids = {k: p.pk for k, p in parcels.items() if k in readiness}
    states = {(r.parcel_id, r.item): r for r in ParcelReadiness.objects.filter(parcel_id__in=ids.values())}
    created, updated = [], []
    for parcel_key, items in readiness.items():
        for item, state in items.items():
            ready, day = state if state is not None else (False, None)
            row = states.get((ids[parcel_key], item))
            if row is None and not ready:
                continue
            if row is None:
                row = ParcelReadiness(parcel_id=ids[parcel_key], item=item)
                created.append(row)
            new_day = (day or (row.ready_on if row.is_ready and row.ready_on else today)) if ready else None
            if row.pk is not None:
                if row.is_ready == ready and row.ready_on == new_day:
                    continue
                updated.append(row)
            row.is_ready, row.ready_on = ready, new_day
    ParcelReadiness.objects.bulk_create(created, batch_size=500)
    ParcelReadiness.objects.bulk_update(updated, ["is_ready", "ready_on"], batch_size=500)
    return len(created) + len(updated)
