"""Park pages keep a fixed number of queries with 100,000 enterprises in four parks (bulk-created)."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from actiondesk.enterprises.models import Enterprise, EnterpriseYearFigures, ParkTenancy
from actiondesk.parks.models import Park
from actiondesk.projects.generate import bench_enterprises

pytestmark = pytest.mark.django_db
N = 100_000


@pytest.fixture
def crowded_zone(zone, departments):
    bench_enterprises(zone, N)  # four parks, 25,000 enterprises each
    rows = Enterprise.objects.filter(zone=zone).values_list("pk", "park_id")
    ParkTenancy.objects.bulk_create(
        [ParkTenancy(enterprise_id=pk, park_id=park_id, area_mu=Decimal(5 + pk % 20),
                     moved_in_on=datetime.date(2025, 1 + pk % 12, 1)) for pk, park_id in rows], batch_size=5000)
    EnterpriseYearFigures.objects.bulk_create(
        [EnterpriseYearFigures(enterprise_id=pk, year=2025, revenue=Decimal(1000 + pk % 500), tax=Decimal(50),
                               energy_tce=Decimal(80)) for pk, _park in rows[:20_000]], batch_size=5000)
    return zone


def test_the_registry_and_a_park_page_run_bounded_queries_at_100000_enterprises(
        login, bob, crowded_zone, django_assert_max_num_queries):
    client = login(bob)
    park = Park.objects.get(zone=crowded_zone, name="联东U谷")
    with django_assert_max_num_queries(16):
        body = client.get(reverse("parks:park_list"), {"year": 2025}).content.decode()
    assert 'data-park="联东U谷"' in body and "park-yield-data" in body
    with django_assert_max_num_queries(20):
        body = client.get(reverse("parks:park_detail", args=[park.pk]), {"year": 2025}).content.decode()
    assert "25000" in body and 'id="output-per-mu"' in body
    with django_assert_max_num_queries(12):
        assert client.get(f"/api/parks/{park.pk}").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(f"/api/enterprises/parks/{park.pk}/land-yield", {"year": 2025}).json()["enterprises"] == N // 4
