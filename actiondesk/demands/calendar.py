"""The zone's calendar and settings as read by services and pages (defaults unsaved: reads never write)."""
import datetime
from dataclasses import dataclass

from actiondesk.demands import workdays
from actiondesk.demands.models import DemandSettings, Holiday


@dataclass(frozen=True)
class ZoneCalendar:
    holidays: frozenset
    workdays: frozenset

    def add(self, start: datetime.date, days: int) -> datetime.date:
        return workdays.add_working_days(start, days, holidays=self.holidays, workdays=self.workdays)


def zone_calendar(zone_id: int) -> ZoneCalendar:
    holidays, worked = set(), set()
    for day, is_workday in Holiday.objects.filter(zone_id=zone_id).values_list("day", "is_workday"):
        (worked if is_workday else holidays).add(day)
    return ZoneCalendar(frozenset(holidays), frozenset(worked))


def demand_settings(zone_id: int) -> DemandSettings:
    """The zone's saved settings, or the defaults unsaved."""
    return DemandSettings.objects.filter(zone_id=zone_id).first() or DemandSettings(zone_id=zone_id)
