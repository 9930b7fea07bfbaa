"""亩均效益: the worked example of a park whose enterprises move in and out during the year."""
import datetime
from decimal import Decimal

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise, EnterpriseYearFigures
from actiondesk.enterprises.park_yield import park_yields, zone_yield
from actiondesk.enterprises.services_parks import tenancy_end, tenancy_record
from actiondesk.parks.land_yield import Stay, land_yield, year_share
from tests.enterprises.sheets import code

D = datetime.date
# 2025 has 365 days. A holds 100 亩 all year; B moves in on 1 July (184 days, share 184/365) on 50 亩;
# C leaves on 1 April (90 days, share 90/365) from 40 亩 and reported no energy figure.
#   output: (20000 + 184/365·7300 + 90/365·3650) ÷ (100 + 184/365·50 + 90/365·40) = 24580 ÷ 135.07 = 181.98
#   tax:    (1000 + 184/365·730 + 90/365·73) ÷ 135.07 = 1386 ÷ 135.07 = 10.26
#   energy: (3000 + 184/365·365) ÷ (100 + 184/365·50) = 3184 ÷ 125.21 = 25.43 (C left out of both sides)
# Counting every tenant's whole year and whole land instead would give 30950 ÷ 190 = 162.89.
STAYS = [Stay(Decimal(100), D(2020, 1, 1), None, Decimal(20000), Decimal(1000), Decimal(3000)),
         Stay(Decimal(50), D(2025, 7, 1), None, Decimal(7300), Decimal(730), Decimal(365)),
         Stay(Decimal(40), D(2019, 3, 1), D(2025, 4, 1), Decimal(3650), Decimal(73), None)]


def test_a_stay_counts_for_the_days_of_the_year_it_covers():
    assert year_share(2025, D(2025, 7, 1), None) == Decimal(184) / Decimal(365)
    assert year_share(2025, None, D(2025, 4, 1)) == Decimal(90) / Decimal(365)
    assert year_share(2025, D(2026, 1, 1), None) == 0 and year_share(2025, None, D(2025, 1, 1)) == 0
    assert year_share(2024, D(2020, 1, 1), None) == 1  # a leap year is its 366 days


def test_the_worked_example_weights_mid_year_moves_by_days_in_the_park():
    result = land_yield(2025, STAYS)
    assert result.enterprises == 3 and result.land_mu_years == Decimal("135.07")
    assert (result.output_per_mu, result.tax_per_mu, result.energy_per_mu) == (
        Decimal("181.98"), Decimal("10.26"), Decimal("25.43"))


def test_an_enterprise_alone_in_a_park_keeps_its_own_figure_whatever_day_it_moved_in():
    alone = land_yield(2025, [Stay(Decimal(50), D(2025, 10, 1), None, Decimal(7300), None, None)])
    assert alone.output_per_mu == Decimal("146.00") and alone.tax_per_mu is None


def test_a_park_without_land_in_use_has_no_figure_rather_than_zero():
    result = land_yield(2025, [Stay(Decimal(50), D(2026, 2, 1), None, Decimal(7300))])
    assert result.enterprises == 0 and result.output_per_mu is None


def _enterprise(zone, n, name, revenue, tax, energy):
    enterprise = Enterprise.objects.create(zone=zone, credit_code=code(n), name=name)
    EnterpriseYearFigures.objects.create(enterprise=enterprise, year=2025, revenue=revenue, tax=tax,
                                         energy_tce=energy)
    return enterprise


@pytest.mark.django_db
def test_the_registry_gives_the_worked_example_from_tenancies_and_yearly_figures(zone, park, bob):
    a = _enterprise(zone, 1, "甲公司", 20000, 1000, 3000)
    b = _enterprise(zone, 2, "乙公司", 7300, 730, 365)
    c = _enterprise(zone, 3, "丙公司", 3650, 73, None)
    tenancy_record(enterprise=a, park=park, area_mu=Decimal(100), moved_in_on=D(2020, 1, 1), acting_user=bob)
    tenancy_record(enterprise=b, park=park, area_mu=Decimal(50), moved_in_on=D(2025, 7, 1), acting_user=bob)
    stay = tenancy_record(enterprise=c, park=park, area_mu=Decimal(40), moved_in_on=D(2019, 3, 1), acting_user=bob)
    tenancy_end(tenancy=stay, moved_out_on=D(2025, 4, 1), acting_user=bob)
    result = park_yields([park.pk], 2025)[park.pk]
    assert (result.output_per_mu, result.tax_per_mu, result.energy_per_mu) == (
        Decimal("181.98"), Decimal("10.26"), Decimal("25.43"))
    assert zone_yield(zone.pk, 2025) == result  # the zone's only park
    assert Enterprise.objects.get(pk=b.pk).park == park  # moving in places the enterprise in the park


@pytest.mark.django_db
def test_moving_to_another_park_ends_the_first_stay_on_the_moving_day(zone, park, bob):
    from actiondesk.parks.services import park_create

    other = park_create(zone=zone, acting_user=SYSTEM, name="中南高科")  # test set-up
    firm = _enterprise(zone, 4, "丁公司", 3650, 365, 100)
    first = tenancy_record(enterprise=firm, park=park, area_mu=Decimal(10), moved_in_on=D(2024, 1, 1),
                           acting_user=bob)
    tenancy_record(enterprise=firm, park=other, area_mu=Decimal(10), moved_in_on=D(2025, 7, 1), acting_user=bob)
    first.refresh_from_db()
    firm.refresh_from_db()
    assert first.moved_out_on == D(2025, 7, 1) and firm.park == other
    yields = park_yields([park.pk, other.pk], 2025)
    assert yields[park.pk].land_mu_years + yields[other.pk].land_mu_years == Decimal("10.00")


@pytest.mark.django_db
def test_only_the_parks_department_records_tenancies(zone, park, alice):
    from django.core.exceptions import PermissionDenied

    firm = _enterprise(zone, 5, "戊公司", 100, 1, 1)
    with pytest.raises(PermissionDenied):
        tenancy_record(enterprise=firm, park=park, area_mu=Decimal(10), moved_in_on=D(2025, 1, 1),
                       acting_user=alice)
