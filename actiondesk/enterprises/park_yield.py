"""亩均效益 of parks from the registry: the tenancies (land, dates) and each enterprise's figures of the year,
fed to the pure calculation in ``parks.land_yield`` (whose docstring documents it). Two queries per call,
whatever the number of parks or enterprises."""
import datetime
from collections import defaultdict

from actiondesk.enterprises.models import EnterpriseYearFigures, ParkTenancy
from actiondesk.parks.land_yield import LandYield, Stay, land_yield


def _stays(tenancies, year: int) -> dict[int, list[Stay]]:
    """park id → stays, each with the enterprise's 营业收入 (output), 纳税 and 综合能耗 of ``year``."""
    rows = list(tenancies)
    figures = {f["enterprise_id"]: f for f in EnterpriseYearFigures.objects.filter(
        enterprise_id__in={r["enterprise_id"] for r in rows}, year=year)
        .values("enterprise_id", "revenue", "tax", "energy_tce")}
    stays = defaultdict(list)
    for r in rows:
        f = figures.get(r["enterprise_id"], {})
        stays[r["park_id"]].append(Stay(area_mu=r["area_mu"], moved_in_on=r["moved_in_on"],
                                        moved_out_on=r["moved_out_on"], output=f.get("revenue"), tax=f.get("tax"),
                                        energy=f.get("energy_tce")))
    return stays


def _overlapping(year: int):
    start, end = datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
    return (ParkTenancy.objects.exclude(moved_in_on__gte=end).exclude(moved_out_on__lte=start)
            .values("park_id", "enterprise_id", "area_mu", "moved_in_on", "moved_out_on"))


def park_yields(park_ids, year: int) -> dict[int, LandYield]:
    """亩均效益 of each park in ``park_ids`` for ``year`` (parks without land in use are left out)."""
    stays = _stays(_overlapping(year).filter(park_id__in=list(park_ids)), year)
    return {park_id: land_yield(year, rows) for park_id, rows in stays.items()}


def zone_yield(zone_id: int, year: int) -> LandYield:
    """The zone's parks taken together (the metric)."""
    stays = _stays(_overlapping(year).filter(park__zone_id=zone_id), year)
    return land_yield(year, [s for rows in stays.values() for s in rows])
