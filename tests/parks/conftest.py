import datetime
from decimal import Decimal

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.parks import services


@pytest.fixture
def park(zone, departments):
    """A 现代产业园区 kept by 发展改革局 (bob's department), with one building and one parcel."""
    park = services.park_create(zone=zone, acting_user=SYSTEM, name="联东U谷", kind="modern",  # test set-up
                                area_mu=Decimal("1100"), operator="联东集团")
    services.building_save(park=park, acting_user=SYSTEM, name="1号标准厂房", floor_area_m2=Decimal("20000"),
                           vacant_area_m2=Decimal("3000"))
    parcel = services.parcel_save(park=park, acting_user=SYSTEM, code="SF-07-01", area_mu=Decimal("80"),
                                  min_investment_per_mu=Decimal("300"), min_tax_per_mu=Decimal("20"))
    services.readiness_set(parcel=parcel, item="road", is_ready=True, ready_on=datetime.date(2026, 3, 1),
                           acting_user=SYSTEM)
    return park
