"""The chains demo: synthetic 招商 targets that read true."""
import pytest

from actiondesk.chains.demo import TARGET_CITIES, load_demo
from actiondesk.chains.models import InvestmentTarget

pytestmark = pytest.mark.django_db


def test_a_demo_target_names_no_city_but_the_one_it_is_located_in(zone, plan):
    load_demo(zone=zone, plan=plan, console=None)
    targets = list(InvestmentTarget.objects.filter(segment__chain__zone=zone).values_list("company_name", "location"))
    assert len(targets) > 13
    assert [(name, city) for name, city in targets
            if city not in TARGET_CITIES or any(c in name for c in TARGET_CITIES if c != city)] == []
