"""Every responsible department reports: supporting (配合) departments write 配合情况 and rank beside the leads;
the score weighs lead and supporting duties; higher apps add score components; an indicator nobody reports is a
configuration error."""
import datetime
from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from actiondesk.plans.models import Milestone
from actiondesk.supervision import services
from actiondesk.supervision.models import SupervisionSettings
from actiondesk.supervision.scoring import (
    DepartmentRecord,
    register_score_component,
    score_department,
    unregister_score_component,
)
from actiondesk.supervision.selectors import plan_board
from actiondesk.supervision.services_issue import period_issue

JULY_10 = datetime.date(2026, 7, 10)


# --- worked examples (pure) ---------------------------------------------------------------------------------

def test_a_lead_only_department_is_scored_without_the_supporting_part():
    record = DepartmentRecord(reports_due=10, reports_on_time=10, progress_ratios=[D(1), D("0.5")])
    score = score_department(record)
    # (100×30 + 75×40 + 100×20 + 100×10) ÷ (30+40+20+10): 配合情况 does not apply
    assert (score.progress, score.support, score.total) == (D(75), None, D(90))


def test_a_supporting_only_department_is_scored_on_its_notes_not_on_indicators_it_does_not_lead():
    record = DepartmentRecord(reports_due=10, reports_on_time=8, overdue=1, leads=False, support_due=20,
                              support_noted=15)
    score = score_department(record)
    # (80×30 + 75×20 + 80×20 + 100×10) ÷ (30+20+20+10) = 6500 ÷ 80 = 81.25
    assert (score.progress, score.support, score.total) == (None, D(75), D("81.2"))


def test_a_department_leading_and_supporting_is_scored_on_both_with_the_plans_weights():
    record = DepartmentRecord(reports_due=4, reports_on_time=4, progress_ratios=[D(1)], support_due=4,
                              support_noted=2)
    # (100×30 + 100×40 + 50×20 + 100×20 + 100×10) ÷ 120 = 91.67
    assert score_department(record).total == D("91.7")
    assert score_department(record, {"support": 0}).total == D(100)
    assert score_department(record, {"support": 100, "on_time": 0, "progress": 0, "overdue": 0,
                                     "returned": 0}).total == D(50)


def test_a_registered_component_counts_with_its_weight_and_only_where_it_gave_a_value():
    register_score_component("orders_on_time", "督办单按时办结", default_weight=50, compute=lambda *a: {})
    try:
        judged = DepartmentRecord(reports_due=1, reports_on_time=1, extra={"orders_on_time": 0})
        # (100×100 + 0×50) ÷ 150 with every built-in part at 100 (progress 100: no figure yet)
        assert score_department(judged).total == D("66.7")
        assert score_department(judged).extra == {"orders_on_time": D(0)}
        assert score_department(DepartmentRecord()).total == D(100)  # not judged on it: left out
        with pytest.raises(ValueError):
            register_score_component("support", "重名", compute=lambda *a: {})
    finally:
        unregister_score_component("orders_on_time")


# --- with the database ----------------------------------------------------------------------------------------

@pytest.fixture
def carol(make_user, departments):
    """规划建设局 staff: 规划建设局 only supports task 1 (led by 产业创新局)."""
    return make_user("carol", "department", departments["规划建设局"])


def test_every_department_with_a_duty_ranks_including_those_that_only_support(plan, periods, departments):
    board = plan_board(plan, today=JULY_10)
    ranked = {r.department.name for r in board.ranking}
    assert ranked == set(departments)  # 3 lead departments and 规划建设局, 投资促进局 which only support
    support_only = next(r for r in board.ranking if r.department.name == "规划建设局")
    assert support_only.score.progress is None and support_only.record.support_due == 6


def test_a_supporting_department_writes_its_note_and_the_lead_sees_it_on_the_task(
        plan, periods, carol, alice, get_task, login):
    task = get_task("1")
    report = services.report_open(period=periods[6], acting_user=carol)
    services.report_save(report=report, acting_user=carol, support_notes={task.pk: "提供中试用地规划条件两宗"})
    services.report_submit(report=report, acting_user=carol)
    board = plan_board(plan, month=6, today=JULY_10, with_notes=True)
    row = next(r for r in board.ranking if r.department.name == "规划建设局")
    assert (row.record.support_noted, row.record.support_due) == (1, 6)
    assert row.score.support == D("16.7")
    page = login(alice).get(f"/plans/tasks/{task.pk}/").content.decode()
    assert "配合部门配合情况" in page and "提供中试用地规划条件两宗" in page


def test_a_department_cannot_write_a_supporting_note_on_a_task_it_does_not_support(
        periods, carol, bob, get_task):
    report = services.report_open(period=periods[6], acting_user=carol)
    with pytest.raises(PermissionDenied):
        services.report_save(report=report, acting_user=carol, support_notes={get_task("2").pk: "越权"})
    report = services.report_open(period=periods[6], acting_user=bob)
    with pytest.raises(PermissionDenied):  # 发展改革局 leads task 2: its progress note is the lead's, not 配合
        services.report_save(report=report, acting_user=bob, support_notes={get_task("2").pk: "自己配合自己"})


def test_the_report_form_shows_a_supporting_departments_tasks_and_saves_the_note(periods, carol, get_task, login):
    task = get_task("1")
    client = login(carol)
    url = f"/supervision/periods/{periods[6].pk}/report/"
    assert f"support_{task.pk}" in client.get(url).content.decode()
    response = client.post(url, {"action": "save", f"support_{task.pk}": "配合完成选址论证"})
    assert response.status_code == 302
    report = services.latest_report(periods[6], carol.membership.department_id)
    assert report.support_notes.get().text == "配合完成选址论证"
    assert "配合完成选址论证" in client.get(f"/supervision/reports/{report.pk}/").content.decode()


def test_a_registered_component_is_computed_for_the_boards_period_and_weighed_from_settings(
        plan, periods, departments):
    calls = []

    def compute(zone_id, start, end):
        calls.append((zone_id, start, end))
        return {departments["发展改革局"].pk: 0}

    register_score_component("orders_on_time", "督办单按时办结", default_weight=10, compute=compute)
    try:
        SupervisionSettings.objects.filter(plan=plan).update(component_weights={"orders_on_time": 1000})
        board = plan_board(plan, month=6, today=JULY_10)
        assert calls == [(plan.zone_id, datetime.date(2026, 1, 1), datetime.date(2026, 6, 30))]
        rows = {r.department.name: r for r in board.ranking}
        assert rows["发展改革局"].score.extra == {"orders_on_time": D(0)}
        assert rows["发展改革局"].score.total < D(10)  # weighed 1000 against the built-in 120
        assert rows["产业创新局"].score.extra == {}
    finally:
        unregister_score_component("orders_on_time")


def test_an_indicator_nobody_reports_is_a_configuration_error_and_blocks_the_bulletin(
        plan, periods, supervisor, admin, login):
    # The small plan's goal-only targets (技术合同成交额增速, 评估诊断覆盖率) name no task and no 责任部门.
    with pytest.raises(ValidationError) as refused:
        period_issue(period=periods[6], acting_user=supervisor, today=JULY_10)
    assert "技术合同成交额增速" in str(refused.value)
    page = login(admin).get("/supervision/settings/").content.decode()
    assert "配置错误" in page and "技术合同成交额增速" in page
    battle_map = login(supervisor).get("/supervision/?period=2026-06").content.decode()
    assert 'id="unassigned-indicators"' in battle_map and "未指定" not in battle_map


def test_the_report_api_saves_supporting_notes_for_the_supporting_department_only(
        periods, carol, bob, leader, mallory, get_task, login):
    url = f"/api/supervision/periods/{periods[6].pk}/report"
    body = {"support_notes": [{"task": get_task("1").pk, "text": "配合召开对接会"}]}
    saved = login(carol).post(url, body, content_type="application/json")
    assert saved.status_code == 200 and saved.json()["support_notes"] == [
        {"task": get_task("1").pk, "text": "配合召开对接会"}]
    assert login(bob).post(url, body, content_type="application/json").status_code == 403  # not its task
    assert login(leader).post(url, body, content_type="application/json").status_code == 403
    assert login(mallory).post(url, body, content_type="application/json").status_code == 404
    report = login(bob).get("/api/supervision/reports").json()
    assert all(r["department"] == "发展改革局" for r in report)  # another department's notes stay its own


def test_the_report_lists_the_milestones_the_department_is_responsible_for(periods, carol, alice, get_task, login):
    mine = Milestone.objects.create(task=get_task("1"), title="中试基地选址意见", due_date=datetime.date(2026, 5, 31),
                                    department=carol.membership.department)
    Milestone.objects.create(task=get_task("1"), title="中试平台认定办法", due_date=datetime.date(2026, 6, 30),
                             department=alice.membership.department)
    page = login(carol).get(f"/supervision/periods/{periods[6].pk}/report/").content.decode()
    assert 'id="own-milestones"' in page and f'data-milestone="{mine.pk}"' in page and "逾期" in page
    assert "中试平台认定办法" not in page  # 产业创新局's milestone is in its own report
