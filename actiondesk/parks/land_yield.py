"""亩均效益: a park's output, tax and energy per 亩 of the land its enterprises occupy in a year.

The calculation (pure; the enterprises layer feeds it, see ``enterprises.park_yield``):

* Each enterprise's stay in the park (a tenancy: land area in 亩, moved in, moved out or still there) counts for
  the share ``s`` of the year it covers: days in the park within the year ÷ days in the year.
* The enterprise's annual figures (营业收入 as output, 纳税, 综合能耗) count for the same share ``s``: an
  enterprise that moved in on 1 July brings about half its year's output to the park and about half its land.
* 亩均产出 = Σ s·output ÷ Σ s·area; 亩均税收 and 亩均能耗 the same way. The denominator is 亩·年 occupied, so an
  enterprise alone in a park has its own 亩均 whatever day it moved in, and a late arrival neither inflates
  nor dilutes the park's figure.
* A figure an enterprise did not report leaves that enterprise out of that figure's numerator *and*
  denominator (its land does not dilute a figure it has no number for). No land → None (not zero).
"""
import datetime
from dataclasses import dataclass
from decimal import Decimal

PLACES = Decimal("0.01")


@dataclass(frozen=True)
class Stay:
    """One enterprise's tenancy in the park, with its figures for the year (None = not reported)."""

    area_mu: Decimal
    moved_in_on: datetime.date | None
    moved_out_on: datetime.date | None
    output: Decimal | None = None
    tax: Decimal | None = None
    energy: Decimal | None = None


@dataclass(frozen=True)
class LandYield:
    year: int
    land_mu_years: Decimal  # Σ s·area
    enterprises: int  # tenancies overlapping the year
    output_per_mu: Decimal | None
    tax_per_mu: Decimal | None
    energy_per_mu: Decimal | None


def year_share(year: int, moved_in_on, moved_out_on) -> Decimal:
    """The share of ``year`` a stay covers (0…1); moving-in day counts, moving-out day does not."""
    start, end = datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
    first = max(start, moved_in_on or start)
    last = min(end, moved_out_on or end)
    days = (last - first).days
    if days <= 0:
        return Decimal(0)
    return Decimal(days) / Decimal((end - start).days)


def _per_mu(stays: list[tuple[Decimal, Stay]], figure: str) -> Decimal | None:
    numerator = land = Decimal(0)
    for share, stay in stays:
        value = getattr(stay, figure)
        if value is None:
            continue
        numerator += share * Decimal(value)
        land += share * Decimal(stay.area_mu)
    if land <= 0:
        return None
    return (numerator / land).quantize(PLACES)


def land_yield(year: int, stays: list[Stay]) -> LandYield:
    shared = [(year_share(year, s.moved_in_on, s.moved_out_on), s) for s in stays]
    shared = [(share, s) for share, s in shared if share > 0 and s.area_mu and s.area_mu > 0]
    land = sum((share * Decimal(s.area_mu) for share, s in shared), Decimal(0))
    return LandYield(year=year, land_mu_years=land.quantize(PLACES), enterprises=len(shared),
                     output_per_mu=_per_mu(shared, "output"), tax_per_mu=_per_mu(shared, "tax"),
                     energy_per_mu=_per_mu(shared, "energy"))


def vacancy_rate(floor_area, vacant_area) -> Decimal | None:
    """Vacant floor area as a percentage of the buildings' floor area (None without buildings)."""
    if not floor_area:
        return None
    return (Decimal(vacant_area or 0) * 100 / Decimal(floor_area)).quantize(Decimal("0.1"))
