"""The demand's life: one owner accepts and names cooperating departments, they answer, the owner closes, the
enterprise rates it; 不满意 reopens it once and then sends it to the supervision office."""
import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from actiondesk.core.models import AuditEntry
from actiondesk.demands import services
from actiondesk.demands.choices import DemandStatus, EventKind, Rating
from actiondesk.demands.selectors import department_scores

pytestmark = pytest.mark.django_db
D = datetime.date
CLOSED_ON = D(2026, 9, 10)


def _closed(demand, alice, bob, departments, today=CLOSED_ON):
    services.demand_accept(demand=demand, parts=[(departments["发展改革局"], "核定用地指标")], acting_user=alice,
                           today=D(2026, 9, 2))
    services.part_answer(part=demand.parts.get(), answer="指标已列入计划", acting_user=bob, today=D(2026, 9, 5))
    return services.demand_close(demand=demand, resolution="已落实用地", acting_user=alice, today=today)


def test_the_category_names_the_one_owner_and_the_owner_department_runs_the_demand(make_demand, alice, bob,
                                                                                    departments, contact):
    demand = make_demand()
    assert demand.owner == alice and demand.owner_department == departments["产业创新局"]
    with pytest.raises(PermissionDenied):
        services.demand_accept(demand=demand, acting_user=bob)
    demand = _closed(demand, alice, bob, departments)
    assert demand.status == DemandStatus.CLOSED
    assert list(demand.events.values_list("kind", flat=True)) == [
        EventKind.RAISED, EventKind.ACCEPTED, EventKind.PART_ANSWERED, EventKind.CLOSED]
    assert AuditEntry.objects.filter(object_id=str(demand.pk), note="办结").exists()


def test_the_owner_cannot_close_before_every_cooperating_department_answers(make_demand, alice, departments):
    demand = make_demand()
    services.demand_accept(demand=demand, parts=[(departments["发展改革局"], "核定")], acting_user=alice)
    with pytest.raises(ValidationError, match="未答复"):
        services.demand_close(demand=demand, resolution="好了", acting_user=alice)


def test_only_the_cooperating_department_answers_its_part(make_demand, alice, bob, departments, make_user):
    demand = make_demand()
    services.demand_accept(demand=demand, parts=[(departments["发展改革局"], "核定")], acting_user=alice)
    carol = make_user("carol", "department", departments["规划建设局"])
    for who in (carol, alice):
        with pytest.raises(PermissionDenied):
            services.part_answer(part=demand.parts.get(), answer="不是我的", acting_user=who)


def test_a_satisfied_rating_confirms_the_demand(make_demand, alice, bob, departments, contact):
    demand = _closed(make_demand(), alice, bob, departments)
    demand = services.demand_rate(demand=demand, rating=Rating.SATISFIED, acting_user=contact, today=D(2026, 9, 12))
    assert (demand.status, demand.rating, demand.reopen_count) == (DemandStatus.CONFIRMED, Rating.SATISFIED, 0)


def test_dissatisfied_reopens_once_with_a_new_deadline_and_then_goes_to_the_supervision_office(
        make_demand, alice, bob, departments, contact):
    demand = _closed(make_demand(), alice, bob, departments)
    demand = services.demand_rate(demand=demand, rating=Rating.DISSATISFIED, note="未解决", acting_user=contact,
                                  today=D(2026, 9, 14))
    assert (demand.status, demand.reopen_count, demand.closed_on) == (DemandStatus.IN_PROGRESS, 1, None)
    assert demand.resolve_due == D(2026, 10, 26)  # 30 working days from Mon 14 September (no holidays entered)
    demand = services.demand_close(demand=demand, resolution="再次协调", acting_user=alice, today=D(2026, 9, 30))
    demand = services.demand_rate(demand=demand, rating=Rating.DISSATISFIED, acting_user=contact, today=D(2026, 10, 2))
    assert demand.status == DemandStatus.SUPERVISION
    assert demand.events.filter(kind=EventKind.REOPENED).count() == 1


def test_only_the_enterprises_own_contact_rates_it(make_demand, alice, bob, departments, other_contact, leader):
    demand = _closed(make_demand(), alice, bob, departments)
    for who in (other_contact, alice, leader):
        with pytest.raises(PermissionDenied):
            services.demand_rate(demand=demand, rating=Rating.SATISFIED, acting_user=who)


def test_a_contact_raises_demands_only_for_its_own_enterprise_through_the_portal(
        contact, enterprise, other_enterprise, categories):
    services.demand_raise(enterprise=enterprise, category=categories["融资"], title="续贷", channel="portal",
                          acting_user=contact)
    with pytest.raises(PermissionDenied):
        services.demand_raise(enterprise=other_enterprise, category=categories["融资"], title="续贷",
                              channel="portal", acting_user=contact)
    with pytest.raises(PermissionDenied):
        services.demand_raise(enterprise=enterprise, category=categories["融资"], title="续贷", channel="hotline",
                              acting_user=contact)


def test_department_scores_weigh_on_time_closure_satisfaction_and_reopening(
        make_demand, alice, bob, departments, contact):
    on_time = _closed(make_demand(title="按时"), alice, bob, departments, today=D(2026, 9, 10))
    services.demand_rate(demand=on_time, rating=Rating.SATISFIED, acting_user=contact, today=D(2026, 9, 11))
    late = make_demand(title="逾期", category="水电气热")  # resolve due 2026-09-15
    services.demand_accept(demand=late, acting_user=alice, today=D(2026, 9, 2))
    services.demand_close(demand=late, resolution="晚了", acting_user=alice, today=D(2026, 9, 20))
    services.demand_rate(demand=late, rating=Rating.FAIRLY, acting_user=contact, today=D(2026, 9, 21))
    scores = department_scores(alice.membership.zone_id, D(2026, 1, 1), D(2026, 12, 31))
    # on time 1/2, satisfaction (1 + 0.6) / 2 = 0.8, no reopening: 100 × (0.25 + 0.24 + 0.2) = 69
    assert scores == {departments["产业创新局"].pk: pytest.approx(69)}
