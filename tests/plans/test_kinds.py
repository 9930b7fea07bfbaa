"""One table says how each indicator kind and comparator behaves; status, display, forecast and formatting read it."""
import re
from decimal import Decimal as D
from pathlib import Path
from types import SimpleNamespace

import pytest

from actiondesk.plans.choices import Comparator, IndicatorKind
from actiondesk.plans.formatting import format_target
from actiondesk.plans.kinds import COMPARATORS, KINDS, Comparison, ForecastMethod, comparator_of, kind_of
from actiondesk.supervision.board import IndicatorRow, evaluate_row
from actiondesk.supervision.choices import ForecastBasis, ProgressStatus
from actiondesk.supervision.display import forecast_text, target_text
from actiondesk.supervision.forecast import forecast_year_end
from actiondesk.supervision.progress import Target, Thresholds, classify, evaluate, worst_status

PACKAGE = Path(__file__).resolve().parents[2] / "actiondesk"


def _indicator(kind, comparator=">=", target=None, value_max=None, unit="个", reference="", **extra):
    indicator = SimpleNamespace(pk=1, name="指标", kind=kind, comparator=comparator, target_value=target,
                                value_max=value_max, unit=unit, reference=reference, **extra)
    indicator.get_comparator_display = lambda: str(Comparator(comparator).label)
    return indicator


def _row(indicator, series, last_year=None, references=None):
    return IndicatorRow(indicator=indicator, reporter=None, target=indicator.target_value,
                        target_max=indicator.value_max, revision=None, series=series, references=references or {},
                        last_year=last_year or {}, schedule=None, thresholds=Thresholds(), source="")


def test_every_kind_and_every_comparator_has_exactly_one_row():
    assert set(KINDS) == set(IndicatorKind) and set(COMPARATORS) == set(Comparator)
    assert kind_of("growth_rate") is KINDS[IndicatorKind.GROWTH_RATE]
    with pytest.raises(ValueError):
        kind_of("percentage")


@pytest.mark.parametrize(("kind", "comparison", "forecast"), [
    ("absolute", Comparison.SHARE_OF_TARGET, ForecastMethod.YEAR_END_VALUE),
    ("ratio", Comparison.SHARE_OF_TARGET, ForecastMethod.YEAR_END_VALUE),
    ("growth_rate", Comparison.GROWTH, ForecastMethod.YEAR_END_GROWTH),
    ("relative", Comparison.REFERENCE, ForecastMethod.NONE),
])
def test_each_kind_names_how_it_is_compared_and_forecast(kind, comparison, forecast):
    assert (kind_of(kind).comparison, kind_of(kind).forecast) == (comparison, forecast)


def test_pure_functions_return_choice_members_not_strings():
    assert type(evaluate(Target(D(100)), D(40), 6).status) is ProgressStatus
    assert type(evaluate(Target(D(100)), None, 6).status) is ProgressStatus
    assert type(classify(D(-50), Thresholds())) is ProgressStatus
    assert type(worst_status(["done", "lagging"])) is ProgressStatus
    assert type(forecast_year_end({6: D(30)}, target=D(80)).method) is ForecastBasis


@pytest.mark.parametrize(("indicator", "text"), [
    (_indicator("absolute", ">=", D(80)), "≥ 80 个"),
    (_indicator("absolute", "range", D(1), D(2), unit="家"), "1–2 家"),
    (_indicator("growth_rate", ">=", D("15"), unit="%"), "≥ 增长 15 %"),
    (_indicator("relative", ">", None, unit="", reference="全省平均水平"), "> 全省平均水平"),
    (_indicator("ratio", "<=", D("3.5"), unit="%"), "≤ 3.5 %"),
])
def test_targets_read_as_the_plan_writes_them(indicator, text):
    assert format_target(indicator) == text


def test_a_growth_row_is_shown_and_forecast_as_growth_and_a_relative_row_gets_no_forecast():
    growth = _row(_indicator("growth_rate", ">=", D(15), unit="%"), {m: D(110 + m) for m in range(1, 7)},
                  last_year={m: D(100 + m) for m in range(1, 13)})
    evaluate_row(growth, 6)
    assert target_text(D(15), None, growth) == "增长15%"
    assert growth.shows_growth and growth.forecast.shortfall is None and forecast_text(growth).startswith("全年增长")
    relative = _row(_indicator("relative", ">", None, reference="全省平均"), {6: D("7.1")}, references={6: D("6.5")})
    evaluate_row(relative, 6)
    assert relative.forecast is None and relative.status == ProgressStatus.AHEAD
    assert target_text(None, None, relative) == "超过全省平均"


def test_a_cap_is_shown_with_its_symbol_and_forecast_against_the_cap():
    cap = _row(_indicator("absolute", "<=", D(120), unit="吨"), {6: D(70)})
    evaluate_row(cap, 6)
    assert target_text(D(120), None, cap) == "≤120吨" and comparator_of("<=").at_most
    assert cap.forecast.shortfall == D(120) - D(140)  # the run-rate breaks the cap by 20


def test_no_module_compares_an_indicators_kind_or_comparator_with_a_bare_string():
    bare = re.compile(r"""\b(kind|comparator)\s*(==|!=|not in|in)\s*[("'\[]""")
    found = []
    for folder in ("plans", "supervision"):
        for path in (PACKAGE / folder).rglob("*"):
            if path.suffix in (".py", ".html") and "reader" not in path.parts and "migrations" not in path.parts:
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                    if bare.search(line) and "PeriodKind" not in line:
                        found.append(f"{path.relative_to(PACKAGE)}:{number}")
    assert found == []


def test_money_targets_are_converted_by_their_unit_not_assumed_to_be_yi():
    from actiondesk.plans.kinds import money_in_wan

    assert money_in_wan(D(32), "亿元") == D(320000)
    assert money_in_wan(D(5000), "万元") == D(5000)
    assert money_in_wan(D(3), "个") is None and money_in_wan(None, "亿元") is None
