"""What the report form and the review page show beside each figure: target, 序时 expected value, last period's
value and the status the figure produces, computed by the battle map's own rules (``board.evaluate_row``)."""
import copy
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from actiondesk.plans.kinds import Comparison
from actiondesk.supervision.board import IndicatorRow, evaluate_row
from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.selectors import indicator_rows_for

JUMP_FACTOR = 3  # a cumulative figure more than this many times last period's asks for a reason


@dataclass
class Line:
    """One indicator on the form: the saved value (or last period's, prefilled) and what it would mean."""

    indicator: object
    saved: object  # IndicatorValue or None
    row: IndicatorRow  # evaluated with the shown value
    previous: Decimal | None
    shown: Decimal | None
    prefilled: bool
    group: str
    typed: str | None = None  # what the clerk typed, shown again when the save was refused
    typed_reference: str | None = None

    @property
    def changed(self) -> bool:
        return self.shown is not None and self.previous is not None and self.shown != self.previous

    @property
    def done(self) -> bool:
        return self.row.status == ProgressStatus.DONE

    @property
    def expected(self) -> Decimal | None:
        """What the 序时 schedule asks for by now, also before anything is typed (the evaluation has none then)."""
        ev = self.row.evaluation
        if ev is not None and ev.expected is not None:
            return ev.expected
        if self.row.is_rate or self.row.target is None or ev is None or ev.expected_share is None:
            return None
        return self.row.target * ev.expected_share / 100


def preview(row: IndicatorRow, month: int, value: Decimal | None) -> IndicatorRow:
    """``row`` evaluated as if ``value`` were this month's figure (the board's rules, not a copy of them)."""
    preview_row = copy.copy(row)
    preview_row.series = {**row.series, month: value} if value is not None else dict(row.series)
    evaluate_row(preview_row, month)
    return preview_row


def _group(indicator) -> str:
    task = next(iter(indicator.tasks.all()), None)
    if task is not None and task.programme_id:
        return task.programme.heading
    return _("目标指标")


def report_lines(report, indicator_rows) -> list[Line]:
    period = report.period
    indicators = [i for i, _v in indicator_rows]
    board = indicator_rows_for(period.plan, indicators, month=period.month)
    rows = {r.indicator.pk: r for r in board.indicators}
    lines = []
    for indicator, saved in indicator_rows:
        row = rows[indicator.pk]
        previous = row.series.get(period.month - 1)
        own = saved.value if saved is not None else None
        shown = own if own is not None else previous
        lines.append(Line(indicator, saved, preview(row, period.month, shown), previous, shown,
                          prefilled=own is None and previous is not None, group=_group(indicator)))
    return lines


def grouped(lines: list[Line]) -> list[tuple[str, list[Line], list[Line]]]:
    """(programme, open lines, done lines) in plan order: done items collapse on the form."""
    groups: dict[str, list[Line]] = {}
    for line in lines:
        groups.setdefault(line.group, []).append(line)
    return [(name, [x for x in items if not x.done], [x for x in items if x.done]) for name, items in groups.items()]


def parse(text) -> Decimal | None:
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def value_warnings(lines: list[Line], posted: dict) -> dict[int, str]:
    """indicator id → why its new figure needs a reason: a cumulative flow that fell, or a jump of more than 3×."""
    warnings = {}
    for line in lines:
        value, previous = parse(posted.get(line.indicator.pk, "")), line.previous
        if value is None or previous is None or line.row.kind.comparison == Comparison.REFERENCE:
            continue
        if value < previous and not line.row.is_stock:
            warnings[line.indicator.pk] = _("累计值低于上期（%(prev)s）：累计数一般不会减少，请说明原因") % {
                "prev": f"{previous.normalize():f}"}
        elif previous > 0 and value > previous * JUMP_FACTOR:
            warnings[line.indicator.pk] = _("本期值超过上期（%(prev)s）的3倍，请确认并说明原因") % {
                "prev": f"{previous.normalize():f}"}
    return warnings
