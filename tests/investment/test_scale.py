"""The chain map with its pipeline panel keeps a fixed number of queries at 100,000 enterprises."""
import datetime
import random

import pytest
from django.urls import reverse

from actiondesk.chains.models import Chain, ChainSegment
from actiondesk.core.scoping import SYSTEM
from actiondesk.investment import services
from actiondesk.projects.generate import bench_chains, bench_enterprises

pytestmark = pytest.mark.django_db


@pytest.fixture
def crowded_zone(zone, departments):
    bench_enterprises(zone, 100_000)
    bench_chains(zone, placed=10_000, rng=random.Random(7))
    for i, segment in enumerate(ChainSegment.objects.filter(chain__zone=zone).select_related("chain")[:60]):
        lead = services.lead_create(zone=zone, acting_user=SYSTEM, company_name=f"目标企业{i}",  # test set-up
                                    chain=segment.chain, segment=segment, created_on=datetime.date(2026, 1, 5))
        if i % 3 == 0:
            services.lead_advance(lead=lead, stage="signed", on=datetime.date(2026, 3, 1), acting_user=SYSTEM,
                                  today=datetime.date(2026, 11, 1))
    return zone


def test_the_chain_map_with_leads_and_projects_runs_bounded_queries_at_100000_enterprises(
        login, leader, crowded_zone, django_assert_max_num_queries):
    client = login(leader)
    chain = Chain.objects.filter(zone=crowded_zone, leads__isnull=False).first()
    with django_assert_max_num_queries(30):
        body = client.get(reverse("chains:chain_map", args=[chain.pk])).content.decode()
    assert 'id="chain-pipeline"' in body and "data-project=" in body
    with django_assert_max_num_queries(12):
        assert client.get(reverse("investment:lead_list")).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(reverse("investment:conversion")).status_code == 200
