"""Worked examples: stage history, local conversion counted once, technology-contract growth."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from actiondesk.core.keepers import keepers_set
from actiondesk.core.metrics import MetricContext, get_metric
from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.innovation import services
from actiondesk.innovation.choices import AchievementStage, PlatformKind
from actiondesk.innovation.selectors import contract_growth, contract_growth_by_month

D = datetime.date


OCT = D(2026, 10, 31)


def ctx(zone, end=OCT):
    return MetricContext(zone.pk, end.year, end)


def value(name, zone, end=OCT):
    return get_metric(name).value(ctx(zone, end))


def test_an_achievement_moves_forward_with_dated_evidence_and_its_history_is_kept(achievement, alice):
    services.achievement_advance(achievement=achievement, stage=AchievementStage.CONCEPT, on=D(2026, 3, 1),
                                 evidence="概念验证报告", acting_user=alice)
    services.achievement_advance(achievement=achievement, stage=AchievementStage.PILOT, on=D(2026, 3, 1),
                                 evidence="中试合同", acting_user=alice)
    achievement.refresh_from_db()
    assert achievement.stage == AchievementStage.PILOT and achievement.stage_on == D(2026, 3, 1)
    assert [(e.stage, e.on) for e in achievement.stage_events.all()] == [
        ("mining", D(2026, 2, 10)), ("concept", D(2026, 3, 1)), ("pilot", D(2026, 3, 1))]
    assert AuditEntry.objects.filter(object_id=str(achievement.pk), action="workflow").count() == 2


def test_a_stage_dated_before_the_previous_stage_is_refused(achievement, alice):
    services.achievement_advance(achievement=achievement, stage=AchievementStage.CONCEPT, on=D(2026, 5, 1),
                                 acting_user=alice)
    with pytest.raises(ValidationError, match="不能早于上一阶段"):
        services.achievement_advance(achievement=achievement, stage=AchievementStage.PILOT, on=D(2026, 4, 30),
                                     acting_user=alice)
    achievement.refresh_from_db()
    assert achievement.stage == AchievementStage.CONCEPT and achievement.stage_events.count() == 2


def test_the_pipeline_never_goes_back_and_termination_needs_a_reason(achievement, alice):
    services.achievement_advance(achievement=achievement, stage=AchievementStage.PILOT, on=D(2026, 5, 1),
                                 acting_user=alice)
    with pytest.raises(ValidationError, match="只能向后推进"):
        services.achievement_advance(achievement=achievement, stage=AchievementStage.CONCEPT, on=D(2026, 6, 1),
                                     acting_user=alice)
    with pytest.raises(ValidationError, match="原因"):
        services.achievement_advance(achievement=achievement, stage=AchievementStage.TERMINATED, on=D(2026, 6, 1),
                                     acting_user=alice)
    services.achievement_advance(achievement=achievement, stage=AchievementStage.TERMINATED, on=D(2026, 6, 1),
                                 reason="中试失败", acting_user=alice)
    achievement.refresh_from_db()
    assert achievement.terminated_reason == "中试失败"


def test_an_achievement_taken_up_by_two_local_enterprises_counts_once(zone, achievement, enterprises, alice):
    services.achievement_adopt(achievement=achievement, enterprise=enterprises[0], adopted_on=D(2026, 6, 1),
                               acting_user=alice)
    services.achievement_adopt(achievement=achievement, enterprise=enterprises[1], adopted_on=D(2026, 7, 1),
                               acting_user=alice)
    assert value("innovation.locally_converted", zone) == 1
    assert value("innovation.locally_converted", zone, D(2026, 5, 31)) == 0


def test_an_achievement_first_converted_last_year_is_not_counted_this_year(zone, achievement, enterprises, alice):
    services.achievement_adopt(achievement=achievement, enterprise=enterprises[0], adopted_on=D(2025, 11, 1),
                               acting_user=alice)
    services.achievement_adopt(achievement=achievement, enterprise=enterprises[1], adopted_on=D(2026, 3, 1),
                               acting_user=alice)
    assert value("innovation.locally_converted", zone) == 0


def test_a_conversion_outside_the_zone_is_not_local(zone, achievement, enterprises, alice):
    services.achievement_adopt(achievement=achievement, enterprise=enterprises[0], adopted_on=D(2026, 6, 1),
                               is_local=False, acting_user=alice)
    assert value("innovation.locally_converted", zone) == 0


def test_the_high_value_rule_is_the_zones_and_editing_it_reclassifies(zone, achievement, alice):
    assert achievement.is_high_value  # TRL 5 ≥ 4 and 800 万元 ≥ 500
    services.high_value_rule_update(zone=zone, acting_user=alice, min_expected_value=1000)
    achievement.refresh_from_db()
    assert not achievement.is_high_value


def test_validated_high_value_achievements_count_the_first_validation_in_the_year(zone, achievement, alice):
    assert value("innovation.validated_high_value_achievements", zone) == 0
    services.achievement_advance(achievement=achievement, stage=AchievementStage.CONCEPT, on=D(2026, 4, 1),
                                 acting_user=alice)
    services.achievement_advance(achievement=achievement, stage=AchievementStage.PILOT, on=D(2026, 8, 1),
                                 acting_user=alice)
    assert value("innovation.validated_high_value_achievements", zone) == 1


def test_new_pilot_platforms_and_events_are_counted_in_their_year(zone, departments, alice):
    services.platform_create(zone=zone, acting_user=alice, name="氢冶金中试基地", kind=PlatformKind.PILOT,
                             level="provincial", host="东北大学", established_on=D(2026, 4, 1))
    services.platform_create(zone=zone, acting_user=alice, name="检验检测中试平台", kind=PlatformKind.PILOT,
                             host="中辽检测", established_on=D(2025, 4, 1))
    services.event_create(zone=zone, acting_user=alice, title="新材料成果路演", kind="roadshow", held_on=D(2026, 5, 20),
                          organiser="产业创新局", intentions=3)
    assert value("innovation.new_pilot_platforms", zone) == 1
    assert value("innovation.events", zone) == 1


def _contract(zone, number, on, amount):
    return services.contract_create(zone=zone, acting_user=SYSTEM, number=number, name="技术开发合同", seller="东北大学",
                                    buyer="沈抚精工", contract_type="development", amount=Decimal(amount), signed_on=on)


def test_contract_growth_against_the_same_period_last_year(zone):
    _contract(zone, "A1", D(2025, 2, 10), 100)
    _contract(zone, "A2", D(2025, 3, 20), 100)   # after 15 March last year: outside the same period
    _contract(zone, "B1", D(2026, 1, 5), 150)
    _contract(zone, "B2", D(2026, 3, 15), 90)
    growth = contract_growth(zone.pk, D(2026, 3, 15))
    assert (growth.this_year, growth.last_year, growth.growth) == (Decimal(240), Decimal(100), Decimal("140.00"))
    assert value("innovation.tech_contract_growth", zone, D(2026, 3, 15)) == Decimal("140.00")


def test_a_month_with_no_contracts_last_year_has_no_growth_and_the_cumulative_still_does(zone):
    _contract(zone, "A1", D(2025, 1, 10), 200)
    _contract(zone, "B1", D(2026, 1, 10), 180)
    _contract(zone, "B2", D(2026, 2, 10), 70)   # February 2025 had none
    months = contract_growth_by_month(zone.pk, 2026)
    jan, feb = months[0], months[1]
    assert jan.growth == Decimal("-10.00")
    assert (feb.this_year, feb.last_year, feb.growth) == (Decimal(70), Decimal(0), None)
    assert feb.cumulative.growth == Decimal("25.00")  # 250 against 200


def test_growth_with_nothing_last_year_is_no_value_rather_than_infinite(zone):
    _contract(zone, "B1", D(2026, 2, 10), 70)
    assert value("innovation.tech_contract_growth", zone) is None


def test_department_staff_outside_the_keeper_department_cannot_record_achievements(zone, bob, departments):
    with pytest.raises(PermissionDenied):
        services.achievement_create(zone=zone, acting_user=bob, found_on=D(2026, 1, 1), code="X", title="X",
                                    institution="东北大学")


def test_an_admin_can_name_another_keeper_department(zone, admin, bob, departments):
    keepers_set(zone=zone, area="innovation.registry", departments=[departments["发展改革局"]], acting_user=admin)
    created = services.achievement_create(zone=zone, acting_user=bob, found_on=D(2026, 1, 1), code="X", title="X",
                                          institution="东北大学")
    assert created.pk


def test_monthly_contract_totals_keep_two_places_where_the_database_sums_in_floating_point(zone):
    for number, amount in (("C1", "0.10"), ("C2", "0.20"), ("C3", "381.09")):
        _contract(zone, number, D(2026, 1, 10), amount)
    jan = contract_growth_by_month(zone.pk, 2026)[0]
    assert str(jan.this_year) == "381.39"
    assert str(contract_growth(zone.pk, D(2026, 1, 31)).this_year) == "381.39"
