"""Pure alert rules for projects and factor needs; the selectors feed them plain values."""
import calendar
import datetime
from decimal import Decimal

from actiondesk.core.numbers import rounded
from actiondesk.projects.choices import PLANNED_FIELDS, STAGE_RANK, FactorStatus, Stage

DEFAULT_STALLED_MONTHS = 3
NEVER_STALLED = (Stage.PRODUCING, Stage.RESERVE)


def add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_end(month: datetime.date) -> datetime.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def is_stalled(*, stage: str, last_stage_on: datetime.date | None, last_investment_month: datetime.date | None,
               today: datetime.date, months: int = DEFAULT_STALLED_MONTHS,
               since: datetime.date | None = None) -> bool:
    """No stage change and no investment for ``months`` months (a month's investment counts to its last day).

    Projects in production are finished and 储备 projects not under way yet: neither is ever stalled; ``since`` (e.g. the day the project was
    entered) stands in for activity when there is none yet.
    """
    if stage in NEVER_STALLED:
        return False
    activity = [d for d in (last_stage_on, last_investment_month and month_end(last_investment_month), since) if d]
    if not activity:
        return True
    return max(activity) < add_months(today, -months)


def overdue_stages(*, stage: str, planned: dict, today: datetime.date) -> list[tuple[str, datetime.date]]:
    """Planned stages (签约/开工/竣工/投产) whose planned date has passed while the project has not reached them."""
    rank = STAGE_RANK[Stage(stage)]
    return [(s, on) for s, on in planned.items() if on and on < today and STAGE_RANK[Stage(s)] > rank]


def planned_dates(project) -> dict:
    return {stage: getattr(project, field) for stage, field in PLANNED_FIELDS.items()}


def factor_overdue(*, status: str, planned_on: datetime.date, today: datetime.date) -> bool:
    return status != FactorStatus.SUPPLIED and planned_on < today


def approval_overdue(*, required: bool, planned_on: datetime.date | None, granted_on: datetime.date | None,
                     today: datetime.date) -> bool:
    """A needed approval whose planned date has passed without being granted."""
    return required and granted_on is None and planned_on is not None and planned_on < today


def sequential_share(annual_target: Decimal, month: int) -> Decimal:
    """序时进度: the part of an annual target due by the end of ``month`` (1–12)."""
    return rounded(Decimal(annual_target) * month / 12, 2)
