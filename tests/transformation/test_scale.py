"""The pool's pages keep a bounded number of queries with 100,000 enterprises in the registry."""
import datetime

import pytest
from django.urls import reverse

from actiondesk.enterprises.choices import ScaleStatus
from actiondesk.enterprises.models import Enterprise
from actiondesk.parks.models import Park
from actiondesk.transformation.choices import FactoryKind, FactoryLevel, RatingStage
from actiondesk.transformation.models import Diagnosis, FactoryRating, TransformationProject
from tests.transformation.helpers import credit_code

pytestmark = pytest.mark.django_db
N = 100_000
PARKS = ["智能制造产业园", "大南工业产业园", "生命健康产业园", "沈抚科技城"]
D = datetime.date


@pytest.fixture
def big_registry(zone, departments):
    """100,000 enterprises, one in five 规上工业; most of those diagnosed, some rated, a few with projects."""
    parks = [Park.objects.create(zone=zone, name=name) for name in PARKS]
    Enterprise.objects.bulk_create([
        Enterprise(zone=zone, credit_code=credit_code(n), name=f"企业{n:06d}", park=parks[n % 4],
                   scale_status=ScaleStatus.INDUSTRY if n % 5 == 0 else ScaleStatus.NONE,
                   scale_entered_on=D(2015, 1, 1) if n % 5 == 0 else None) for n in range(N)], batch_size=5000)
    scale = list(Enterprise.objects.filter(zone=zone, scale_status=ScaleStatus.INDUSTRY).values_list("pk", flat=True))
    Diagnosis.objects.bulk_create([Diagnosis(enterprise_id=pk, diagnosed_on=D(2026, 3, 1), method="self",
                                             level_overall=2) for i, pk in enumerate(scale) if i % 10], batch_size=5000)
    FactoryRating.objects.bulk_create([FactoryRating(enterprise_id=pk, kind=FactoryKind.SMART, level=FactoryLevel.BASIC,
                                                     stage=RatingStage.RECOGNISED, recognised_on=D(2026, 4, 1))
                                       for pk in scale[::50]])
    TransformationProject.objects.bulk_create([TransformationProject(enterprise_id=pk, name="联网")
                                               for pk in scale[::100]])
    return zone




# (page, most queries): session, user and membership, the pool's keepers, the zone's parks and chains for the
# filters, the count, the page of enterprises and its three batched reads (diagnoses, ratings, projects), the
# coverage aggregates; measured on 500 enterprises and the same on 100,000.
PAGES = [
    ("/transformation/", 14),
    ("/transformation/?park=大南工业产业园&smart_level=basic&diagnosed=yes&page=2", 14),
    ("/transformation/coverage/", 11),
    ("/transformation/coverage/?page=5", 11),
    ("/transformation/projects/", 10),
    ("/api/transformation/pool?diagnosed=no&limit=200", 9),
    ("/api/transformation/projects", 5),
]


def test_pool_pages_keep_bounded_queries_with_100000_enterprises(big_registry, login, bob,
                                                                 django_assert_max_num_queries):
    client = login(bob)
    for url, limit in PAGES:
        with django_assert_max_num_queries(limit, info=url):
            response = client.get(url)
        assert response.status_code == 200, url
    response = client.get(reverse("transformation:coverage"))
    assert response.context["total"] == N // 5
    assert response.context["diagnosed"] == N // 5 - N // 50
    assert len(response.context["page"].object_list) == 50
