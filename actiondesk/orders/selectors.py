"""Reads of 督办单: the score component of the 督导考核 (on-time closure)."""
import datetime
from collections import defaultdict

from django.utils import timezone

from actiondesk.orders.choices import OrderState
from actiondesk.orders.models import Order

# Credit of one order in the on-time closure score (0–1): closed by its due date, closed late, still open past it.
ON_TIME_CREDIT, LATE_CREDIT, OVERDUE_CREDIT = 1.0, 0.5, 0.0


def order_credit(*, due_on: datetime.date, closed_on: datetime.date | None, today: datetime.date) -> float | None:
    """One order's credit, or None when it cannot be judged yet (open and not yet due)."""
    if closed_on is not None:
        return ON_TIME_CREDIT if closed_on <= due_on else LATE_CREDIT
    return OVERDUE_CREDIT if due_on < today else None


def department_scores(zone_id: int, start: datetime.date, end: datetime.date,
                      today: datetime.date | None = None) -> dict[int, float]:
    """督办单 on-time closure per assigned department, 0–100, over the orders due between ``start`` and ``end``.

    Each order counts for every department it is assigned to: 1 when closed (已办结) by its due date, 0.5 when
    closed late, 0 when still not closed after it; an order not yet due and not closed is not counted. The score
    is 100 × the mean credit. A department with no countable order is absent (the caller leaves the component
    out rather than scoring it 0 or 100)."""
    today = today or timezone.localdate()
    rows = Order.departments.through.objects.filter(
        order__zone_id=zone_id, order__due_on__gte=start, order__due_on__lte=end).values_list(
        "department_id", "order__due_on", "order__state", "order__closed_at")
    credits: dict[int, list[float]] = defaultdict(list)
    for department_id, due_on, state, closed_at in rows:
        closed_on = timezone.localdate(closed_at) if state == OrderState.CLOSED and closed_at else None
        credit = order_credit(due_on=due_on, closed_on=closed_on, today=today)
        if credit is not None:
            credits[department_id].append(credit)
    return {department_id: round(100 * sum(values) / len(values), 1) for department_id, values in credits.items()}
