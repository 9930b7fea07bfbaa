"""The battle map (挂图作战) as plain Python objects, computed from a handful of bulk queries (selectors)."""
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.metrics import get_metric
from actiondesk.plans.kinds import (
    Comparison,
    ForecastMethod,
    Kind,
    comparator_of,
    is_count,
    kind_of,
    places_for,
)
from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.forecast import Forecast, forecast_stock, forecast_year_end
from actiondesk.supervision.progress import (
    Evaluation,
    Target,
    Thresholds,
    elapsed_share,
    evaluate,
    q2,
)
from actiondesk.supervision.scoring import FACTORS

LABELS = dict(ProgressStatus.choices)


@dataclass
class IndicatorRow:
    indicator: object
    reporter: object | None  # Department
    target: Decimal | None
    target_max: Decimal | None
    revision: object | None  # TargetRevision in force
    series: dict  # month → cumulative actual
    references: dict  # month → reference value (relative targets)
    last_year: dict  # month → last year's cumulative
    schedule: list | None
    thresholds: Thresholds
    source: str
    report_ids: dict = field(default_factory=dict)  # month → report id
    evaluation: Evaluation | None = None
    forecast: Forecast | None = None
    task_ids: list = field(default_factory=list)
    actual: Decimal | None = None
    computed_at: object = None  # when a bound metric's shown value was computed

    @property
    def source_text(self) -> str:
        if self.computed_at is None:
            return self.source
        return _("%(source)s · 更新于 %(time)s") % {
            "source": self.source, "time": f"{timezone.localtime(self.computed_at):%Y-%m-%d %H:%M}"}

    @property
    def status(self) -> ProgressStatus:
        return self.evaluation.status if self.evaluation else ProgressStatus.MISSING

    @property
    def kind(self) -> Kind:
        return kind_of(self.indicator.kind)

    @property
    def places(self) -> int:
        """Decimal places of this row's figures: rates one, counts none, money two (plans.kinds.UNIT_PLACES)."""
        return 1 if self.kind.is_rate else places_for(getattr(self.indicator, "unit", ""))

    @property
    def forecast_method(self) -> str:
        return self.forecast.method.label if self.forecast else ""

    @property
    def is_stock(self) -> bool:
        """A count at a date (enterprises at a level), not an amount accumulating through the year: its bound
        metric says so (metrics declare ``cumulative``)."""
        name = getattr(self.indicator, "metric", "")
        metric = get_metric(name) if name else None
        return bool(metric and not metric.cumulative)

    @property
    def shows_growth(self) -> bool:
        """Actual and forecast read as growth over last year (templates and exports add the rate)."""
        return self.kind.comparison == Comparison.GROWTH

    @property
    def status_label(self) -> str:
        return str(LABELS[self.status])

    @property
    def revised(self) -> bool:
        return self.revision is not None

    @property
    def is_rate(self) -> bool:
        return self.kind.is_rate

    @property
    def bar_percent(self) -> Decimal:
        """Bar length: completion for quantities; actual ÷ target growth (or ÷ reference) for rates."""
        ev = self.evaluation
        if ev is None or ev.completion is None:
            return Decimal(0)
        value = Decimal(ev.completion)
        if self.is_rate:
            base = ev.expected
            value = value / base * 100 if base and base > 0 else (Decimal(100) if ev.gap_points >= 0 else 0)
        return max(Decimal(0), min(Decimal(100), value))

    @property
    def forecast_growth(self) -> Decimal | None:
        if not self.forecast or self.kind.forecast != ForecastMethod.YEAR_END_GROWTH or not self.last_year.get(12):
            return None
        return q2((self.forecast.year_end / self.last_year[12] - 1) * 100)

    def chart(self) -> dict:
        months = list(range(1, 13))
        comparison = self.kind.comparison
        actual, expected, forecast = [], [], [None] * 12
        for m in months:
            value = self.series.get(m)
            if comparison == Comparison.GROWTH:
                base = self.last_year.get(m)
                actual.append(float(q2((value / base - 1) * 100)) if value is not None and base else None)
                expected.append(float(self.target) if self.target is not None else None)
            elif comparison == Comparison.REFERENCE:
                actual.append(float(value) if value is not None else None)
                ref = self.references.get(m)
                expected.append(float(ref) if ref is not None else None)
            else:
                actual.append(float(value) if value is not None else None)
                expected.append(float(q2(self.target * elapsed_share(m, self.schedule))) if self.target else None)
        if self.forecast and not self.is_rate and self.series:
            last = max(self.series)
            forecast[last - 1] = float(self.series[last])
            forecast[11] = float(q2(self.forecast.year_end))
        return {"id": self.indicator.pk, "name": self.indicator.name, "unit": self.indicator.unit,
                "months": [_("%(m)s月") % {"m": m} for m in months], "actual": actual, "expected": expected, "forecast": forecast}


@dataclass
class MilestoneRow:
    """A milestone as of the board's date: its state (逾期 computed), days overdue and month on the Gantt row."""

    milestone: object
    state: str
    state_label: str
    days_overdue: int

    @property
    def month(self) -> int:
        return self.milestone.due_date.month


@dataclass
class TaskRow:
    task: object
    leads: list
    indicators: list
    status: ProgressStatus
    notes: list = field(default_factory=list)  # latest TaskProgress per lead department
    report_ids: list = field(default_factory=list)
    supporters: list = field(default_factory=list)  # supporting (配合) departments
    support_notes: list = field(default_factory=list)  # their 配合情况 (SupportNote) in the period's reports
    milestones: list = field(default_factory=list)  # MilestoneRow, by due date

    @property
    def status_label(self) -> str:
        return str(LABELS[self.status])

    @property
    def next_milestone(self) -> "MilestoneRow | None":
        """The first milestone not done: overdue ones first, as they are due earliest."""
        return next((m for m in self.milestones if m.state != "done"), None)


@dataclass
class DepartmentRow:
    department: object
    score: object
    record: object
    rank: int = 0


def evaluate_row(row: IndicatorRow, month: int) -> None:
    """Fill in the status and forecast of one indicator as of ``month``."""
    row.actual = row.series.get(month)
    target = Target(row.target, row.indicator.kind, row.indicator.comparator, row.target_max)
    row.evaluation = evaluate(target, row.actual, month, schedule=row.schedule, thresholds=row.thresholds,
                              last_year=row.last_year.get(month), reference=row.references.get(month))
    known = {m: v for m, v in row.series.items() if m <= month}
    if known and row.kind.forecast != ForecastMethod.NONE:
        # A growth forecast extrapolates the value only: its target is a rate, so no shortfall or month reached.
        value_target = row.target if row.kind.forecast == ForecastMethod.YEAR_END_VALUE else None
        at_most = comparator_of(row.indicator.comparator).at_most
        if row.is_stock and row.kind.forecast == ForecastMethod.YEAR_END_VALUE:
            # A stock in % is a share or a coverage (growth rates are not stocks): its year-end stops at 100.
            row.forecast = forecast_stock(known, target=value_target, start=getattr(row.indicator, "baseline", None),
                                          at_most=at_most, whole=is_count(row.indicator.unit),
                                          ceiling=Decimal(100) if row.indicator.unit == "%" else None)
        else:
            row.forecast = forecast_year_end(known, target=value_target, last_year=row.last_year or None,
                                             at_most=at_most)


def progress_ratio(row: IndicatorRow) -> Decimal | None:
    """Completion ÷ expected for the department score (1 when at or ahead of schedule)."""
    ev = row.evaluation
    if ev is None or ev.status in (ProgressStatus.MISSING, ProgressStatus.PENDING):
        return None
    if ev.status in (ProgressStatus.DONE, ProgressStatus.AHEAD):
        return Decimal(1)
    if row.kind.comparison == Comparison.SHARE_OF_TARGET and not comparator_of(row.indicator.comparator).at_most \
            and ev.expected_share:
        return ev.completion / ev.expected_share
    return FACTORS.status_credit(ev.status)
