"""Supervision's panels on plans pages: computed for their own indicator, task or department, equal to the board."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actiondesk.core import panels
from actiondesk.plans.models import Indicator
from actiondesk.supervision import services
from actiondesk.supervision.selectors import department_outstanding, indicator_rows_for, plan_board

pytestmark = pytest.mark.django_db
JULY_20 = datetime.date(2026, 7, 20)


def _queries(function):
    with CaptureQueriesContext(connection) as captured:
        result = function()
    return result, len(captured)


def test_an_indicator_panel_shows_the_same_row_as_the_battle_map(plan, periods, alice, supervisor, file_report):
    indicator = Indicator.objects.get(plan=plan, name="成果路演、对接活动")  # target 10
    for month, value in [(5, 3), (6, 4)]:
        services.report_approve(report=file_report(alice, periods[month], {indicator: value}), acting_user=supervisor)
    whole = next(r for r in plan_board(plan, today=JULY_20).indicators if r.indicator.pk == indicator.pk)
    (one,) = indicator_rows_for(plan, [indicator], today=JULY_20).indicators
    assert one.status == whole.status == "lagging"
    assert (one.actual, one.evaluation, one.forecast, one.report_ids) == (
        whole.actual, whole.evaluation, whole.forecast, whole.report_ids)
    assert one.chart() == whole.chart()


def test_an_indicator_panel_reads_fewer_queries_than_the_whole_board(plan, periods):
    indicator = Indicator.objects.filter(plan=plan).first()
    _board, board_queries = _queries(lambda: plan_board(plan, today=JULY_20))
    _panel, panel_queries = _queries(lambda: indicator_rows_for(plan, [indicator], today=JULY_20))
    assert panel_queries < board_queries
    assert panel_queries <= 14


def test_a_task_panel_has_the_boards_status_and_notes(plan, periods, alice, file_report, get_task):
    task = get_task("1")
    file_report(alice, periods[6], {}, notes={task.pk: {"progress": "已走访12家企业", "problems": "", "next_steps": ""}})
    whole = next(t for t in plan_board(plan, today=JULY_20, with_notes=True).tasks if t.task.pk == task.pk)
    indicators = sorted(task.indicators.all(), key=lambda i: (i.position, i.pk))
    (one,) = indicator_rows_for(plan, indicators, tasks=[task], today=JULY_20, with_notes=True).tasks
    assert one.status == whole.status
    assert [n.progress for n in one.notes] == [n.progress for n in whole.notes] == ["已走访12家企业"]
    assert [r.indicator.pk for r in one.indicators] == [r.indicator.pk for r in whole.indicators]


def test_a_departments_due_reports_are_those_the_board_lists(plan, periods, alice, bob, file_report):
    file_report(bob, periods[1], {})
    board = plan_board(plan, today=JULY_20)
    for user in (alice, bob):
        department_id = user.membership.department_id
        assert department_outstanding(plan, department_id, today=JULY_20) == board.outstanding[department_id]
    assert periods[1] not in department_outstanding(plan, bob.membership.department_id, today=JULY_20)


def test_plans_pages_show_the_panels_supervision_registered(login, leader, periods, get_task):
    task = get_task("1")
    body = login(leader).get(reverse("plans:task_detail", args=[task.pk])).content.decode()
    assert 'id="supervision"' in body and "督导进度" in body


def test_an_outsider_gets_no_panel_because_the_page_is_refused(login, mallory, plan, periods):
    indicator = Indicator.objects.filter(plan=plan).first()
    response = login(mallory).get(reverse("plans:indicator_detail", args=[indicator.pk]))
    assert response.status_code == 404 and "督导进度" not in response.content.decode()


def test_a_panel_is_registered_only_for_a_known_plans_page():
    with pytest.raises(ValueError):
        panels.register_panel("overview", lambda request, obj: "")
