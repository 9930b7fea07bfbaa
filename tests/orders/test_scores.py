"""The 督导考核 component of 督办单: on-time closure per department (worked examples)."""
import datetime

import pytest
from django.utils import timezone

from actiondesk.core.scoping import SYSTEM
from actiondesk.orders import services
from actiondesk.orders.choices import OrderState
from actiondesk.orders.models import Order
from actiondesk.orders.selectors import department_scores, order_credit

D = datetime.date


def test_an_order_closed_on_time_earns_full_credit_late_half_and_overdue_none():
    today = D(2026, 10, 15)
    assert order_credit(due_on=D(2026, 9, 30), closed_on=D(2026, 9, 30), today=today) == 1.0
    assert order_credit(due_on=D(2026, 9, 30), closed_on=D(2026, 10, 2), today=today) == 0.5
    assert order_credit(due_on=D(2026, 9, 30), closed_on=None, today=today) == 0.0
    assert order_credit(due_on=D(2026, 10, 31), closed_on=None, today=today) is None


@pytest.mark.django_db
def test_department_scores_average_the_credits_of_orders_due_in_the_window(zone, departments):
    innovation, reform = departments["产业创新局"], departments["发展改革局"]

    def order(due, *assignees, closed=None):
        created = services.raise_order(acting_user=SYSTEM, zone=zone, subject="督办", instruction="办理",
                                       departments=list(assignees), due_on=due)
        if closed:
            moment = timezone.make_aware(datetime.datetime.combine(closed, datetime.time(10)))
            Order.objects.filter(pk=created.pk).update(state=OrderState.CLOSED, closed_at=moment)

    order(D(2026, 9, 10), innovation, reform, closed=D(2026, 9, 9))   # on time for both
    order(D(2026, 9, 20), innovation, closed=D(2026, 9, 25))          # late
    order(D(2026, 9, 25), reform)                                      # overdue, open
    order(D(2026, 10, 20), innovation)                                 # not yet due: not counted
    order(D(2026, 8, 1), innovation)                                   # outside the window
    scores = department_scores(zone.pk, D(2026, 9, 1), D(2026, 10, 31), today=D(2026, 10, 1))
    assert scores == {innovation.pk: 75.0, reform.pk: 50.0}
