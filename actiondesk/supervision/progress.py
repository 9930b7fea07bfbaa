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
import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from actiondesk.core.numbers import rounded
from actiondesk.plans.choices import Comparator, IndicatorKind, MilestoneState
from actiondesk.plans.kinds import Comparison, comparator_of, kind_of
from actiondesk.plans.milestones import days_overdue, milestone_state
from actiondesk.supervision.choices import ProgressStatus

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Thresholds:
    normal_band: Decimal = Decimal(10)  # points below 序时进度 still 正常
    severe_band: Decimal = Decimal(30)  # beyond this many points below: 严重滞后


@dataclass(frozen=True)
class Target:
    value: Decimal | None
    kind: str = IndicatorKind.ABSOLUTE  # behaviour by kind: plans.kinds
    comparator: str = Comparator.AT_LEAST
    value_max: Decimal | None = None


@dataclass(frozen=True)
class Evaluation:
    status: ProgressStatus
    expected: Decimal | None  # expected value to date (growth/relative: the rate to beat)
    completion: Decimal | None  # percent of target (growth/relative: actual rate)
    expected_share: Decimal  # 序时进度, percent
    gap_points: Decimal | None  # positive = ahead of 序时进度; negative = points behind
    actual_growth: Decimal | None = None


def q2(value: Decimal | None) -> Decimal | None:
    return None if value is None else rounded(value, 2, ROUND_HALF_UP)


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


def classify(gap_points: Decimal, thresholds: Thresholds) -> ProgressStatus:
    """Colour band for a gap (negative = behind 序时进度)."""
    if gap_points >= 0:
        return ProgressStatus.AHEAD
    behind = -gap_points
    if behind < thresholds.normal_band:
        return ProgressStatus.NORMAL
    if behind <= thresholds.severe_band:
        return ProgressStatus.LAGGING
    return ProgressStatus.SEVERE


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
        return Evaluation(ProgressStatus.MISSING, None, None, q2(share_pct), None)
    compare = _COMPARISONS[kind_of(target.kind).comparison]
    return compare(target, Decimal(actual), month, share, share_pct, thresholds, last_year, reference)


def _evaluate_share_of_target(target, actual, month, share, share_pct, thresholds, _last_year, _reference):
    if target.value is None or target.value == 0:
        return Evaluation(ProgressStatus.MISSING, None, None, q2(share_pct), None)
    goal = Decimal(target.value)
    expected = goal * share
    completion = actual / goal * HUNDRED
    if comparator_of(target.comparator).at_most:
        return _evaluate_at_most(goal, actual, expected, completion, share_pct, thresholds)
    gap = completion - share_pct
    status = ProgressStatus.DONE if actual >= goal else classify(gap, thresholds)
    return Evaluation(status, expected, q2(completion), q2(share_pct), q2(gap))


def _evaluate_at_most(goal, actual, expected, completion, share_pct, thresholds) -> Evaluation:
    # A cap is kept while the actual stays within it; the run-rate to date must not exceed the cap's share.
    gap = share_pct - completion
    if actual > goal:
        status = ProgressStatus.SEVERE
    elif share_pct >= HUNDRED:
        status = ProgressStatus.DONE
    else:
        status = ProgressStatus.NORMAL if gap >= 0 else classify(gap, thresholds)
    return Evaluation(status, expected, q2(completion), q2(share_pct), q2(gap))


def _evaluate_growth(target, actual, month, _share, share_pct, thresholds, last_year, _reference) -> Evaluation:
    growth = growth_percent(actual, last_year)
    if growth is None or target.value is None:
        return Evaluation(ProgressStatus.MISSING, target.value, None, q2(share_pct), None)
    gap = growth - Decimal(target.value)
    if gap >= 0:
        status = ProgressStatus.DONE if month == 12 else ProgressStatus.AHEAD
    else:
        status = classify(gap, thresholds)
    return Evaluation(status, Decimal(target.value), q2(growth), q2(share_pct), q2(gap), q2(growth))


def _evaluate_reference(target, actual, month, _share, share_pct, thresholds, _last_year, reference) -> Evaluation:
    if reference is None:
        return Evaluation(ProgressStatus.MISSING, None, None, q2(share_pct), None)
    reference = Decimal(reference)
    rule = comparator_of(target.comparator)
    gap = reference - actual if rule.at_most else actual - reference
    met = gap > 0 if rule.strict else gap >= 0
    if met:
        status = ProgressStatus.DONE if month == 12 else ProgressStatus.AHEAD
    else:
        status = ProgressStatus.NORMAL if gap == 0 else classify(gap, thresholds)
    return Evaluation(status, reference, q2(actual), q2(share_pct), q2(gap))


_COMPARISONS = {Comparison.SHARE_OF_TARGET: _evaluate_share_of_target, Comparison.GROWTH: _evaluate_growth,
                Comparison.REFERENCE: _evaluate_reference}

STATUS_ORDER = [ProgressStatus.SEVERE, ProgressStatus.LAGGING, ProgressStatus.UNSET, ProgressStatus.MISSING,
                ProgressStatus.PENDING, ProgressStatus.NORMAL,
                ProgressStatus.AHEAD, ProgressStatus.DONE]


def worst_status(statuses) -> ProgressStatus | None:
    """The most urgent of several statuses (a task is as late as its latest indicator)."""
    statuses = [s for s in statuses if s]
    if not statuses:
        return None
    return min((ProgressStatus(s) for s in statuses), key=STATUS_ORDER.index)


@dataclass(frozen=True)
class MilestoneFact:
    """What task status needs of one milestone: its stored progress, due date and completion date."""

    progress: str
    due: datetime.date
    completed_on: datetime.date | None = None


def milestone_status(fact: MilestoneFact, as_of: datetime.date, severe_days: int = 30) -> ProgressStatus:
    """A milestone's part in its task's status: done, on time (正常), or 滞后 up to ``severe_days`` days
    overdue and 严重滞后 beyond."""
    state = milestone_state(fact.progress, fact.due, fact.completed_on, as_of)
    if state == MilestoneState.DONE:
        return ProgressStatus.DONE
    if state != MilestoneState.OVERDUE:
        return ProgressStatus.NORMAL
    late = days_overdue(fact.progress, fact.due, fact.completed_on, as_of)
    return ProgressStatus.LAGGING if late <= severe_days else ProgressStatus.SEVERE


def task_status(indicator_statuses, milestones, as_of: datetime.date, *, severe_days: int = 30,
                unreported: ProgressStatus | None = None) -> ProgressStatus:
    """A task's status from its evidence: the most urgent of its indicators' statuses and its milestones'.

    A task with neither an indicator nor a milestone is 未设节点 (nothing supervises it), never 正常.
    ``unreported``: the lead department has not reported the period (未报送/待报送); an overdue milestone still
    shows, being more urgent."""
    indicator_statuses, milestones = list(indicator_statuses), list(milestones)
    if not indicator_statuses and not milestones:
        return ProgressStatus.UNSET
    from_milestones = [milestone_status(m, as_of, severe_days) for m in milestones]
    if unreported is not None:
        return worst_status([unreported, *(s for s in from_milestones if s in (ProgressStatus.LAGGING,
                                                                              ProgressStatus.SEVERE))])
    return worst_status([*indicator_statuses, *from_milestones])
