import datetime

import pytest

from actiondesk.core.keepers import keepers_set
from actiondesk.enterprises.models import Certification, Enterprise
from actiondesk.parks.models import Park
from tests.enterprises.figures import add_figures
from tests.enterprises.sheets import code

D = datetime.date


@pytest.fixture
def profiled(zone, leader):
    """A 科技型中小企业 whose R&D ratio (3.1%) is short of the 高企 bar (4%) for its revenue band."""
    enterprise = Enterprise.objects.create(zone=zone, credit_code=code(7), name="沈抚锐易医疗科技有限公司",
                                           industry_code="C3581", industry_section="C", park=Park.objects.create(zone=zone, name="生命健康产业园"),
                                           registered_on=D(2016, 4, 1), leader=leader)
    for year in (2022, 2023, 2024, 2025):
        add_figures(enterprise, year, revenue=10000 - (2025 - year) * 1000)
    Certification.objects.create(enterprise=enterprise, kind="tech_sme", granted_on=D(2026, 3, 20),
                                 expires_on=D(2027, 3, 19), certificate_number="2026210400A0001")
    return enterprise


@pytest.fixture
def alice(alice, admin):
    """Here alice's department (产业创新局) keeps the pool, named by the zone admin as on the 维护部门 page."""
    keepers_set(zone=alice.membership.zone, area="enterprises.pool", acting_user=admin,
                departments=[alice.membership.department])
    return alice
