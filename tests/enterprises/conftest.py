import datetime

import pytest

from actiondesk.enterprises.models import Certification, Enterprise, EnterpriseYearFigures
from actiondesk.enterprises.services_pool import pool_keepers_set
from tests.enterprises.sheets import code

D = datetime.date


def add_figures(enterprise, year, **values):
    base = {"revenue": 10000, "main_revenue": 9000, "tax": 500, "rnd_expense": 310, "employees": 120,
            "tech_staff": 30, "total_assets": 12000, "liabilities": 5000, "net_profit": 800,
            "hightech_revenue": 7000, "ip_class1": 3, "ip_class2": 6, "equity_financing": 0}
    return EnterpriseYearFigures.objects.create(enterprise=enterprise, year=year, **(base | values))


@pytest.fixture
def profiled(zone, leader):
    """A 科技型中小企业 whose R&D ratio (3.1%) is short of the 高企 bar (4%) for its revenue band."""
    enterprise = Enterprise.objects.create(zone=zone, credit_code=code(7), name="沈抚锐易医疗科技有限公司",
                                           industry_code="C3581", industry_section="C", park="生命健康产业园",
                                           registered_on=D(2016, 4, 1), leader=leader)
    for year in (2022, 2023, 2024, 2025):
        add_figures(enterprise, year, revenue=10000 - (2025 - year) * 1000)
    Certification.objects.create(enterprise=enterprise, kind="tech_sme", granted_on=D(2026, 3, 20),
                                 expires_on=D(2027, 3, 19), certificate_number="2026210400A0001")
    return enterprise


@pytest.fixture
def alice(alice, admin):
    """Here alice's department (产业创新局) keeps the pool, named by the zone admin as on /enterprises/keepers/."""
    pool_keepers_set(zone=alice.membership.zone, acting_user=admin, departments=[alice.membership.department])
    return alice
