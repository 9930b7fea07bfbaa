"""Escalation at the configured thresholds, driven by a fake clock (the ``today`` the daily job runs on)."""
import datetime

import pytest

from actiondesk.core.jobs import job_enqueue
from actiondesk.core.models import AuditEntry, JobStatus, Notification, NotificationKind
from actiondesk.core.scoping import SYSTEM
from actiondesk.demands import services, services_registry
from actiondesk.demands.choices import Escalation, EventKind
from actiondesk.demands.escalation import demands_escalate
from actiondesk.demands.jobs import ESCALATE
from actiondesk.orders.models import Order

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def late(make_demand):
    # 融资: 5 working days to accept (due Tue 2026-09-08), 20 to resolve (due Tue 2026-09-29)
    return make_demand(title="流动资金贷款续贷", category="融资", today=D(2026, 9, 1))


def _level(demand):
    demand.refresh_from_db()
    return demand.escalation


def test_a_demand_not_accepted_by_its_deadline_is_escalated_the_next_day_and_only_once(zone, late, supervisor,
                                                                                      alice):
    assert late.accept_due == D(2026, 9, 8)
    demands_escalate(zone_id=zone.pk, today=D(2026, 9, 8), acting_user=SYSTEM)
    assert _level(late) == Escalation.NONE
    assert demands_escalate(zone_id=zone.pk, today=D(2026, 9, 9), acting_user=SYSTEM)[1] == 1
    assert _level(late) == Escalation.LATE_ACCEPT
    assert demands_escalate(zone_id=zone.pk, today=D(2026, 9, 10), acting_user=SYSTEM)[1] == 0
    assert AuditEntry.objects.filter(object_id=str(late.pk), note="诉求升级").count() == 1
    told = Notification.objects.filter(kind=NotificationKind.DEMAND_ESCALATED, url=f"/demands/{late.pk}/")
    assert set(told.values_list("recipient__username", flat=True)) == {"supervisor", "alice"}


def test_ten_days_past_the_resolve_deadline_raise_a_supervision_order_and_thirty_tell_the_leaders(
        zone, late, alice):
    services.demand_accept(demand=late, acting_user=alice, today=D(2026, 9, 2))
    assert late.resolve_due == D(2026, 9, 29)
    demands_escalate(zone_id=zone.pk, today=D(2026, 10, 8), acting_user=SYSTEM)  # 9 days past due
    assert _level(late) == Escalation.NONE
    demands_escalate(zone_id=zone.pk, today=D(2026, 10, 9), acting_user=SYSTEM)  # 10 days
    assert _level(late) == Escalation.ORDER
    order = Order.objects.get()
    assert (late.order, order.source, order.responsible) == (order, late, alice)
    assert list(order.departments.all()) == [alice.membership.department]
    assert order.due_on == D(2026, 10, 16)  # five working days
    demands_escalate(zone_id=zone.pk, today=D(2026, 10, 28), acting_user=SYSTEM)  # 29 days
    assert _level(late) == Escalation.ORDER
    demands_escalate(zone_id=zone.pk, today=D(2026, 10, 29), acting_user=SYSTEM)  # 30 days
    assert _level(late) == Escalation.LEADERS
    assert late.events.filter(kind=EventKind.ESCALATED).count() == 2
    assert Order.objects.count() == 1
    leaders = Notification.objects.filter(kind=NotificationKind.DEMAND_ESCALATED)
    assert list(leaders.values_list("recipient__username", flat=True)) == ["leader"]  # 包保 and in charge: one person


def test_the_zones_thresholds_change_when_escalation_happens(zone, late, alice):
    services_registry.settings_save(zone=zone, order_after_days=3, leaders_after_days=5, visit_every_days=60,
                                    acting_user=SYSTEM)
    services.demand_accept(demand=late, acting_user=alice, today=D(2026, 9, 2))
    demands_escalate(zone_id=zone.pk, today=D(2026, 10, 2), acting_user=SYSTEM)
    assert _level(late) == Escalation.ORDER
    demands_escalate(zone_id=zone.pk, today=D(2026, 10, 4), acting_user=SYSTEM)
    assert _level(late) == Escalation.LEADERS


def test_a_late_run_catches_up_every_level_at_once_and_a_closed_demand_is_left_alone(zone, late, make_demand,
                                                                                      alice):
    done = make_demand(title="已办结")
    services.demand_accept(demand=done, acting_user=alice, today=D(2026, 9, 2))
    services.demand_close(demand=done, resolution="好", acting_user=alice, today=D(2026, 9, 3))
    counts = demands_escalate(zone_id=zone.pk, today=D(2026, 12, 1), acting_user=SYSTEM)
    assert counts == {1: 1, 2: 1, 3: 1}
    assert (_level(late), _level(done)) == (Escalation.LEADERS, Escalation.NONE)


def test_the_daily_job_escalates_on_the_day_it_is_given(zone, late):
    job = job_enqueue(kind=ESCALATE, target=f"zone:{zone.pk}", zone=zone, title=zone.name,
                      params={"today": "2026-10-09"})
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    assert _level(late) == Escalation.ORDER
