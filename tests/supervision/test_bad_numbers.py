"""Issue 11.1: targets, actuals, thresholds and settings refuse numbers the zone cannot hold."""
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from actiondesk.plans.models import Indicator
from actiondesk.supervision import services
from actiondesk.supervision.models import IndicatorValue, LastYearValue, SupervisionSettings, TargetRevision
from actiondesk.supervision.services_plan import indicator_revise_target
from actiondesk.supervision.services_settings import indicator_settings_update, supervision_settings_update

pytestmark = pytest.mark.django_db
HUGE = ["1e400", "1e21", "NaN", "Infinity", "-Infinity"]


def _absolute(plan):
    return Indicator.objects.filter(plan=plan, kind="absolute").exclude(target_value=None).first()


def _pages_open(client, plan, indicator):
    for url in (reverse("supervision:battle_map"), reverse("plans:indicator_detail", args=[indicator.pk]),
                f"/api/supervision/{plan.pk}/battle-map", f"/api/supervision/{plan.pk}/status"):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("value", HUGE)
def test_the_revise_api_refuses_a_target_beyond_reason(login, admin, plan, periods, value):
    indicator = _absolute(plan)
    client = login(admin)
    response = client.post(f"/api/supervision/indicators/{indicator.pk}/revise",
                           {"value": value, "reason": "测试"}, content_type="application/json")
    assert response.status_code in (400, 422)
    assert not TargetRevision.objects.exists()
    _pages_open(client, plan, indicator)


def test_the_revise_api_is_refused_to_a_leader(login, leader, plan):
    indicator = _absolute(plan)
    response = login(leader).post(f"/api/supervision/indicators/{indicator.pk}/revise",
                                  {"value": "8", "reason": "测试"}, content_type="application/json")
    assert response.status_code == 403


@pytest.mark.parametrize("value", [*HUGE, "-5", "abc"])
def test_the_revise_page_shows_the_problem_and_stores_nothing(login, admin, plan, periods, value):
    indicator = _absolute(plan)
    response = login(admin).post(reverse("supervision:indicator_revise", args=[indicator.pk]),
                                 {"value": value, "reason": "测试"})
    assert response.status_code == 200 and "调整后目标：" in response.content.decode()
    assert not TargetRevision.objects.exists()


def test_a_growth_rate_target_stays_within_the_percentage_range(admin, plan):
    indicator = Indicator.objects.filter(plan=plan, kind="growth_rate").first()
    with pytest.raises(ValidationError, match="不能大于 10000"):
        indicator_revise_target(indicator=indicator, value="20000", reason="x", acting_user=admin)
    with pytest.raises(ValidationError, match="不能小于 -100"):
        indicator_revise_target(indicator=indicator, value="-150", reason="x", acting_user=admin)
    assert indicator_revise_target(indicator=indicator, value="-5", reason="下调", acting_user=admin).value == -5


@pytest.mark.parametrize("value", ["1e30", "NaN", "Infinity"])
def test_a_department_report_refuses_an_actual_beyond_the_column(alice, plan, periods, duty, value):
    report = services.report_open(period=periods[6], acting_user=alice)
    indicator_id = next(iter(duty.indicators_of(alice.membership.department_id)))
    with pytest.raises(ValidationError, match="累计完成"):
        services.report_save(report=report, acting_user=alice, values={indicator_id: {"value": value}})
    assert not IndicatorValue.objects.exists()


def test_the_report_api_refuses_an_actual_beyond_the_column(login, alice, plan, periods, duty):
    indicator_id = next(iter(duty.indicators_of(alice.membership.department_id)))
    response = login(alice).post(f"/api/supervision/periods/{periods[6].pk}/report",
                                 {"values": [{"indicator": indicator_id, "value": "1e30"}]},
                                 content_type="application/json")
    assert response.status_code in (400, 422)
    assert not IndicatorValue.objects.exists()


@pytest.mark.parametrize("field, value", [("normal_band", "1e30"), ("severe_band", "NaN"), ("due_day", "1e9"),
                                          ("weight_on_time", "-1"), ("escalate_after_days", "2.5")])
def test_plan_settings_refuse_numbers_beyond_their_fields(admin, plan, field, value):
    with pytest.raises(ValidationError) as caught:
        supervision_settings_update(plan=plan, acting_user=admin, **{field: value})
    assert field in caught.value.message_dict
    assert not SupervisionSettings.objects.exists()


def test_indicator_settings_refuse_infinite_last_year_values_and_bands(admin, plan):
    indicator = Indicator.objects.filter(plan=plan, kind="growth_rate").first()
    with pytest.raises(ValidationError):
        indicator_settings_update(indicator=indicator, acting_user=admin, last_year={3: "Infinity"})
    with pytest.raises(ValidationError):
        indicator_settings_update(indicator=indicator, acting_user=admin, normal_band="1e400")
    with pytest.raises(ValidationError):
        indicator_settings_update(indicator=indicator, acting_user=admin, last_year={3: "1e30"})
    assert not LastYearValue.objects.exists()
