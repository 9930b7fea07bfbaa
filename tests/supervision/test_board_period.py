"""Which period the battle map opens on, and what an unreported figure is called before and after its due date."""
import datetime

import pytest

from actiondesk.plans.models import Indicator
from actiondesk.supervision import services
from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.selectors import plan_board

pytestmark = pytest.mark.django_db


def _alice_indicator(plan):
    return Indicator.objects.filter(plan=plan, lead_department__name="产业创新局", metric="",
                                    kind="absolute").order_by("pk").first()


def test_an_unreported_figure_is_pending_until_its_due_date_and_missing_after(plan, periods):
    june = periods[6]
    before_due = plan_board(plan, today=june.due_date)
    after_due = plan_board(plan, today=june.due_date + datetime.timedelta(days=1))
    assert before_due.period == june and after_due.period == june
    assert {r.status for r in before_due.indicators if not r.indicator.metric} == {ProgressStatus.PENDING}
    assert {r.status for r in after_due.indicators if not r.indicator.metric} == {ProgressStatus.MISSING}
    assert all(t.status != ProgressStatus.MISSING for t in before_due.tasks)


def test_the_map_opens_on_the_latest_period_with_approved_figures_and_says_why(plan, periods, alice, supervisor,
                                                                                file_report):
    indicator = _alice_indicator(plan)
    november = periods[11]
    report = file_report(alice, november, {indicator: 1})
    services.report_approve(report=report, acting_user=supervisor)
    board = plan_board(plan, today=datetime.date(2026, 11, 28))  # November has not ended yet
    assert board.period == november and "审核通过" in str(board.period_reason)
    quiet = plan_board(plan, today=datetime.date(2026, 8, 15))
    assert quiet.period == periods[7] and "已结束" in str(quiet.period_reason)


def test_department_staff_get_links_only_to_their_own_departments_reports(login, plan, periods, alice, bob,
                                                                          supervisor, file_report):
    indicator = _alice_indicator(plan)
    report = file_report(alice, periods[6], {indicator: 1})
    services.report_approve(report=report, acting_user=supervisor)
    link = f"/supervision/reports/{report.pk}/"
    assert link in login(supervisor).get("/supervision/?period=2026-06").content.decode()
    assert link in login(alice).get("/supervision/?period=2026-06").content.decode()
    assert link not in login(bob).get("/supervision/?period=2026-06").content.decode()
    assert login(bob).get(link).status_code == 404  # what the link would have led to
