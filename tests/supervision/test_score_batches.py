"""Registered score components in a batch: ``compute_many`` gives every window's values as ``compute`` would,
in a number of queries independent of the windows, and a component without it falls back to ``compute``."""
import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from actiondesk.core.scoping import SYSTEM
from actiondesk.demands import selectors as demand_selectors
from actiondesk.demands import services_registry
from actiondesk.demands.choices import Channel, Rating
from actiondesk.demands.models import Demand
from actiondesk.enterprises.models import Enterprise
from actiondesk.orders import selectors as order_selectors
from actiondesk.orders import services as order_services
from actiondesk.orders.choices import OrderState
from actiondesk.orders.models import Order
from actiondesk.supervision.scoring import ScoreComponent, score_components

pytestmark = pytest.mark.django_db
D = datetime.date
WINDOWS = [(D(2026, 1, 1), D(2026, m, 28)) for m in range(1, 12)]  # the year to date, January … November


def test_orders_and_demands_register_a_batched_computation():
    batched = {c.key: c.compute_many for c in score_components()}
    assert batched["orders"] is order_selectors.department_scores_many
    assert batched["demands"] is demand_selectors.department_scores_many


def test_the_orders_batch_equals_one_computation_per_window_in_one_query(zone, departments):
    rng = random.Random(6)
    names = list(departments)
    for n in range(40):
        due = D(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 330))
        order = order_services.raise_order(acting_user=SYSTEM, zone=zone, subject=f"督办{n}", instruction="办理",
                                           departments=[departments[rng.choice(names)]], due_on=due)
        if n % 3:
            closed = due + datetime.timedelta(days=rng.randint(-5, 5))
            Order.objects.filter(pk=order.pk).update(state=OrderState.CLOSED, closed_at=timezone.make_aware(
                datetime.datetime.combine(closed, datetime.time(10))))
    today = D(2026, 11, 28)
    with CaptureQueriesContext(connection) as queries:
        batch = order_selectors.department_scores_many(zone.pk, WINDOWS, today=today)
    assert len(queries) == 1
    one_by_one = [order_selectors.department_scores(zone.pk, s, e, today=today) for s, e in WINDOWS]
    assert batch == one_by_one and any(batch)


def test_the_demands_batch_equals_one_computation_per_window_in_one_query(zone, departments, alice, leader):
    category = services_registry.category_save(zone=zone, name="用地", accept_days=5, resolve_days=30, owner=alice,
                                               leader_in_charge=leader, acting_user=SYSTEM)
    firm = Enterprise.objects.create(zone=zone, credit_code="91210400MA0000015D", name="沈抚精密机械有限公司")
    rng = random.Random(7)
    owners = [departments["产业创新局"], departments["发展改革局"]]
    for n in range(60):
        raised = D(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 320))
        closed = raised + datetime.timedelta(days=rng.randint(1, 60)) if n % 2 else None
        rating = rng.choice(["", Rating.SATISFIED, Rating.FAIRLY]) if closed else ""
        Demand.objects.create(zone=zone, enterprise=firm, channel=Channel.HOTLINE, category=category,
                              title=f"诉求{n}", owner=alice, owner_department=owners[n % 2], raised_on=raised,
                              accept_due=raised + datetime.timedelta(days=5),
                              resolve_due=raised + datetime.timedelta(days=30), closed_on=closed,
                              rating=rating, rated_on=closed if rating else None,
                              reopen_count=1 if n % 7 == 0 else 0)
    with CaptureQueriesContext(connection) as queries:
        batch = demand_selectors.department_scores_many(zone.pk, WINDOWS)
    assert len(queries) == 1
    assert batch == [demand_selectors.department_scores(zone.pk, s, e) for s, e in WINDOWS] and any(batch)


def test_a_component_without_a_batch_is_computed_once_per_window():
    calls = []

    def compute(zone_id, start, end):
        calls.append(end)
        return {1: end.month}

    component = ScoreComponent("single", "单项", "single", 10, compute)
    assert component.values_many(1, WINDOWS[:3]) == [{1: 1}, {1: 2}, {1: 3}]
    assert calls == [D(2026, 1, 28), D(2026, 2, 28), D(2026, 3, 28)]
    assert component.values_many(1, []) == []
