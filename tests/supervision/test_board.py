"""The battle-map computation over stored reports: status by 序时进度, revisions, metrics, ranking."""
import datetime
from decimal import Decimal as D

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.plans.models import Task
from actiondesk.plans.services import indicator_update
from actiondesk.supervision import services, services_plan
from actiondesk.supervision.models import SupervisionSettings
from actiondesk.supervision.selectors import plan_board
from actiondesk.supervision.services_metrics import metric_values_refresh
from actiondesk.supervision.services_settings import indicator_settings_update

pytestmark = pytest.mark.django_db
JULY_20 = datetime.date(2026, 7, 20)


def _row(board, name):
    return next(r for r in board.indicators if r.indicator.name == name)


def test_board_judges_reported_figures_against_the_june_share(plan, periods, alice, supervisor, file_report,
                                                              get_indicator):
    for month, value in [(5, 4), (6, 11)]:
        services.report_approve(report=file_report(alice, periods[month], {get_indicator("成果路演、对接活动"): value}),
                                acting_user=supervisor)
    board = plan_board(plan, today=JULY_20)
    assert board.month == 6
    row = _row(board, "成果路演、对接活动")  # target 10
    assert row.actual == D(11) and row.status == "done"
    row = _row(board, "新引育专业化中试服务平台")
    assert row.status == "missing"


def test_revised_target_is_used_for_status_and_both_targets_are_kept(plan, periods, alice, admin, supervisor,
                                                                       file_report, get_indicator):
    indicator = get_indicator("成果路演、对接活动")  # target 10
    services.report_approve(report=file_report(alice, periods[6], {indicator: 4}), acting_user=supervisor)
    assert _row(plan_board(plan, today=JULY_20), indicator.name).status == "lagging"  # 40 % vs 50 %
    services_plan.indicator_revise_target(indicator=indicator, value=8, reason="活动场地改造，下调", acting_user=admin)
    row = _row(plan_board(plan, today=JULY_20), indicator.name)
    assert row.target == D(8) and row.indicator.target_value == D(10) and row.revised
    assert row.evaluation.expected == D(4) and row.status == "ahead"


def test_only_admins_revise_targets_and_a_reason_is_required(leader, admin, get_indicator):
    from django.core.exceptions import PermissionDenied, ValidationError

    indicator = get_indicator("成果路演、对接活动")
    with pytest.raises(PermissionDenied):
        services_plan.indicator_revise_target(indicator=indicator, value=8, reason="x", acting_user=leader)
    with pytest.raises(ValidationError):
        services_plan.indicator_revise_target(indicator=indicator, value=8, reason=" ", acting_user=admin)


def test_bound_indicator_takes_its_value_from_the_metric_registry(plan, periods, admin, register_metric,
                                                                    get_indicator):
    @register_metric("tests.high_tech_results", label="高技术成果", unit="项", source="测试成果库：当年登记的成果")
    def _results(ctx):
        return ctx.period_end.month  # one result a month

    indicator_update(indicator=get_indicator("高技术成果"), acting_user=admin, metric="tests.high_tech_results")
    metric_values_refresh(plan=plan, today=JULY_20, acting_user=SYSTEM)
    row = _row(plan_board(plan, today=JULY_20), "高技术成果")
    assert row.series == {m: D(m) for m in range(1, 7)}
    assert row.actual == D(6) and row.status == "done"
    assert row.source == "数据来源：测试成果库：当年登记的成果"
    assert row.source_text.startswith("数据来源：测试成果库：当年登记的成果 · 更新于 ")


def test_growth_rate_indicator_uses_last_years_values(plan, periods, alice, admin, supervisor, file_report,
                                                      get_indicator):
    indicator = get_indicator("技术合同成交额增速")  # +20 %, a goal target no task names: nobody reports it yet
    indicator_update(indicator=indicator, acting_user=admin, lead_department=alice.membership.department)
    indicator_settings_update(indicator=indicator, last_year={6: 50, 12: 120}, acting_user=admin)
    services.report_approve(report=file_report(alice, periods[6], {indicator: 55}), acting_user=supervisor)
    row = _row(plan_board(plan, today=JULY_20), indicator.name)
    assert row.evaluation.actual_growth == D("10.00") and row.status == "lagging"  # 10 points below 20 %
    assert row.forecast.year_end == D(132) and row.forecast_growth == D("10.00")


def test_task_without_a_report_for_the_period_is_not_reported(plan, periods, alice, file_report, get_indicator):
    file_report(alice, periods[6], {get_indicator("高技术成果"): 3, get_indicator("成果路演、对接活动"): 6,
                                    get_indicator("新引育专业化中试服务平台"): 1})
    board = plan_board(plan, today=JULY_20)
    tasks = {t.task.number: t for t in board.tasks}
    assert tasks["1"].status == "ahead"  # 60 %, 60 % and done after June (50 %): every indicator of task 1
    assert tasks["2"].status == "missing"  # 发展改革局 has not reported


def test_ranking_rewards_on_time_reports_and_penalises_returns(plan, periods, alice, bob, supervisor, file_report,
                                                               get_indicator):
    # 产业创新局 also supports task 2 and has written no 配合情况: that part is weighed 0 here, so the two
    # departments differ only in what this test is about (reports on time, returns).
    SupervisionSettings.objects.update_or_create(plan=plan, defaults={"weight_support": 0})
    report = file_report(bob, periods[6], {get_indicator("年度投资"): 15})
    services.report_return(report=report, acting_user=supervisor, reason="请补充说明")
    file_report(alice, periods[6], {get_indicator("高技术成果"): 3})
    board = plan_board(plan, today=datetime.date(2026, 7, 10))
    scores = {r.department.name: r for r in board.ranking}
    assert scores["产业创新局"].record.returned == 0 and scores["发展改革局"].record.returned == 1
    assert scores["发展改革局"].record.overdue == 6  # returned and not yet resubmitted: still outstanding
    assert scores["产业创新局"].rank < scores["发展改革局"].rank
    assert len(board.tasks) == Task.objects.filter(plan=plan).count()
