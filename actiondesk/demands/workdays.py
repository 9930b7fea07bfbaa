"""Working days under a zone's calendar (pure functions): weekends and holidays are off, 调休 weekend days are on."""
import datetime

ONE_DAY = datetime.timedelta(days=1)


def is_working_day(day: datetime.date, *, holidays=frozenset(), workdays=frozenset()) -> bool:
    if day in workdays:
        return True
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: datetime.date, days: int, *, holidays=frozenset(), workdays=frozenset()) -> datetime.date:
    """The ``days``-th working day after ``start`` (``start`` itself is not counted): the deadline of a demand
    raised on ``start`` with ``days`` working days to answer."""
    day, left = start, max(0, days)
    while left:
        day += ONE_DAY
        if is_working_day(day, holidays=holidays, workdays=workdays):
            left -= 1
    return day


def working_days_between(start: datetime.date, end: datetime.date, *, holidays=frozenset(),
                         workdays=frozenset()) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not after ``start``)."""
    count, day = 0, start
    while day < end:
        day += ONE_DAY
        count += is_working_day(day, holidays=holidays, workdays=workdays)
    return count
