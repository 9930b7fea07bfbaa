"""The report form tells a clerk what to type and catches slips before the report goes: last period's values
are prefilled, each figure shows the status it would produce, a falling or tripled cumulative value and blank
lead tasks ask for confirmation, and the review page shows the same context."""
import pytest
from django.urls import reverse

from actiondesk.core.audit import entries_for
from actiondesk.plans.models import Indicator, Task
from actiondesk.supervision import services
from actiondesk.supervision.models import PeriodReport

pytestmark = pytest.mark.django_db


def _absolute(plan, department="产业创新局"):
    return Indicator.objects.filter(plan=plan, lead_department__name=department, metric="", kind="absolute",
                                    comparator=">=").order_by("pk").first()


def _submitted(file_report, user, period, indicator, value, supervisor):
    services.report_approve(report=file_report(user, period, {indicator: value}), acting_user=supervisor)


def test_last_periods_value_is_prefilled_and_its_status_shown(login, plan, periods, alice, supervisor, file_report):
    indicator = _absolute(plan)
    _submitted(file_report, alice, periods[5], indicator, 3, supervisor)
    body = login(alice).get(reverse("supervision:report_edit", args=[periods[6].pk])).content.decode()
    assert f'name="value_{indicator.pk}" value="3"' in body and 'class="prefilled' in body
    assert f'id="preview-{indicator.pk}"' in body and "data-preview-status=" in body


def test_a_falling_cumulative_value_asks_for_a_reason_before_the_report_goes(login, plan, periods, alice,
                                                                             supervisor, file_report):
    indicator = _absolute(plan)
    _submitted(file_report, alice, periods[5], indicator, 5, supervisor)
    client = login(alice)
    url = reverse("supervision:report_edit", args=[periods[6].pk])
    posted = {f"value_{indicator.pk}": "2", "action": "submit", "confirm_blank": "1"}
    response = client.post(url, posted)
    assert response.status_code == 200 and "累计值低于上期" in response.content.decode()
    report = PeriodReport.objects.get(period=periods[6])
    assert report.status == "draft" and report.values.get(indicator=indicator).value == 2  # typed, kept
    response = client.post(url, {**posted, f"reason_{indicator.pk}": "5月数据重复统计，已核减"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "submitted"
    assert "5月数据重复统计" in "".join(e.note for e in entries_for(report))


def test_a_value_three_times_last_periods_asks_for_confirmation(login, plan, periods, alice, supervisor,
                                                                file_report):
    indicator = _absolute(plan)
    _submitted(file_report, alice, periods[5], indicator, 2, supervisor)
    response = login(alice).post(reverse("supervision:report_edit", args=[periods[6].pk]),
                                 {f"value_{indicator.pk}": "7", "action": "submit", "confirm_blank": "1"})
    assert "3倍" in response.content.decode()


def test_submitting_with_blank_lead_tasks_asks_for_confirmation(login, plan, periods, alice):
    task = Task.objects.filter(plan=plan, lead_departments__name="产业创新局").order_by("position").first()
    response = login(alice).post(reverse("supervision:report_edit", args=[periods[6].pk]), {"action": "submit"})
    body = response.content.decode()
    assert response.status_code == 200 and 'id="blank-tasks"' in body and task.title in body
    assert PeriodReport.objects.get(period=periods[6]).status == "draft"


def test_the_growth_preview_shows_the_growth_a_cumulative_amount_implies(login, plan, periods, alice, admin):
    from actiondesk.plans.services import indicator_update
    from actiondesk.supervision.services_settings import indicator_settings_update

    indicator = Indicator.objects.filter(plan=plan, kind="growth_rate", metric="").order_by("pk").first()
    indicator_update(indicator=indicator, acting_user=admin, lead_department=alice.membership.department)
    indicator_settings_update(indicator=indicator, last_year={m: 10 * m for m in range(1, 13)}, acting_user=admin)
    client = login(alice)
    form = client.get(reverse("supervision:report_edit", args=[periods[6].pk])).content.decode()
    assert "填绝对数，不填增速" in form
    response = client.get(reverse("supervision:report_preview", args=[periods[6].pk]),
                          {"indicator": indicator.pk, f"value_{indicator.pk}": "72"})
    assert "同比增长" in response.content.decode() and "20%" in response.content.decode()  # 72 over 60


def test_readers_and_outsiders_cannot_preview_a_report(login, plan, periods, alice, leader, mallory, get_indicator):
    url = reverse("supervision:report_preview", args=[periods[6].pk])
    indicator = _absolute(plan)
    assert login(alice).get(url, {"indicator": indicator.pk}).status_code == 200
    assert login(leader).get(url, {"indicator": indicator.pk}).status_code == 403
    assert login(mallory).get(url, {"indicator": indicator.pk}).status_code == 404


def test_the_review_page_shows_target_previous_expected_and_status_and_marks_changes(
        login, plan, periods, alice, supervisor, file_report):
    indicator = _absolute(plan)
    _submitted(file_report, alice, periods[5], indicator, 2, supervisor)
    report = file_report(alice, periods[6], {indicator: 4})
    body = login(supervisor).get(reverse("supervision:report_detail", args=[report.pk])).content.decode()
    assert 'id="review-values"' in body and "changed-value" in body and "序时应完成" in body
    assert body.count('value="approve"') == 2  # approve/return at the top and at the bottom


def test_a_figure_that_is_not_a_number_is_refused_and_everything_typed_stays_on_the_form(login, plan, periods,
                                                                                          alice, supervisor,
                                                                                          file_report):
    indicator = _absolute(plan)
    _submitted(file_report, alice, periods[5], indicator, 3, supervisor)
    task = Task.objects.filter(plan=plan, lead_departments__name="产业创新局").order_by("position").first()
    response = login(alice).post(reverse("supervision:report_edit", args=[periods[6].pk]), {
        f"value_{indicator.pk}": "12,5a", f"progress_{task.pk}": "召开推进会两次，走访企业12家",
        f"next_{task.pk}": "12月底前完成验收", "action": "submit"})
    body = response.content.decode()
    assert response.status_code == 200 and "不是数字" in body
    assert f'name="value_{indicator.pk}" value="12,5a"' in body  # not last period's 3
    assert "召开推进会两次，走访企业12家</textarea>" in body and "12月底前完成验收</textarea>" in body


def test_a_report_without_figures_says_so_on_the_review_page(login, plan, periods, make_user, departments,
                                                             supervisor, file_report):
    carol = make_user("carol", "department", departments["财政金融局"])  # co-leads task 2, reports no indicator
    report = file_report(carol, periods[6], {})
    body = login(supervisor).get(reverse("supervision:report_detail", args=[report.pk])).content.decode()
    assert 'id="review-values"' in body and "本部门无需填报的指标" in body


PREFILL_HINT = "已按上期数值预填"


def test_the_prefill_hint_shows_when_last_periods_figures_were_prefilled(login, plan, periods, alice, supervisor,
                                                                         file_report):
    _submitted(file_report, alice, periods[5], _absolute(plan), 3, supervisor)
    body = login(alice).get(reverse("supervision:report_edit", args=[periods[6].pk])).content.decode()
    assert PREFILL_HINT in body


def test_no_prefill_hint_when_nothing_was_prefilled(login, plan, periods, alice):
    body = login(alice).get(reverse("supervision:report_edit", args=[periods[6].pk])).content.decode()
    assert 'class="prefilled' not in body
    assert PREFILL_HINT not in body and "请填写本期1月至本期末的累计数" in body


def test_no_prefill_hint_for_a_department_with_no_figures_to_fill(login, plan, periods, departments, make_user):
    planner = make_user("planner", "department", departments["规划建设局"])
    body = login(planner).get(reverse("supervision:report_edit", args=[periods[6].pk])).content.decode()
    assert "本部门无需填报的指标" in body
    assert PREFILL_HINT not in body and "请填写本期1月至本期末的累计数" not in body
