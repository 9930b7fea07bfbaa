"""Worked examples of the seven metrics, computed from registry rows the way the battle map's refresh does."""
from decimal import Decimal

import pytest

from actiondesk.core.metrics import MetricContext, get_metric
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.choices import ScaleStatus
from actiondesk.transformation import services
from actiondesk.transformation.choices import CaseStatus, FactoryKind, FactoryLevel, ProjectState, RatingStage
from actiondesk.transformation.models import TransformationCase, TransformationProject
from tests.transformation.helpers import D, diagnose, enterprise, rate

pytestmark = pytest.mark.django_db


def value(name, zone, end):
    return get_metric(f"transformation.{name}").value(MetricContext(zone.pk, end.year, end))


def test_coverage_follows_enterprises_entering_and_leaving_scale_during_the_year(zone):
    a = enterprise(zone, 1, entered=D(2019, 1, 1))
    b = enterprise(zone, 2, entered=D(2021, 5, 1))
    joiner = enterprise(zone, 3, entered=D(2026, 6, 15))  # enters 规上 in June
    leaver = enterprise(zone, 4, scale=ScaleStatus.NONE)  # was 规上, left it (the registry says 规下 now)
    enterprise(zone, 5, scale=ScaleStatus.SERVICE, entered=D(2020, 1, 1))  # 规上服务业: not an industrial enterprise
    diagnose(a, D(2026, 3, 2))
    diagnose(leaver, D(2026, 2, 1))  # its diagnosis no longer counts for the zone's 规上 coverage
    diagnose(b, D(2025, 11, 20))  # last year: not this plan year
    # March: A and B are 规上 (the joiner is not yet); A diagnosed → 1 of 2
    assert value("diagnosis_coverage", zone, D(2026, 3, 31)) == Decimal("50")
    # June: the joiner counts from its 入规 date, undiagnosed → 1 of 3
    assert value("diagnosis_coverage", zone, D(2026, 6, 30)) == Decimal("33.3")
    diagnose(joiner, D(2026, 7, 10))
    assert value("diagnosis_coverage", zone, D(2026, 7, 31)) == Decimal("66.7")
    diagnose(b, D(2026, 8, 1))
    assert value("diagnosis_coverage", zone, D(2026, 8, 31)) == Decimal("100")


def test_a_configured_validity_counts_last_years_diagnosis(zone, admin):
    firm = enterprise(zone, 1, entered=D(2019, 1, 1))
    diagnose(firm, D(2025, 11, 20))
    assert value("diagnosis_coverage", zone, D(2026, 3, 31)) == Decimal("0")
    services.diagnosis_validity_set(zone=zone, acting_user=admin, months=12)
    assert value("diagnosis_coverage", zone, D(2026, 3, 31)) == Decimal("100")
    assert value("diagnosis_coverage", zone, D(2026, 12, 31)) == Decimal("0")  # 12 months after it, it lapsed


def test_coverage_has_no_value_when_the_zone_has_no_scale_industry_enterprise(zone):
    assert value("diagnosis_coverage", zone, D(2026, 3, 31)) is None


def test_an_upgraded_factory_counts_once_as_new_advanced_in_the_smart_factory_metric(zone):
    upgraded, other = enterprise(zone, 1), enterprise(zone, 2)
    rate(upgraded, FactoryLevel.BASIC, D(2026, 3, 10))
    rate(upgraded, FactoryLevel.ADVANCED, D(2026, 9, 18))
    rate(other, FactoryLevel.BASIC, D(2026, 4, 1))
    rate(other, FactoryLevel.EXCELLENT, D(2026, 5, 1), stage=RatingStage.APPLYING)  # 申报 only: not counted
    assert value("new_smart_basic_advanced", zone, D(2026, 8, 31)) == 2  # both still 基础级 in August
    assert value("new_smart_basic_advanced", zone, D(2026, 10, 31)) == 2  # one 先进级 (upgraded) and one 基础级
    assert value("new_smart_excellent", zone, D(2026, 10, 31)) == 0


def test_an_expired_green_factory_does_not_count(zone):
    expired, valid, city = enterprise(zone, 1), enterprise(zone, 2), enterprise(zone, 3)
    g = FactoryKind.GREEN
    rate(expired, FactoryLevel.PROVINCIAL, D(2026, 2, 1), kind=g, expires=D(2026, 6, 30))
    rate(valid, FactoryLevel.NATIONAL, D(2026, 5, 1), kind=g, expires=D(2029, 4, 30))
    rate(city, FactoryLevel.MUNICIPAL, D(2026, 5, 1), kind=g)
    assert value("new_green_provincial", zone, D(2026, 5, 31)) == 2
    assert value("new_green_provincial", zone, D(2026, 10, 31)) == 1
    rate(enterprise(zone, 4), FactoryLevel.BASIC, D(2026, 7, 1))
    assert value("new_smart_and_green", zone, D(2026, 10, 31)) == 3  # the national, the municipal and the smart one


def test_transformed_enterprises_count_completed_projects_each_enterprise_once(zone):
    firm, other = enterprise(zone, 1), enterprise(zone, 2)
    for name, state, done in (("联网", ProjectState.COMPLETED, D(2026, 3, 1)), ("MES", ProjectState.ACCEPTED,
                              D(2026, 6, 1)), ("仓储", ProjectState.IN_PROGRESS, None)):
        TransformationProject.objects.create(enterprise=firm, name=name, state=state, completed_on=done)
    TransformationProject.objects.create(enterprise=other, name="旧", state=ProjectState.ACCEPTED,
                                         completed_on=D(2025, 12, 1))
    assert value("transformed_enterprises", zone, D(2026, 10, 31)) == 1


def test_cases_count_when_published_in_the_year(zone, alice, departments):
    project = TransformationProject.objects.create(enterprise=enterprise(zone, 1), name="联网")
    case = services.case_save(project=project, acting_user=alice, title="设备联网")
    assert value("published_cases", zone, D(2026, 12, 31)) == 0
    services.case_review(case=case, acting_user=alice, status=CaseStatus.PUBLISHED, on=D(2026, 9, 1))
    assert value("published_cases", zone, D(2026, 12, 31)) == 1
    services.case_save(project=project, case=TransformationCase.objects.get(pk=case.pk), acting_user=SYSTEM,
                       title="设备联网（修订）")
    assert value("published_cases", zone, D(2026, 12, 31)) == 0  # an edited case waits for review again
