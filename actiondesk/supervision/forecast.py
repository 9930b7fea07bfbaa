"""Year-end forecast from a monthly cumulative series: plain values in and out.

Flows (amounts that accumulate through the year: investment, projects signed):
run-rate: year-end = latest cumulative × 12 / month. When last year's monthly cumulative profile is
known, year-end = latest cumulative ÷ (last year's share of the year reached by that month), which
follows seasonal patterns (investment weighted to the second half).

Stocks (a count at a date: enterprises at a level, 规上企业数): the year starts with what exists, so the
year-end is the latest value plus the average monthly net addition for the months left.
"""
import math
from dataclasses import dataclass, replace
from decimal import Decimal

from actiondesk.supervision.choices import ForecastBasis


@dataclass(frozen=True)
class Forecast:
    year_end: Decimal
    method: ForecastBasis
    shortfall: Decimal | None  # target − year_end when the target will be missed
    reach_month: int | None  # month the target is (or will be) reached, None when it will not be


def _profile_share(profile: dict, month: int) -> Decimal | None:
    total = profile.get(12)
    value = profile.get(month)
    if not total or value is None:
        return None
    return Decimal(value) / Decimal(total)


def forecast_year_end(series: dict, target: Decimal | None = None, last_year: dict | None = None,
                      at_most: bool = False) -> Forecast | None:
    """``series`` and ``last_year`` map month (1–12) → cumulative value."""
    months = sorted(m for m, v in series.items() if v is not None)
    if not months:
        return None
    month = months[-1]
    latest = Decimal(series[month])
    share = _profile_share(last_year, month) if last_year else None
    if share:
        year_end, method = latest / share, ForecastBasis.LAST_YEAR_PROFILE
    else:
        year_end, method = latest * 12 / month, ForecastBasis.RUN_RATE
    if target is None:
        return Forecast(year_end, method, None, None)
    target = Decimal(target)
    if at_most:
        shortfall = None if year_end <= target else target - year_end
        return Forecast(year_end, method, shortfall, None)
    reached = next((m for m in months if Decimal(series[m]) >= target), None)
    if reached is not None:
        return Forecast(year_end, method, None, reached)
    if year_end < target:
        return Forecast(year_end, method, target - year_end, None)
    return Forecast(year_end, method, None, _reach_month(latest, month, target, last_year if share else None))


def _reach_month(latest: Decimal, month: int, target: Decimal, profile: dict | None) -> int | None:
    if profile:
        base = _profile_share(profile, month)
        for later in range(month + 1, 13):
            share = _profile_share(profile, later)
            if share is not None and latest * share / base >= target:
                return later
        return None
    if latest <= 0:
        return None
    needed = math.ceil(target * month / latest)
    return needed if needed <= 12 else None


def forecast_stock(series: dict, target: Decimal | None = None, start: Decimal | None = None,
                   at_most: bool = False, whole: bool = False, ceiling: Decimal | None = None) -> Forecast | None:
    """Year-end of a stock from its net additions: ``series`` maps month → value at the month's end, ``start``
    is the value at the start of the year (last December) when known. ``whole`` rounds counts down to units;
    ``ceiling`` bounds the year-end (a coverage or a share in % cannot pass 100)."""
    months = sorted(m for m, v in series.items() if v is not None)
    if not months:
        return None
    month, latest = months[-1], Decimal(series[months[-1]])
    if start is not None:
        first_month, first = 0, Decimal(start)
    else:
        first_month, first = months[0], Decimal(series[months[0]])
    per_month = (latest - first) / (month - first_month) if month > first_month else Decimal(0)
    year_end = latest + per_month * (12 - month)
    if whole:
        year_end = Decimal(math.floor(year_end))
    if ceiling is not None:
        year_end = min(year_end, Decimal(ceiling))
    result = Forecast(year_end, ForecastBasis.NET_ADDITIONS, None, None)
    if target is None:
        return result
    target = Decimal(target)
    if at_most:
        return replace(result, shortfall=None if year_end <= target else target - year_end)
    reached = next((m for m in months if Decimal(series[m]) >= target), None)
    if reached is not None:
        return replace(result, reach_month=reached)
    if per_month <= 0 or year_end < target:
        return replace(result, shortfall=target - year_end)
    return replace(result, reach_month=month + math.ceil((target - latest) / per_month))
