"""Worked examples of the 序时进度 rules: plain values, no database."""
from decimal import Decimal as D

import pytest

from actiondesk.supervision.forecast import forecast_year_end
from actiondesk.supervision.progress import (
    Target,
    Thresholds,
    elapsed_share,
    evaluate,
    validate_schedule,
    worst_status,
)
from actiondesk.supervision.scoring import DepartmentRecord, score_department

HUNDRED = Target(D(100))
H2_SCHEDULE = ["0.04", "0.08", "0.14", "0.20", "0.27", "0.35", "0.45", "0.55", "0.66", "0.77", "0.88", "1"]


def test_monthly_cumulative_share_is_n_twelfths():
    assert elapsed_share(11).quantize(D("0.001")) == D("0.917")
    assert elapsed_share(2) == D(2) / D(12)


@pytest.mark.parametrize(("actual", "status", "gap"), [
    (D(100), "done", D("50.00")),
    (D(55), "ahead", D("5.00")),
    (D(50), "ahead", D("0.00")),
    (D(45), "normal", D("-5.00")),
    (D(40), "lagging", D("-10.00")),   # 10 points below is 滞后 (银川: 10–30 inclusive)
    (D(20), "lagging", D("-30.00")),   # 30 points below is still 滞后
    (D(15), "severe", D("-35.00")),
])
def test_absolute_target_after_june_is_judged_against_half_the_target(actual, status, gap):
    result = evaluate(HUNDRED, actual, 6)
    assert result.expected == D(50)
    assert result.expected_share == D("50.00")
    assert result.status == status
    assert result.gap_points == gap


def test_missing_actual_is_not_reported():
    assert evaluate(HUNDRED, None, 6).status == "missing"


def test_thresholds_are_configurable():
    assert evaluate(HUNDRED, D(45), 6, thresholds=Thresholds(D(3), D(20))).status == "lagging"
    assert evaluate(HUNDRED, D(25), 6, thresholds=Thresholds(D(3), D(20))).status == "severe"


def test_investment_schedule_weighted_to_second_half_sets_the_expected_value():
    result = evaluate(Target(D(32)), D(10), 6, schedule=validate_schedule(H2_SCHEDULE))
    assert result.expected == D("11.20")
    assert result.completion == D("31.25")
    assert result.gap_points == D("-3.75")
    assert result.status == "normal"


def test_a_schedule_must_have_twelve_rising_shares_ending_at_one():
    with pytest.raises(ValueError):
        validate_schedule(["0.5"] * 11)
    with pytest.raises(ValueError):
        validate_schedule(["0.5", "0.4"] + ["1"] * 10)


def test_growth_rate_target_compares_cumulative_growth_with_the_target_growth():
    target = Target(D(15), kind="growth_rate")
    on_track = evaluate(target, D(232), 6, last_year=D(200))  # +16 %
    assert (on_track.actual_growth, on_track.gap_points, on_track.status) == (D("16.00"), D("1.00"), "ahead")
    slower = evaluate(target, D(220), 6, last_year=D(200))  # +10 %: 5 points behind
    assert (slower.actual_growth, slower.gap_points, slower.status) == (D("10.00"), D("-5.00"), "normal")
    falling = evaluate(target, D(190), 6, last_year=D(200))  # −5 %: 20 points behind
    assert (falling.actual_growth, falling.gap_points, falling.status) == (D("-5.00"), D("-20.00"), "lagging")
    assert evaluate(target, D(240), 12, last_year=D(200)).status == "done"
    assert evaluate(target, D(240), 6, last_year=None).status == "missing"


def test_range_target_is_done_once_the_lower_bound_is_reached():
    target = Target(D(1), comparator="range", value_max=D(2))
    assert evaluate(target, D(0), 6).status == "severe"  # 0 % against 50 % expected
    assert evaluate(target, D(0), 6).expected == D("0.5")
    assert evaluate(target, D(1), 6).status == "done"
    assert evaluate(target, D(2), 9).status == "done"


def test_relative_target_compares_with_the_reference_entered_for_the_period():
    target = Target(None, kind="relative", comparator=">")
    above = evaluate(target, D("7.1"), 6, reference=D("6.5"))
    assert (above.status, above.gap_points, above.expected) == ("ahead", D("0.60"), D("6.5"))
    assert evaluate(target, D("6.0"), 6, reference=D("6.5")).status == "normal"
    assert evaluate(target, D("6.5"), 6, reference=D("6.5")).status == "normal"  # "超过" means strictly above
    assert evaluate(target, D("7.0"), 12, reference=D("6.5")).status == "done"
    assert evaluate(target, D("7.0"), 6, reference=None).status == "missing"


def test_at_most_target_lags_when_the_run_rate_exceeds_the_cap():
    cap = Target(D(120), comparator="<=")
    within = evaluate(cap, D(55), 6)
    assert (within.status, within.completion, within.gap_points) == ("normal", D("45.83"), D("4.17"))
    assert evaluate(cap, D(70), 6).status == "normal"  # 8.33 points over the run-rate
    assert evaluate(cap, D(80), 6).status == "lagging"  # 16.67 points over
    assert evaluate(cap, D(130), 6).status == "severe"  # the cap is already broken
    assert evaluate(cap, D(118), 12).status == "done"


def test_revised_target_changes_expected_value_and_status():
    original = evaluate(Target(D(100)), D(40), 6)
    revised = evaluate(Target(D(80)), D(40), 6)
    assert (original.expected, original.status) == (D(50), "lagging")
    assert (revised.expected, revised.completion, revised.status) == (D(40), D("50.00"), "ahead")


def test_worst_status_orders_severe_before_missing_before_done():
    assert worst_status(["done", "normal", "lagging"]) == "lagging"
    assert worst_status(["done", "missing"]) == "missing"
    assert worst_status([]) is None


def test_run_rate_forecast_gives_the_shortfall():
    forecast = forecast_year_end({m: D(5 * m) for m in range(1, 7)}, target=D(80))
    assert (forecast.year_end, forecast.shortfall, forecast.reach_month, forecast.method) == (
        D(60), D(20), None, "run_rate")


def test_run_rate_forecast_gives_the_month_the_target_will_be_reached():
    forecast = forecast_year_end({6: D(45)}, target=D(80))
    assert forecast.year_end == D(90)
    assert forecast.reach_month == 11  # 45/6 a month reaches 80 after 10.7 months


def test_forecast_follows_last_years_monthly_profile_when_present():
    last_year = {m: D(m * m) for m in range(1, 13)}  # back-loaded: a quarter of the year by June
    forecast = forecast_year_end({6: D(9)}, target=D(32), last_year=last_year)
    assert forecast.method == "last_year_profile"
    assert forecast.year_end == D(36)
    assert forecast.reach_month == 12  # 9 × 144/36 = 36 ≥ 32 only in December


def test_forecast_reports_the_month_a_target_was_already_reached():
    assert forecast_year_end({3: D(50), 4: D(100)}, target=D(80)).reach_month == 4


def test_department_score_is_the_weighted_mean_of_four_components():
    record = DepartmentRecord(reports_due=10, reports_on_time=8, overdue=1, returned=1,
                              progress_ratios=[D("1.2"), D("0.5")])
    score = score_department(record)
    assert (score.on_time, score.progress, score.overdue, score.returned) == (D(80), D(75), D(80), D(75))
    assert score.total == D("77.5")
    assert score_department(record, {"on_time": 100, "progress": 0, "overdue": 0, "returned": 0}).total == D(80)
