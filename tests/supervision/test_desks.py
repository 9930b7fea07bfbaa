"""我的部门 lists what needs the department now (a returned report with its reason first); leaders, the
supervision office and admins land on a desk of their own instead of a dead end."""
import pytest

from actiondesk.plans.models import Indicator, Task
from actiondesk.supervision import services

pytestmark = pytest.mark.django_db


def _alice_indicator(plan):
    return Indicator.objects.filter(plan=plan, lead_department__name="产业创新局", metric="",
                                    kind="absolute").order_by("pk").first()


def test_a_returned_report_heads_my_department_with_the_reason(login, plan, periods, alice, supervisor, file_report):
    report = file_report(alice, periods[6], {_alice_indicator(plan): 1})
    services.report_return(report=report, acting_user=supervisor, reason="数值与台账不符，请核实后重报")
    body = login(alice).get("/plans/mine/").content.decode()
    assert 'id="returned-reports"' in body and "数值与台账不符，请核实后重报" in body
    assert "没有待报送或被退回的报告" not in body


def test_the_supervision_office_sees_the_reports_awaiting_review_on_its_desk(login, plan, periods, alice, supervisor,
                                                                            file_report):
    report = file_report(alice, periods[6], {_alice_indicator(plan): 1})
    body = login(supervisor).get("/plans/mine/").content.decode()
    assert "我的工作台" in body and f"/supervision/reports/{report.pk}/" in body
    assert "不属于某个部门" not in body


def test_a_leader_sees_their_instructions_and_the_lagging_items_but_no_review_queue(login, plan, periods, leader):
    body = login(leader).get("/plans/mine/").content.decode()
    assert 'id="my-comments"' in body and 'id="desk-lagging"' in body and 'id="awaiting-review"' not in body


def test_another_departments_returned_report_stays_off_my_department(login, plan, periods, alice, bob, supervisor,
                                                                     file_report):
    report = file_report(alice, periods[6], {_alice_indicator(plan): 1})
    services.report_return(report=report, acting_user=supervisor, reason="请核实")
    assert "请核实" not in login(bob).get("/plans/mine/").content.decode()


def test_an_outsider_gets_nothing_of_this_zone_on_their_desk(login, plan, periods, alice, mallory, file_report):
    report = file_report(alice, periods[6], {_alice_indicator(plan): 1})
    assert f"/supervision/reports/{report.pk}/" not in login(mallory).get("/plans/mine/").content.decode()


def test_the_task_page_shows_its_progress_period_by_period_and_links_only_readable_reports(
        login, plan, periods, alice, bob, supervisor, file_report):
    task = Task.objects.filter(plan=plan, lead_departments__name="产业创新局").order_by("position").first()
    for month, text in [(4, "四月：完成选题"), (5, "五月：签订合作协议")]:
        report = file_report(alice, periods[month], {}, notes={task.pk: {"progress": text, "problems": "",
                                                                          "next_steps": ""}})
        services.report_approve(report=report, acting_user=supervisor)
    body = login(alice).get(f"/plans/tasks/{task.pk}/").content.decode()
    assert 'id="task-history"' in body and "四月：完成选题" in body and "五月：签订合作协议" in body
    assert body.index("五月：签订合作协议") < body.index("四月：完成选题")  # newest first
    other = login(bob).get(f"/plans/tasks/{task.pk}/").content.decode()
    assert "四月：完成选题" in other and f"/supervision/reports/{report.pk}/" not in other  # readable, not linked
