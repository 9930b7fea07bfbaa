"""Reads for parks: the registry with its figures, one park's page; fixed query counts whatever the data size."""
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext as _

from actiondesk.parks.choices import ReadinessItem
from actiondesk.parks.land_yield import vacancy_rate
from actiondesk.parks.models import Building, LandParcel, ParcelReadiness, Park


def resolve_park(zone_id: int, value) -> Park | None:
    """A park given as a Park or by its name in the zone's registry ('' / None: no park)."""
    if value is None or value == "":
        return None
    if isinstance(value, Park):
        if value.zone_id != zone_id:
            raise ValidationError({"park": _("园区不属于本示范区")})
        return value
    name = str(value).strip()
    park = Park.objects.filter(zone_id=zone_id, name=name).first()
    if park is None:
        raise ValidationError({"park": _("园区“%(name)s”不在园区名录中") % {"name": name}})
    return park


def building_totals(park_ids) -> dict[int, dict]:
    """Per park: buildings, floor area, vacant area (㎡) and the vacancy rate (%)."""
    rows = (Building.objects.filter(park_id__in=park_ids).values("park_id")
            .annotate(n=Count("pk"), floor=Sum("floor_area_m2"), vacant=Sum("vacant_area_m2")))
    return {r["park_id"]: {"buildings": r["n"], "floor": r["floor"] or Decimal(0), "vacant": r["vacant"] or Decimal(0),
                           "vacancy": vacancy_rate(r["floor"], r["vacant"])} for r in rows}


def parcel_totals(park_ids) -> dict[int, dict]:
    """Per park: parcels, their area (亩) and how many are fully 七通一平 ready."""
    total_items = len(ReadinessItem.values)
    ready_counts = dict(ParcelReadiness.objects.filter(parcel__park_id__in=park_ids, is_ready=True)
                        .values("parcel_id").annotate(n=Count("pk")).values_list("parcel_id", "n"))
    out: dict[int, dict] = {}
    for parcel in LandParcel.objects.filter(park_id__in=park_ids).values("pk", "park_id", "area_mu"):
        row = out.setdefault(parcel["park_id"], {"parcels": 0, "area": Decimal(0), "ready": 0})
        row["parcels"] += 1
        row["area"] += parcel["area_mu"] or 0
        row["ready"] += ready_counts.get(parcel["pk"], 0) == total_items
    return out


def park_rows(parks) -> list[dict]:
    """The registry's rows: each park with its buildings/vacancy and parcels (three queries)."""
    parks = list(parks.select_related("department"))
    ids = [p.pk for p in parks]
    buildings, parcels = building_totals(ids), parcel_totals(ids)
    return [{"park": p, **buildings.get(p.pk, {"buildings": 0, "floor": 0, "vacant": 0, "vacancy": None}),
             **parcels.get(p.pk, {"parcels": 0, "area": 0, "ready": 0})} for p in parks]


def parcel_rows(park: Park) -> list[dict]:
    """A park's parcels with each 七通一平 item's state (two queries)."""
    parcels = list(park.parcels.all())
    items = {}
    for r in ParcelReadiness.objects.filter(parcel__park=park):
        items[(r.parcel_id, r.item)] = r
    rows = []
    for parcel in parcels:
        states = [{"item": value, "label": label, "row": items.get((parcel.pk, value))}
                  for value, label in ReadinessItem.choices]
        ready = sum(1 for s in states if s["row"] is not None and s["row"].is_ready)
        rows.append({"parcel": parcel, "items": states, "ready": ready, "complete": ready == len(states)})
    return rows


def kind_counts(parks) -> dict[str, int]:
    return dict(parks.values("kind").annotate(n=Count("pk")).values_list("kind", "n"))


def parks_with_vacancy(parks):
    return parks.filter(Q(buildings__vacant_area_m2__gt=0)).distinct()
