"""What makes a demand late (pure functions and the matching query), shared by pages, statistics and escalation."""
import datetime

from django.db.models import Q

from actiondesk.demands.choices import OPEN_STATUSES, DemandStatus


def days_past(due: datetime.date, today: datetime.date) -> int:
    """Calendar days after ``due`` (0 when not yet due)."""
    return max(0, (today - due).days)


def is_overdue(*, status: str, accept_due, resolve_due, today: datetime.date) -> bool:
    if status == DemandStatus.SUBMITTED and today > accept_due:
        return True
    return status in OPEN_STATUSES and today > resolve_due


def late_q(today: datetime.date) -> Q:
    """Open demands past their accept deadline (not yet accepted) or past their resolve deadline."""
    return ((Q(status=DemandStatus.SUBMITTED) & Q(accept_due__lt=today))
            | (Q(status__in=OPEN_STATUSES) & Q(resolve_due__lt=today)))


def closed_on_time(*, closed_on, resolve_due) -> bool:
    return closed_on is not None and closed_on <= resolve_due
