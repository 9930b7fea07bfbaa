"""Demands fixtures: the zone's categories, two enterprises with their portal contacts, a demand factory."""
import datetime

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.demands import services, services_portal, services_registry
from actiondesk.enterprises.models import Enterprise

D = datetime.date
SEPTEMBER_FIRST = D(2026, 9, 1)


@pytest.fixture
def categories(zone, alice, leader):
    return {name: services_registry.category_save(zone=zone, name=name, accept_days=a, resolve_days=r, owner=alice,
                                                  leader_in_charge=leader, acting_user=SYSTEM)
            for name, a, r in (("用地", 5, 30), ("融资", 5, 20), ("水电气热", 3, 10))}


@pytest.fixture
def enterprise(zone, leader):
    return Enterprise.objects.create(zone=zone, credit_code="91210400MA0000015D", name="沈抚精密机械有限公司",
                                     scale_status="industry", leader=leader)


@pytest.fixture
def other_enterprise(zone):
    return Enterprise.objects.create(zone=zone, credit_code="91210400MA00000238", name="辽宁新材料有限公司",
                                     scale_status="service")


@pytest.fixture
def contact(enterprise):
    return services_portal.contact_create(enterprise=enterprise, username="qiye01", password="pw-test-2026",
                                          acting_user=SYSTEM).user


@pytest.fixture
def other_contact(other_enterprise):
    return services_portal.contact_create(enterprise=other_enterprise, username="qiye02", password="pw-test-2026",
                                          acting_user=SYSTEM).user


@pytest.fixture
def make_demand(enterprise, categories):
    def _make(title="厂房扩建用地指标", category="用地", today=SEPTEMBER_FIRST, **kwargs):
        return services.demand_raise(enterprise=kwargs.pop("enterprise", enterprise), category=categories[category],
                                     title=title, channel=kwargs.pop("channel", "hotline"), acting_user=SYSTEM,
                                     today=today, **kwargs)

    return _make
