"""Settings pages: plan thresholds, weights, due day, escalation; an indicator's schedule, bands and values."""
import datetime
from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from actiondesk.core.models import AuditEntry
from actiondesk.plans.services import indicator_update
from actiondesk.supervision import services
from actiondesk.supervision.models import (
    IndicatorSchedule,
    LastYearValue,
    ReferenceValue,
    SupervisionSettings,
)
from actiondesk.supervision.schedules import QUARTERLY
from actiondesk.supervision.selectors import plan_board
from actiondesk.supervision.services_settings import indicator_settings_update, supervision_settings_update

pytestmark = pytest.mark.django_db
SETTINGS = {"due_day": "8", "normal_band": "5", "severe_band": "20", "weight_on_time": "25",
            "weight_progress": "50", "weight_support": "20", "weight_overdue": "15", "weight_returned": "10",
            "escalate_after_days": "7", "milestone_severe_days": "45"}


def _shares(percents):
    return {f"share_{m}": str(p) for m, p in enumerate(percents, start=1)}


def test_department_users_and_outsiders_cannot_open_or_change_settings(login, alice, mallory, leader, plan,
                                                                       get_indicator):
    indicator = get_indicator("年度投资")
    plan_url = reverse("supervision:settings") + f"?plan={plan.pk}"
    indicator_url = reverse("supervision:settings_indicator", args=[indicator.pk])
    for user, status in [(alice, 403), (leader, 403)]:
        client = login(user)
        assert client.get(plan_url).status_code == status
        assert client.post(plan_url, SETTINGS).status_code == status
        assert client.get(indicator_url).status_code == status
    client = login(mallory)  # an admin, of another zone
    assert client.get(plan_url).status_code == 404
    assert client.post(plan_url, SETTINGS).status_code == 404
    assert client.post(indicator_url, {"preset": "quarterly"}).status_code == 404
    assert not SupervisionSettings.objects.exists() and not IndicatorSchedule.objects.exists()


def test_supervisor_reads_settings_but_cannot_save_them(login, supervisor, plan, get_indicator):
    client = login(supervisor)
    body = client.get(reverse("supervision:settings") + f"?plan={plan.pk}").content.decode()
    assert "只读" in body and "disabled" in body and "年度投资" in body
    assert client.post(reverse("supervision:settings") + f"?plan={plan.pk}", SETTINGS).status_code == 403
    indicator = get_indicator("年度投资")
    assert client.get(reverse("supervision:settings_indicator", args=[indicator.pk])).status_code == 200
    assert client.post(reverse("supervision:settings_indicator", args=[indicator.pk]),
                       {"preset": "quarterly"}).status_code == 403
    assert not SupervisionSettings.objects.exists() and not IndicatorSchedule.objects.exists()


def test_admin_saves_plan_settings_audited_and_the_battle_map_uses_them(login, admin, plan, periods):
    client = login(admin)
    response = client.post(reverse("supervision:settings") + f"?plan={plan.pk}", SETTINGS)
    assert response.status_code == 302
    saved = SupervisionSettings.objects.get(plan=plan)
    assert (saved.due_day, saved.normal_band, saved.severe_band, saved.weights["progress"]) == (8, 5, 20, 50)
    assert saved.milestone_severe_days == 45
    assert AuditEntry.objects.filter(note="督导设置").count() == 1
    assert plan_board(plan, month=6).settings.severe_band == 20
    body = client.get(reverse("supervision:settings") + f"?plan={plan.pk}").content.decode()
    assert "修改记录" in body and "disabled" not in body


def test_plan_settings_are_validated(login, admin, plan):
    client = login(admin)
    response = client.post(reverse("supervision:settings") + f"?plan={plan.pk}",
                           {**SETTINGS, "normal_band": "30", "severe_band": "10"})
    assert response.status_code == 200 and "严重滞后界限须不小于正常区间" in response.content.decode()
    with pytest.raises(ValidationError):
        supervision_settings_update(plan=plan, acting_user=admin, weight_on_time=0, weight_progress=0, weight_support=0,
                                    weight_overdue=0, weight_returned=0)
    with pytest.raises(ValidationError):
        supervision_settings_update(plan=plan, acting_user=admin, due_day=31)
    assert not SupervisionSettings.objects.exists()


def test_admin_sets_a_quarterly_schedule_from_the_preset_and_status_follows_it(
        login, admin, bob, supervisor, plan, periods, file_report, get_indicator):
    indicator = get_indicator("年度投资")  # target 32 亿元
    response = login(admin).post(reverse("supervision:settings_indicator", args=[indicator.pk]),
                                 {"preset": "quarterly", "normal_band": "", "severe_band": ""})
    assert response.status_code == 302
    assert IndicatorSchedule.objects.get(indicator=indicator).shares == [str(D(s)) for s in QUARTERLY]
    services.report_approve(report=file_report(bob, periods[5], {indicator: 8}), acting_user=supervisor)
    row = next(r for r in plan_board(plan, month=5, today=datetime.date(2026, 6, 20)).indicators
               if r.indicator.pk == indicator.pk)
    assert row.evaluation.expected_share == D(25) and row.status == "ahead"  # 8/32 = 25 %, on the line
    assert AuditEntry.objects.filter(note="指标督导设置").count() == 1


def test_schedule_must_not_decrease_and_must_end_at_100_percent(login, admin, plan, get_indicator):
    indicator = get_indicator("年度投资")
    url = reverse("supervision:settings_indicator", args=[indicator.pk])
    client = login(admin)
    decreasing = [5, 10, 20, 15, 30, 40, 50, 60, 70, 80, 90, 100]
    response = client.post(url, _shares(decreasing))
    assert response.status_code == 200 and "累计比例须递增且12月为1" in response.content.decode()
    response = client.post(url, _shares([5, 10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 95]))
    assert "累计比例须递增且12月为1" in response.content.decode()
    assert "须填满12个月" in client.post(url, {"share_1": "5"}).content.decode()
    assert not IndicatorSchedule.objects.exists()
    assert client.post(url, _shares([5, 10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100])).status_code == 302
    assert IndicatorSchedule.objects.get().shares[2] == "0.2"


def test_band_override_is_validated_and_clearing_everything_falls_back_to_the_plan(admin, plan, get_indicator):
    indicator = get_indicator("年度投资")
    with pytest.raises(ValidationError):
        indicator_settings_update(indicator=indicator, acting_user=admin, normal_band=20, severe_band=10)
    indicator_settings_update(indicator=indicator, acting_user=admin, normal_band=5, severe_band=15)
    assert IndicatorSchedule.objects.get().severe_band == 15
    indicator_settings_update(indicator=indicator, acting_user=admin)
    assert not IndicatorSchedule.objects.exists()


def test_admin_enters_last_year_values_for_a_growth_rate_indicator(login, admin, alice, periods, get_indicator):
    indicator = get_indicator("技术合同成交额增速")
    indicator_update(indicator=indicator, acting_user=admin, lead_department=alice.membership.department)
    url = reverse("supervision:settings_indicator", args=[indicator.pk])
    client = login(admin)
    assert "上年同期累计值" in client.get(url).content.decode()
    assert client.post(url, {"last_year_6": "50", "last_year_12": "120"}).status_code == 302
    assert dict(LastYearValue.objects.values_list("month", "value")) == {6: 50, 12: 120}
    client.post(url, {"last_year_6": "55"})  # an emptied month is removed
    assert dict(LastYearValue.objects.values_list("month", "value")) == {6: 55}
    with pytest.raises(ValidationError):
        indicator_settings_update(indicator=get_indicator("年度投资"), acting_user=admin, last_year={6: 10})


def test_admin_reference_values_prevail_over_the_report_for_relative_targets(admin, plan, periods, get_indicator):
    indicator = get_indicator("规上工业增加值增速")  # > 全省平均水平
    indicator_settings_update(indicator=indicator, acting_user=admin, references={6: "6.3"})
    assert ReferenceValue.objects.get().value == D("6.3")
    row = next(r for r in plan_board(plan, month=6).indicators if r.indicator.pk == indicator.pk)
    assert row.references == {6: D("6.3")}


def test_only_the_zone_admin_may_call_the_settings_services(plan, leader, supervisor, mallory, get_indicator):
    indicator = get_indicator("年度投资")
    for user in (leader, supervisor, mallory):
        with pytest.raises(PermissionDenied):
            supervision_settings_update(plan=plan, acting_user=user, due_day=6)
        with pytest.raises(PermissionDenied):
            indicator_settings_update(indicator=indicator, acting_user=user, normal_band=5)


def test_the_indicator_settings_name_the_months_in_english_when_english_is_chosen(login, admin, get_indicator):
    client = login(admin)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    body = client.get(reverse("supervision:settings_indicator", args=[get_indicator("年度投资").pk])).content.decode()
    assert "<th>1月</th>" not in body and "<th>Month 1</th>" in body
