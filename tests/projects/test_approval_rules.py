"""Pure rules of approvals, the 储备 stage and 拿地即开工 readiness (no database)."""
import datetime

from actiondesk.projects import alerts, approvals, stages
from actiondesk.projects.approvals import StepState
from actiondesk.projects.choices import Stage

D = datetime.date
TODAY = D(2026, 10, 15)


def step(name, granted=None, *, recorded=True, required=True, before_start=True):
    return StepState(name=name, required_before_start=before_start, recorded=recorded, required=required,
                     granted_on=granted)


def test_only_a_first_step_to_or_past_start_crosses_start():
    assert approvals.crosses_start(Stage.SIGNED, Stage.STARTED)
    assert approvals.crosses_start(Stage.SIGNED, Stage.PRODUCING)  # skipping past 开工 passes it
    assert approvals.crosses_start(Stage.RESERVE, Stage.STARTED)
    assert not approvals.crosses_start(Stage.STARTED, Stage.RESUMED)  # 复工 continues an earlier start
    assert not approvals.crosses_start(Stage.STARTED, Stage.COMPLETED)
    assert not approvals.crosses_start(Stage.NEGOTIATING, Stage.SIGNED)
    assert not approvals.crosses_start(Stage.SIGNED, "nonsense")


def test_an_approval_is_missing_when_unrecorded_or_needed_and_not_granted():
    states = [step("立项/备案", D(2026, 1, 5)), step("环评"), step("能评", required=False),
              step("用地预审", recorded=False), step("规划许可", before_start=False)]
    assert approvals.missing_before_start(states) == ["环评", "用地预审"]


def test_the_start_gate_refuses_missing_approvals_unless_a_reason_is_given():
    (message,) = approvals.start_gate_errors(current=Stage.SIGNED, new=Stage.STARTED, missing=["环评"])
    assert "环评" in message and "例外开工原因" in message
    assert approvals.start_gate_errors(current=Stage.SIGNED, new=Stage.STARTED, missing=["环评"],
                                       override_reason="  ") != []
    assert approvals.start_gate_errors(current=Stage.SIGNED, new=Stage.STARTED, missing=["环评"],
                                       override_reason="市重点项目容缺受理") == []
    assert approvals.start_gate_errors(current=Stage.SIGNED, new=Stage.STARTED, missing=[]) == []
    assert approvals.start_gate_errors(current=Stage.STARTED, new=Stage.COMPLETED, missing=["环评"]) == []


def test_an_approval_is_overdue_only_when_needed_planned_in_the_past_and_not_granted():
    assert alerts.approval_overdue(required=True, planned_on=D(2026, 9, 1), granted_on=None, today=TODAY)
    assert not alerts.approval_overdue(required=True, planned_on=D(2026, 9, 1), granted_on=D(2026, 9, 3),
                                       today=TODAY)
    assert not alerts.approval_overdue(required=False, planned_on=D(2026, 9, 1), granted_on=None, today=TODAY)
    assert not alerts.approval_overdue(required=True, planned_on=TODAY, granted_on=None, today=TODAY)
    assert not alerts.approval_overdue(required=True, planned_on=None, granted_on=None, today=TODAY)


def test_a_project_is_ready_to_start_on_taking_the_land_only_with_every_item_and_approval_done():
    assert approvals.start_ready(readiness_done=8, readiness_total=8, missing=[])
    assert not approvals.start_ready(readiness_done=7, readiness_total=8, missing=[])
    assert not approvals.start_ready(readiness_done=8, readiness_total=8, missing=["施工许可"])
    assert not approvals.start_ready(readiness_done=0, readiness_total=0, missing=[])


def test_a_reserve_project_moves_to_negotiating_and_needs_a_reason_to_skip_it():
    assert stages.transition_errors(current=Stage.RESERVE, current_on=None, new=Stage.NEGOTIATING,
                                    new_on=D(2026, 3, 1), today=TODAY) == []
    (message,) = stages.transition_errors(current=Stage.RESERVE, current_on=None, new=Stage.SIGNED,
                                          new_on=D(2026, 3, 1), today=TODAY)
    assert "跳过了“洽谈”" in message
    (back,) = stages.transition_errors(current=Stage.NEGOTIATING, current_on=None, new=Stage.RESERVE,
                                       new_on=D(2026, 3, 1), today=TODAY)
    assert "不能从“洽谈”退回到“储备”" in back


def test_a_reserve_project_is_never_stalled_and_no_ledger_row_is_read_as_reserve():
    assert not alerts.is_stalled(stage=Stage.RESERVE, last_stage_on=None, last_investment_month=None, today=TODAY)
    assert alerts.is_stalled(stage=Stage.NEGOTIATING, last_stage_on=None, last_investment_month=None, today=TODAY)
    assert stages.stage_of({}) == Stage.NEGOTIATING
