"""The counting rules of the transformation targets, as pure functions over plain values (tested without a DB).

- A rating counts once it is 认定 (filed, for 基础级) with a recognition date, and only while valid: a rating whose
  expiry is before the counted date does not count, neither as new nor as held before.
- "New" in a window: a factory (enterprise × kind) whose highest valid level recognised in the window is above the
  highest level it held at the window's start. It counts once, at that highest level: 基础级 in March and 先进级 in
  September of the same year is one new 先进级 factory; 基础级 last year and 先进级 this year is one new 先进级.
"""
import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from actiondesk.transformation.choices import RANK


@dataclass(frozen=True)
class RatingFact:
    enterprise_id: int
    kind: str
    level: str
    recognised_on: datetime.date
    expires_on: datetime.date | None = None

    def valid_on(self, day: datetime.date) -> bool:
        return self.recognised_on <= day and (self.expires_on is None or self.expires_on >= day)


def new_factories(facts: Iterable[RatingFact], *, start: datetime.date, end: datetime.date) -> dict[tuple, str]:
    """{(enterprise_id, kind): level} of factories new in [start, end], each at its highest new level."""
    held: dict[tuple, int] = {}
    gained: dict[tuple, str] = {}
    for fact in facts:
        key = (fact.enterprise_id, fact.kind)
        before = start - datetime.timedelta(days=1)
        if fact.recognised_on < start and fact.valid_on(before):
            held[key] = max(held.get(key, -1), RANK[fact.level])
        elif start <= fact.recognised_on <= end and fact.valid_on(end):
            if key not in gained or RANK[fact.level] > RANK[gained[key]]:
                gained[key] = fact.level
    return {key: level for key, level in gained.items() if RANK[level] > held.get(key, -1)}


def count_at_levels(new: dict[tuple, str], kind: str, levels: Iterable[str]) -> int:
    wanted = set(levels)
    return sum(1 for (_enterprise, k), level in new.items() if k == kind and level in wanted)


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The first day still inside a validity of ``months`` ending on ``day`` (2026-09-30, 12 → 2025-10-01)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    # the same day-of-month ``months`` earlier, then the day after it
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31][month - 1]
    return datetime.date(year, month, min(day.day, last)) + datetime.timedelta(days=1)


def coverage_percent(diagnosed: int, total: int) -> float | None:
    return None if total == 0 else round(diagnosed * 100 / total, 1)
