"""Deadlines in working days under the zone's calendar: the worked example across 中秋 and 国庆 (with a 调休 Saturday)."""
import datetime

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.demands import services_registry
from actiondesk.demands.workdays import add_working_days, working_days_between

D = datetime.date
MID_AUTUMN = {D(2026, 9, 25)}
NATIONAL_DAY = {D(2026, 10, d) for d in range(1, 8)}
WORKED_SATURDAY = {D(2026, 10, 10)}


def test_five_working_days_from_a_wednesday_skip_the_weekend_only_without_holidays():
    assert add_working_days(D(2026, 9, 23), 5) == D(2026, 9, 30)


def test_five_working_days_across_mid_autumn_and_national_day_end_on_the_eighth_of_october():
    # Thu 24 (1), Fri 25 中秋, weekend, Mon 28 (2), Tue 29 (3), Wed 30 (4), 1–7 国庆, Thu 8 (5)
    assert add_working_days(D(2026, 9, 23), 5, holidays=MID_AUTUMN | NATIONAL_DAY) == D(2026, 10, 8)


def test_a_worked_saturday_counts_as_a_working_day():
    # …Thu 8 (5), Fri 9 (6), Sat 10 调休 (7), Mon 12 (8), Tue 13 (9), Wed 14 (10)
    holidays = MID_AUTUMN | NATIONAL_DAY
    assert add_working_days(D(2026, 9, 23), 10, holidays=holidays, workdays=WORKED_SATURDAY) == D(2026, 10, 14)
    assert add_working_days(D(2026, 9, 23), 10, holidays=holidays) == D(2026, 10, 15)
    assert working_days_between(D(2026, 9, 23), D(2026, 10, 14), holidays=holidays, workdays=WORKED_SATURDAY) == 10


@pytest.mark.django_db
def test_a_demand_raised_before_the_holidays_gets_its_deadlines_from_the_zones_calendar(zone, make_demand):
    for day in MID_AUTUMN | NATIONAL_DAY:
        services_registry.holiday_set(zone=zone, day=day, name="假日", acting_user=SYSTEM)
    services_registry.holiday_set(zone=zone, day=D(2026, 10, 10), name="调休", is_workday=True, acting_user=SYSTEM)
    demand = make_demand(category="水电气热", today=D(2026, 9, 23))  # 3 days to accept, 10 to resolve
    assert demand.accept_due == D(2026, 9, 29)
    assert demand.resolve_due == D(2026, 10, 14)
