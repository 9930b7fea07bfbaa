"""How each indicator kind and comparator behaves, in one table read by status, display, forecast and formatting.

Adding a kind means adding a row here (and its comparison, if new, in ``supervision.progress``); no other module
compares ``indicator.kind`` or ``indicator.comparator`` with a bare string.
"""
from dataclasses import dataclass
from decimal import Decimal

from django.db import models

from actiondesk.plans.choices import Comparator, IndicatorKind


class Comparison(models.TextChoices):
    """How an actual figure is set against the target to decide the 序时进度 status (internal, never shown)."""

    SHARE_OF_TARGET = "share_of_target"  # actual ÷ target against the elapsed share (完成率 vs 序时进度)
    GROWTH = "growth"  # growth over the same period last year against the target growth
    REFERENCE = "reference"  # the actual rate against a reference value entered each period


class ForecastMethod(models.TextChoices):
    """Which year-end forecast an indicator gets."""

    YEAR_END_VALUE = "year_end_value"  # run-rate or last year's profile; the shortfall or the month reached
    YEAR_END_GROWTH = "year_end_growth"  # the year-end value read as growth over last year's total
    NONE = "none"  # a reference value is not known in advance, so neither is the year's outcome


@dataclass(frozen=True)
class Kind:
    """One indicator kind: how it is compared, forecast, entered and shown."""

    kind: IndicatorKind
    comparison: Comparison
    forecast: ForecastMethod
    is_rate: bool  # actual and expected are percentages; the bar is actual rate ÷ target rate
    target_prefix: str  # before the target number: "增长 15%"
    negative_target_allowed: bool  # a growth target may be negative, a quantity may not
    takes_last_year: bool  # last year's monthly cumulative values are entered for it
    takes_reference: bool  # a reference value is entered each period
    target_is_reference: bool  # the target reads as the reference's name ("> 全省平均水平"), not a number


@dataclass(frozen=True)
class ComparatorRule:
    """One comparator: its symbol and how a figure meets it."""

    comparator: Comparator
    symbol: str
    at_most: bool  # a cap: met while the actual stays within it
    strict: bool  # "超过"/"低于": equal does not meet it
    has_upper_bound: bool  # a range: value_max is the upper bound


KINDS: dict[str, Kind] = {k.kind: k for k in [
    Kind(IndicatorKind.ABSOLUTE, Comparison.SHARE_OF_TARGET, ForecastMethod.YEAR_END_VALUE, is_rate=False,
         target_prefix="", negative_target_allowed=False, takes_last_year=False, takes_reference=False,
         target_is_reference=False),
    # A ratio (e.g. R&D spending share) is judged as a quantity reported cumulatively, like an absolute target.
    Kind(IndicatorKind.RATIO, Comparison.SHARE_OF_TARGET, ForecastMethod.YEAR_END_VALUE, is_rate=False,
         target_prefix="", negative_target_allowed=False, takes_last_year=False, takes_reference=False,
         target_is_reference=False),
    Kind(IndicatorKind.GROWTH_RATE, Comparison.GROWTH, ForecastMethod.YEAR_END_GROWTH, is_rate=True,
         target_prefix="增长", negative_target_allowed=True, takes_last_year=True, takes_reference=False,
         target_is_reference=False),
    Kind(IndicatorKind.RELATIVE, Comparison.REFERENCE, ForecastMethod.NONE, is_rate=True,
         target_prefix="", negative_target_allowed=False, takes_last_year=False, takes_reference=True,
         target_is_reference=True),
]}

COMPARATORS: dict[str, ComparatorRule] = {c.comparator: c for c in [
    ComparatorRule(Comparator.AT_LEAST, "≥", at_most=False, strict=False, has_upper_bound=False),
    ComparatorRule(Comparator.ABOVE, ">", at_most=False, strict=True, has_upper_bound=False),
    ComparatorRule(Comparator.AT_MOST, "≤", at_most=True, strict=False, has_upper_bound=False),
    ComparatorRule(Comparator.BELOW, "<", at_most=True, strict=True, has_upper_bound=False),
    ComparatorRule(Comparator.EQUAL, "=", at_most=False, strict=False, has_upper_bound=False),
    # A range is met once its lower bound is reached; the upper bound is shown, not enforced.
    ComparatorRule(Comparator.RANGE, "", at_most=False, strict=False, has_upper_bound=True),
    ComparatorRule(Comparator.ABOUT, "≈", at_most=False, strict=False, has_upper_bound=False),
]}


def kind_of(kind: str) -> Kind:
    """The row for ``kind`` (an IndicatorKind or its value); a value not in the table is refused."""
    return KINDS[IndicatorKind(kind)]


def comparator_of(comparator: str) -> ComparatorRule:
    return COMPARATORS[Comparator(comparator)]


# Money units a plan writes targets in, as multiples of 万元 (the registries keep money in 万元).
MONEY_UNITS_IN_WAN = {"万元": Decimal(1), "亿元": Decimal(10000), "元": Decimal("0.0001")}


def money_in_wan(value, unit: str) -> Decimal | None:
    """A money figure in 万元, or None when ``unit`` is not a money unit."""
    factor = MONEY_UNITS_IN_WAN.get((unit or "").strip())
    return None if factor is None or value is None else Decimal(value) * factor


# Decimal places a figure keeps in the UI and in exports, by its unit: counts are whole, money two places,
# percentages one. Units not listed keep two places.
COUNT_UNITS = frozenset({"个", "家", "户", "项", "场", "人", "名", "件", "条", "次", "座", "所", "台", "套", "亩"})
UNIT_PLACES = {**{u: 0 for u in COUNT_UNITS}, "亿元": 2, "万元": 2, "元": 2, "%": 1}


def places_for(unit: str) -> int:
    return UNIT_PLACES.get((unit or "").strip(), 2)


def is_count(unit: str) -> bool:
    """A count (户, 个, 家 …): never shown or forecast as a fraction."""
    return (unit or "").strip() in COUNT_UNITS
