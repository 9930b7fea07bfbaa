"""Each plan metric over a small known population."""
import datetime

import pytest

from actiondesk.core.metrics import MetricContext, get_metric
from actiondesk.enterprises.models import Certification, Enterprise, EnterpriseYearFigures
from tests.enterprises.sheets import code

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def population(zone, other_zone):
    def firm(n, zone=zone, **values):
        return Enterprise.objects.create(zone=zone, credit_code=code(n), name=f"企业{n}", **values)

    def cert(enterprise, kind, granted_on):
        Certification.objects.create(enterprise=enterprise, kind=kind, granted_on=granted_on)

    def figures(enterprise, year, revenue, tax):
        EnterpriseYearFigures.objects.create(enterprise=enterprise, year=year, revenue=revenue, tax=tax)

    a, b, c, d, e, f = (firm(i) for i in range(1, 7))
    outsider = firm(99, zone=other_zone)
    cert(a, "tech_sme", D(2026, 3, 1))
    cert(a, "high_tech", D(2026, 5, 1))        # a counts once
    cert(b, "gazelle", D(2026, 7, 1))
    cert(c, "high_tech", D(2026, 11, 20))      # after the period end
    cert(d, "tech_sme", D(2025, 4, 1))         # last year
    cert(e, "innovative_sme", D(2026, 2, 1))   # not a 科技型 kind
    cert(outsider, "tech_sme", D(2026, 3, 1))  # another zone
    cert(b, "specialised_sme", D(2026, 6, 1))
    cert(c, "little_giant", D(2026, 8, 1))
    cert(d, "single_champion", D(2026, 12, 1))  # after the period end
    for enterprise, status, entered in ((a, "industry", D(2026, 4, 1)), (b, "industry", D(2025, 4, 1)),
                                        (c, "service", D(2026, 9, 1)), (d, "trade", D(2026, 1, 10)),
                                        (e, "service", D(2026, 11, 1))):
        enterprise.scale_status, enterprise.scale_entered_on = status, entered
        enterprise.save()
    figures(a, 2025, 120000, 5000)   # ≥10亿, ≥1亿, tax ≥1000万
    figures(a, 2026, 90000, 900)     # latest year counts: ≥1亿 only, tax 100–1000万
    figures(b, 2025, 15000, 1200)    # ≥1亿, tax ≥1000万
    figures(c, 2024, 200000, 20000)  # older year, but c has no later figures: still counts
    figures(d, 2025, 9999.99, 100)   # just under 1亿; tax exactly 100万 counts as 100–1000万
    figures(e, 2027, 500000, 50000)  # future year is ignored
    figures(outsider, 2025, 500000, 50000)
    return zone


@pytest.mark.parametrize(("name", "expected"), [
    ("enterprises.new_tech_enterprises", 2),
    ("enterprises.new_specialised", 2),
    ("enterprises.new_scale_industry", 1),
    ("enterprises.new_scale_service", 2),
    ("enterprises.revenue_over_1bn", 1),
    ("enterprises.revenue_over_100m", 3),
    ("enterprises.tax_over_10m", 2),
    ("enterprises.tax_1m_to_10m", 2),
])
def test_plan_metric_counts_the_known_population_exactly(population, name, expected):
    ctx = MetricContext(zone_id=population.pk, year=2026, period_end=D(2026, 10, 31))
    assert get_metric(name).value(ctx) == expected
