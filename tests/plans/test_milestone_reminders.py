"""Milestone reminders: due in 7 days or tomorrow, overdue on the first day and then weekly, in the bell."""
import datetime

import pytest

from actiondesk.core.models import Notification
from actiondesk.core.scoping import SYSTEM
from actiondesk.plans import services_milestones
from actiondesk.plans.reminders import milestone_reminders_send, reminder_for

D = datetime.date


@pytest.mark.parametrize(("day", "expected"), [
    (D(2026, 6, 23), ("milestone_due", 7)), (D(2026, 6, 29), ("milestone_due", 1)), (D(2026, 6, 25), None),
    (D(2026, 6, 30), None), (D(2026, 7, 1), ("milestone_overdue", 1)), (D(2026, 7, 2), None),
    (D(2026, 7, 7), ("milestone_overdue", 7)), (D(2026, 7, 14), ("milestone_overdue", 14)),
])
def test_a_milestone_is_reminded_a_week_and_a_day_ahead_then_when_overdue(day, expected):
    assert reminder_for(D(2026, 6, 30), day) == expected


@pytest.mark.django_db
def test_the_responsible_department_gets_the_reminder_in_its_bell(zone, get_task, departments, alice, bob):
    milestone = services_milestones.milestone_create(task=get_task("1"), acting_user=SYSTEM, title="出台认定办法",
                                                     due_date=D(2026, 6, 30), department=departments["产业创新局"])
    result = milestone_reminders_send(zone_id=zone.pk, day=D(2026, 7, 1))
    assert (result["overdue"], result["notifications"]) == (1, 1)
    note = Notification.objects.get()
    assert (note.recipient, note.kind, note.url) == (alice, "milestone_overdue", f"/plans/milestones/{milestone.pk}/")
    assert "逾期1天" in note.text
    services_milestones.milestone_update(milestone=milestone, acting_user=SYSTEM, progress="done",
                                         completed_on=D(2026, 7, 3))
    assert milestone_reminders_send(zone_id=zone.pk, day=D(2026, 7, 7))["notifications"] == 0
