"""The demands list and a leader's page keep a fixed number of queries with 100,000 demands in the zone."""
import datetime
import random

import pytest

from actiondesk.demands.choices import Channel, DemandStatus
from actiondesk.demands.models import Demand
from actiondesk.enterprises.models import Enterprise

pytestmark = pytest.mark.django_db
D = datetime.date
COUNT = 100_000


@pytest.fixture
def many_demands(zone, leader, alice, departments, categories):
    rng = random.Random(16)
    enterprises = Enterprise.objects.bulk_create([
        Enterprise(zone=zone, credit_code=f"91210400MA{i:08d}", name=f"企业{i:03d}", scale_status="industry",
                   leader=leader if i % 2 else None) for i in range(200)])
    category = categories["用地"]
    statuses = [DemandStatus.SUBMITTED, DemandStatus.IN_PROGRESS, DemandStatus.CLOSED, DemandStatus.CONFIRMED]
    rows = []
    for i in range(COUNT):
        raised = D(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 300))
        rows.append(Demand(zone=zone, enterprise=enterprises[i % 200], channel=Channel.HOTLINE, category=category,
                           title=f"诉求{i}", owner=alice, owner_department=departments["产业创新局"],
                           status=statuses[i % 4], raised_on=raised, accept_due=raised + datetime.timedelta(days=7),
                           resolve_due=raised + datetime.timedelta(days=42)))
    Demand.objects.bulk_create(rows, batch_size=5000)
    return COUNT


def test_the_demands_list_and_the_leaders_page_keep_bounded_queries_with_100000_demands(
        login, admin, alice, leader, many_demands, django_assert_max_num_queries):
    assert Demand.objects.count() == COUNT
    for user in (admin, alice):
        client = login(user)
        with django_assert_max_num_queries(16):
            response = client.get("/demands/", {"status": "in_progress", "page": "3"})
        assert response.status_code == 200
        assert response.content.decode().count("data-demand=") == 50
    client = login(leader)
    with django_assert_max_num_queries(16):
        response = client.get("/demands/baobao/mine/")
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("data-enterprise=") == 100
