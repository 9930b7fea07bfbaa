import datetime
from decimal import Decimal

from actiondesk.projects import alerts
from actiondesk.projects.choices import FactorStatus, Stage

D = datetime.date
TODAY = D(2026, 10, 15)


def test_a_project_with_no_stage_change_and_no_investment_for_three_months_is_stalled():
    assert alerts.is_stalled(stage=Stage.STARTED, last_stage_on=D(2026, 3, 1), last_investment_month=D(2026, 6, 1),
                             today=TODAY)


def test_investment_within_the_window_keeps_a_project_alive():
    # June's investment counts to 30 June; 15 July would be 3 months before today → still alive in July.
    assert not alerts.is_stalled(stage=Stage.STARTED, last_stage_on=D(2026, 3, 1),
                                 last_investment_month=D(2026, 7, 1), today=TODAY)


def test_a_recent_stage_change_keeps_a_project_alive():
    assert not alerts.is_stalled(stage=Stage.SIGNED, last_stage_on=D(2026, 8, 1), last_investment_month=None,
                                 today=TODAY)


def test_the_stall_window_is_configurable():
    kwargs = {"stage": Stage.STARTED, "last_stage_on": D(2026, 1, 1), "last_investment_month": D(2026, 8, 1),
              "today": TODAY}
    assert not alerts.is_stalled(**kwargs)
    assert alerts.is_stalled(**kwargs, months=1)


def test_projects_in_production_are_never_stalled():
    assert not alerts.is_stalled(stage=Stage.PRODUCING, last_stage_on=D(2024, 1, 1), last_investment_month=None,
                                 today=TODAY)


def test_planned_stages_not_reached_by_their_date_are_overdue():
    planned = {Stage.STARTED: D(2026, 5, 1), Stage.COMPLETED: D(2026, 12, 1), Stage.SIGNED: D(2026, 1, 1)}
    assert alerts.overdue_stages(stage=Stage.SIGNED, planned=planned, today=TODAY) == [(Stage.STARTED, D(2026, 5, 1))]


def test_a_factor_need_not_supplied_by_its_planned_date_is_overdue():
    assert alerts.factor_overdue(status=FactorStatus.IN_PROGRESS, planned_on=D(2026, 9, 1), today=TODAY)
    assert not alerts.factor_overdue(status=FactorStatus.SUPPLIED, planned_on=D(2026, 9, 1), today=TODAY)
    assert not alerts.factor_overdue(status=FactorStatus.PLANNED, planned_on=D(2026, 11, 1), today=TODAY)


def test_the_sequential_share_of_32_yi_by_october_is_26_67_yi():
    assert alerts.sequential_share(Decimal("320000"), 10) == Decimal("266666.67")
