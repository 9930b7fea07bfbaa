"""Worked examples: a stock (a count at a date) is forecast from its net additions, never by a run-rate.

Flows keep the run-rate and last year's profile (tests/supervision/test_progress.py); a board row picks the
stock method when its bound metric is not cumulative, and says on hover which method it used.
"""
from decimal import Decimal

import pytest

from actiondesk.supervision.choices import ForecastBasis
from actiondesk.supervision.forecast import forecast_stock, forecast_year_end


def test_a_stock_that_already_meets_its_target_is_not_extrapolated_like_a_cumulative_figure():
    # 年纳税超百万元企业: 318 in January, still 318 in October; the old run-rate said 381.6 and "1月达标".
    series = {m: Decimal(318) for m in range(1, 11)}
    stock = forecast_stock(series, target=Decimal(200), whole=True)
    assert stock.year_end == 318 and stock.method == ForecastBasis.NET_ADDITIONS and stock.reach_month == 1
    assert forecast_year_end(series, target=Decimal(200)).year_end == Decimal("381.6")  # what a flow would say


def test_a_stock_grows_by_its_average_monthly_net_addition_from_the_start_of_the_year():
    # 规上工业企业: 120 at the end of last year, 126 by June → one a month → 132 by December, target 135 missed by 3.
    forecast = forecast_stock({3: Decimal(123), 6: Decimal(126)}, target=Decimal(135), start=Decimal(120),
                              whole=True)
    assert (forecast.year_end, forecast.shortfall, forecast.reach_month) == (132, 3, None)


def test_a_stock_reaching_its_target_later_in_the_year_names_the_month():
    forecast = forecast_stock({4: Decimal(24)}, target=Decimal(30), start=Decimal(20), whole=True)
    assert forecast.year_end == 32 and forecast.reach_month == 10  # +1 a month from 24 in April: 30 in October


def test_counts_are_never_fractional_but_amounts_keep_their_fraction():
    counts = forecast_stock({1: Decimal(10), 4: Decimal(11)}, whole=True)
    amounts = forecast_stock({1: Decimal(10), 4: Decimal(11)}, whole=False)
    assert counts.year_end == 13 and amounts.year_end == Decimal(11) + Decimal(1) / Decimal(3) * 8


def test_a_shrinking_stock_under_a_cap_reports_no_shortfall_while_it_stays_within_it():
    forecast = forecast_stock({6: Decimal(8)}, target=Decimal(10), start=Decimal(11), at_most=True, whole=True)
    assert forecast.year_end == 5 and forecast.shortfall is None


def test_a_flow_keeps_the_run_rate_and_last_years_profile():
    run_rate = forecast_year_end({1: 5, 2: 10}, target=Decimal(80))
    assert run_rate.method == ForecastBasis.RUN_RATE and run_rate.year_end == 60 and run_rate.shortfall == 20
    profile = {m: Decimal(m * m) for m in range(1, 13)}  # back-loaded: a quarter of the year by June
    by_profile = forecast_year_end({6: Decimal(9)}, target=Decimal(30), last_year=profile)
    assert by_profile.method == ForecastBasis.LAST_YEAR_PROFILE and by_profile.year_end == 36


@pytest.mark.parametrize("basis", list(ForecastBasis))
def test_every_forecast_method_has_a_label_to_show_on_hover(basis):
    assert basis.label and basis.label != basis.value


def test_a_coverage_in_percent_is_forecast_no_higher_than_100():
    # 规上企业评估诊断覆盖率: 50 % in January, 88 % by October → +4.2 points a month would say 96.4 %; from 20 % at
    # the start of the year the run of diagnoses says 114 %, which a coverage cannot reach.
    series = {1: Decimal(50), 10: Decimal(88)}
    assert forecast_stock(series, target=Decimal(100), start=Decimal(20)).year_end > 100
    capped = forecast_stock(series, target=Decimal(100), start=Decimal(20), ceiling=Decimal(100))
    assert capped.year_end == 100 and capped.shortfall is None
