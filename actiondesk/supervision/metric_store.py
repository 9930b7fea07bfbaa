"""When stored metric values are out of date: plain values in, plain values out (no database).

A period's metric values are kept fresh while the period is open for reporting (from its start until
its reports are due); after that they are settled and refreshed only on demand (button, command).
A value is also missing when the indicator was bound to another metric since it was computed.
"""
import datetime
from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class StoredValue:
    metric: str
    value: object  # Decimal | None
    source: str
    computed_at: datetime.datetime


def max_age() -> datetime.timedelta:
    """How old a live period's values may be (``ACTIONDESK_METRIC_STALE_MINUTES``, default 15)."""
    return datetime.timedelta(minutes=settings.ACTIONDESK_METRIC_STALE_MINUTES)


def is_live(period, today: datetime.date) -> bool:
    return period.start <= today <= period.due_date


def stale_periods(periods, bound: dict, stored: dict, *, today: datetime.date, now: datetime.datetime,
                  age: datetime.timedelta, up_to_month: int = 12) -> list:
    """Periods (started, up to ``up_to_month``) whose values must be computed again.

    ``bound``: indicator id → metric name; ``stored``: (indicator id, period id) → StoredValue.
    """
    if not bound:
        return []
    result = []
    for period in periods:
        if period.start > today or period.month > up_to_month:
            continue
        values = [stored.get((indicator_id, period.pk)) for indicator_id in bound]
        missing = any(v is None or v.metric != bound[i] for i, v in zip(bound, values, strict=True))
        old = is_live(period, today) and any(v is not None and now - v.computed_at > age for v in values)
        if missing or old:
            result.append(period)
    return result
