"""The 招商 demo: synthetic leads that read true."""
import pytest
from rich.console import Console

from actiondesk.chains.demo import load_demo as load_chains
from actiondesk.investment.demo import CITIES, load_demo
from actiondesk.investment.models import Lead

pytestmark = pytest.mark.django_db


def test_a_demo_lead_is_located_in_the_city_its_company_name_starts_with(zone, full_plan, departments):
    load_chains(zone=zone, plan=full_plan, console=Console(quiet=True))
    load_demo(zone=zone, plan=full_plan, console=Console(quiet=True))
    leads = list(Lead.objects.filter(zone=zone))
    assert len(leads) > 12
    named = [(lead.company_name, lead.company_location) for lead in leads
             if any(lead.company_name.startswith(city) for city in CITIES)]
    assert len(named) > len(leads) / 2
    assert [(name, city) for name, city in named if not name.startswith(city)] == []
