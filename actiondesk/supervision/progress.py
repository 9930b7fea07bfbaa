"""序时进度 maths: plain values in, plain values out (no database), so every rule is tested directly.

Rules (see docs on the battle map page and docs/domain-rules.md §10):
- 序时进度 (expected share) = N/12 after N months of monthly cumulative reporting, or an indicator's
  own schedule of 12 cumulative shares (e.g. investment weighted to the second half).
- 完成率 = actual / target; gap = 完成率 − 序时进度 in percentage points.
- 已完成: actual ≥ target. 超序时: gap ≥ 0. 正常: less than ``normal_band`` (10) points below.
  滞后: ``normal_band``–``severe_band`` (10–30) points below, inclusive (银川 rule). 严重滞后: more than 30 below.
  The 0–10 band is our design choice; both bands are configurable per plan and per indicator.
- Growth-rate targets compare cumulative growth against the same period last year with the target growth:
  lagging points = target growth − actual growth.
- Relative targets compare with a reference value entered each period (e.g. the province average growth).
- "≤" targets are met while the actual stays within the target; lagging when the run-rate exceeds it.
"""
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)
AT_MOST = ("<=", "<")


@dataclass(frozen=True)
class Thresholds:
    normal_band: Decimal = Decimal(10)  # points below 序时进度 still 正常
    severe_band: Decimal = Decimal(30)  # beyond this many points below: 严重滞后


@dataclass(frozen=True)
class Target:
    value: Decimal | None
    kind: str = "absolute"  # absolute | growth_rate | ratio | relative
    comparator: str = ">="
    value_max: Decimal | None = None


@dataclass(frozen=True)
class Evaluation:
    status: str  # a ProgressStatus value
    expected: Decimal | None  # expected value to date (growth/relative: the rate to beat)
    completion: Decimal | None  # percent of target (growth/relative: actual rate)
    expected_share: Decimal  # 序时进度, percent
    gap_points: Decimal | None  # positive = ahead of 序时进度; negative = points behind
    actual_growth: Decimal | None = None


def q2(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def default_schedule(periods: int = 12) -> list[Decimal]:
    return [Decimal(n) / Decimal(periods) for n in range(1, periods + 1)]


def elapsed_share(month: int, schedule: list | None = None) -> Decimal:
    """Cumulative share of the year's target due by the end of ``month`` (1–12)."""
    if not 1 <= month <= 12:
        raise ValueError("month must be 1..12")
    if schedule:
        if len(schedule) != 12:
            raise ValueError("a schedule has 12 cumulative shares")
        return Decimal(str(schedule[month - 1]))
    return Decimal(month) / Decimal(12)


def validate_schedule(schedule: list) -> list[Decimal]:
    shares = [Decimal(str(s)) for s in schedule]
    if len(shares) != 12:
        raise ValueError("进度计划须包含12个累计比例")
    if any(b < a for a, b in zip(shares, shares[1:], strict=False)) or shares[0] < 0 or shares[-1] != 1:
        raise ValueError("累计比例须递增且12月为1")
    return shares


def classify(gap_points: Decimal, thresholds: Thresholds) -> str:
    """Colour band for a gap (negative = behind 序时进度)."""
    if gap_points >= 0:
        return "ahead"
    behind = -gap_points
    if behind < thresholds.normal_band:
        return "normal"
    if behind <= thresholds.severe_band:
        return "lagging"
    return "severe"


def growth_percent(actual: Decimal, last_year: Decimal) -> Decimal | None:
    if last_year is None or last_year == 0:
        return None
    return (Decimal(actual) / Decimal(last_year) - 1) * HUNDRED


def evaluate(target: Target, actual: Decimal | None, month: int, *, schedule: list | None = None,
             thresholds: Thresholds = Thresholds(), last_year: Decimal | None = None,
             reference: Decimal | None = None) -> Evaluation:
    """Status of one indicator after ``month`` months, with the numbers shown next to it."""
    share = elapsed_share(month, schedule)
    share_pct = share * HUNDRED
    if actual is None:
        return Evaluation("missing", None, None, q2(share_pct), None)
    actual = Decimal(actual)
    if target.kind == "growth_rate":
        return _evaluate_growth(target, actual, month, share_pct, thresholds, last_year)
    if target.kind == "relative":
        return _evaluate_relative(target, actual, month, share_pct, thresholds, reference)
    if target.value is None or target.value == 0:
        return Evaluation("missing", None, None, q2(share_pct), None)
    goal = Decimal(target.value)
    expected = goal * share
    completion = actual / goal * HUNDRED
    if target.comparator in AT_MOST:
        return _evaluate_at_most(goal, actual, expected, completion, share_pct, thresholds)
    gap = completion - share_pct
    status = "done" if actual >= goal else classify(gap, thresholds)
    return Evaluation(status, expected, q2(completion), q2(share_pct), q2(gap))


def _evaluate_at_most(goal, actual, expected, completion, share_pct, thresholds) -> Evaluation:
    # A cap is kept while the actual stays within it; the run-rate to date must not exceed the cap's share.
    gap = share_pct - completion
    if actual > goal:
        status = "severe"
    elif share_pct >= HUNDRED:
        status = "done"
    else:
        status = "normal" if gap >= 0 else classify(gap, thresholds)
    return Evaluation(status, expected, q2(completion), q2(share_pct), q2(gap))


def _evaluate_growth(target, actual, month, share_pct, thresholds, last_year) -> Evaluation:
    growth = growth_percent(actual, last_year)
    if growth is None or target.value is None:
        return Evaluation("missing", target.value, None, q2(share_pct), None)
    gap = growth - Decimal(target.value)
    if gap >= 0:
        status = "done" if month == 12 else "ahead"
    else:
        status = classify(gap, thresholds)
    return Evaluation(status, Decimal(target.value), q2(growth), q2(share_pct), q2(gap), q2(growth))


def _evaluate_relative(target, actual, month, share_pct, thresholds, reference) -> Evaluation:
    if reference is None:
        return Evaluation("missing", None, None, q2(share_pct), None)
    reference = Decimal(reference)
    gap = actual - reference if target.comparator not in AT_MOST else reference - actual
    met = gap > 0 if target.comparator in (">", "<") else gap >= 0
    if met:
        status = "done" if month == 12 else "ahead"
    else:
        status = "normal" if gap == 0 else classify(gap, thresholds)
    return Evaluation(status, reference, q2(actual), q2(share_pct), q2(gap))


STATUS_ORDER = ["severe", "lagging", "missing", "normal", "ahead", "done"]


def worst_status(statuses) -> str | None:
    """The most urgent of several statuses (a task is as late as its latest indicator)."""
    statuses = [s for s in statuses if s]
    if not statuses:
        return None
    return min(statuses, key=STATUS_ORDER.index)
