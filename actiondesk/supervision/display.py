"""One text rendering of a board row, shared by the API, the .docx bulletin and the .xlsx ledger."""
from actiondesk.plans.kinds import Comparison, ForecastMethod, comparator_of
from actiondesk.supervision.templatetags.supervision_tags import num, pct


def target_text(value, value_max, row) -> str:
    ind, kind = row.indicator, row.kind
    if kind.target_is_reference:
        return f"{ind.get_comparator_display()}{ind.reference}"
    if value is None:
        return "—"
    places = row.places
    text = f"{num(value, places)}–{num(value_max, places)}" if value_max is not None else num(value, places)
    prefix = kind.target_prefix or ("≤" if comparator_of(ind.comparator).at_most else "")
    return f"{prefix}{text}{ind.unit}"


def forecast_text(row) -> str:
    f = row.forecast
    if f is None:
        return "—"
    if row.kind.forecast == ForecastMethod.YEAR_END_GROWTH:
        return f"全年增长{pct(row.forecast_growth)}" if row.forecast_growth is not None else "—"
    text = f"{num(f.year_end, row.places)}{row.indicator.unit}"
    if f.reach_month:
        text += f"，{f.reach_month}月达标"
    elif f.shortfall is not None:
        text += f"，差{num(abs(f.shortfall), row.places)}{row.indicator.unit}"
    return text


def expected_places(row) -> int:
    """Decimal places of the 序时目标 as the page shows it: a rate (增长…, 参照…) one, a figure its unit's."""
    return 1 if row.kind.comparison in (Comparison.GROWTH, Comparison.REFERENCE) else row.places


def indicator_cells(row) -> dict:
    ev, ind = row.evaluation, row.indicator
    original = target_text(ind.target_value, ind.value_max, row)
    adjusted = target_text(row.target, row.target_max, row) if row.revised else ""
    comparison = row.kind.comparison
    if comparison == Comparison.GROWTH:
        actual = f"{num(row.actual)}（增长{pct(ev.actual_growth)}）" if row.actual is not None else "—"
        expected = f"增长{pct(ev.expected)}" if ev.expected is not None else "—"
        completion = pct(ev.actual_growth)
    elif comparison == Comparison.REFERENCE:
        actual = pct(row.actual) if row.actual is not None else "—"
        expected = f"参照{pct(ev.expected)}" if ev.expected is not None else "—"
        completion = "—"
    else:
        actual = num(row.actual, row.places) if row.actual is not None else "—"
        expected = num(ev.expected, expected_places(row)) if ev.expected is not None else "—"
        completion = pct(ev.completion)
    return {"id": ind.pk, "name": ind.name, "unit": ind.unit,
            "department": row.reporter.name if row.reporter else "—",
            "target": original, "adjusted_target": adjusted, "actual": actual, "expected": expected,
            "expected_share": pct(ev.expected_share), "completion": completion, "status": row.status_label,
            "status_code": row.status, "gap_points": None if ev.gap_points is None else str(ev.gap_points),
            "forecast": forecast_text(row), "source": row.source_text}
