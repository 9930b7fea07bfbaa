import datetime

import pytest
from django.core.exceptions import ValidationError

from actiondesk.core.models import AuditEntry
from actiondesk.projects import stages
from actiondesk.projects.choices import Stage
from actiondesk.projects.services import project_advance_stage

D = datetime.date
TODAY = D(2026, 10, 15)


def errors(current, current_on, new, new_on, reason=""):
    return stages.transition_errors(current=current, current_on=current_on, new=new, new_on=new_on, today=TODAY,
                                    reason=reason)


def test_the_next_stage_on_a_later_date_is_accepted():
    assert errors(Stage.SIGNED, D(2026, 3, 1), Stage.STARTED, D(2026, 4, 1)) == []


def test_skipping_a_stage_without_a_reason_is_refused_and_names_the_skipped_stage():
    (message,) = errors(Stage.SIGNED, D(2026, 3, 1), Stage.COMPLETED, D(2026, 9, 1))
    assert "跳过了“开工”" in message and "原因" in message


def test_skipping_a_stage_with_a_recorded_reason_is_accepted():
    assert errors(Stage.SIGNED, D(2026, 3, 1), Stage.COMPLETED, D(2026, 9, 1), reason="收购在建厂房") == []


def test_a_stage_dated_before_the_previous_stage_is_refused():
    (message,) = errors(Stage.SIGNED, D(2026, 3, 1), Stage.STARTED, D(2026, 2, 1))
    assert "早于上一阶段“签约”" in message


def test_a_stage_dated_in_the_future_is_refused():
    (message,) = errors(Stage.SIGNED, D(2026, 3, 1), Stage.STARTED, D(2026, 11, 1))
    assert "晚于今天" in message


def test_going_back_to_an_earlier_stage_is_refused():
    assert "不能从“开工”退回到“签约”" in errors(Stage.STARTED, D(2026, 3, 1), Stage.SIGNED, D(2026, 4, 1))[0]


def test_resuming_is_allowed_after_an_earlier_years_start_but_not_the_same_year():
    assert errors(Stage.STARTED, D(2025, 5, 1), Stage.RESUMED, D(2026, 3, 1)) == []
    assert "之后的年度" in errors(Stage.STARTED, D(2026, 2, 1), Stage.RESUMED, D(2026, 3, 1))[0]
    assert "已开工" in errors(Stage.SIGNED, D(2025, 2, 1), Stage.RESUMED, D(2026, 3, 1))[0]


def test_a_ledger_row_missing_an_intermediate_date_needs_a_reason():
    dates = {Stage.SIGNED: D(2026, 1, 5), Stage.COMPLETED: D(2026, 6, 1)}
    assert any("跳过了“开工”" in e for e in stages.history_errors(dates, today=TODAY))
    assert stages.history_errors(dates, today=TODAY, reason="并购项目") == []
    assert stages.stage_of(dates) == Stage.COMPLETED


def test_a_continuing_project_may_enter_the_ledger_at_resumed():
    assert stages.history_errors({Stage.RESUMED: D(2026, 3, 1)}, today=TODAY) == []


@pytest.mark.django_db
def test_the_stage_service_records_history_dates_and_an_audit_entry(make_project, alice, grant_approvals):
    project = make_project(stage=Stage.NEGOTIATING)
    grant_approvals(project)
    project_advance_stage(project=project, stage=Stage.SIGNED, on=D(2026, 2, 1), acting_user=alice, today=TODAY)
    project_advance_stage(project=project, stage=Stage.STARTED, on=D(2026, 5, 1), acting_user=alice, today=TODAY)
    project.refresh_from_db()
    assert (project.stage, project.signed_on, project.started_on) == (Stage.STARTED, D(2026, 2, 1), D(2026, 5, 1))
    assert list(project.stage_events.values_list("stage", flat=True)) == [Stage.SIGNED, Stage.STARTED]
    entry = AuditEntry.objects.filter(object_id=str(project.pk), action="workflow").first()
    assert entry.actor == alice and entry.after["stage"] == Stage.STARTED


@pytest.mark.django_db
def test_the_stage_service_refuses_a_skip_without_reason_and_writes_nothing(make_project, alice):
    project = make_project(stage=Stage.SIGNED, stage_on=D(2026, 2, 1), signed_on=D(2026, 2, 1))
    with pytest.raises(ValidationError, match="请填写跳过的原因"):
        project_advance_stage(project=project, stage=Stage.PRODUCING, on=D(2026, 9, 1), acting_user=alice,
                              today=TODAY)
    project.refresh_from_db()
    assert project.stage == Stage.SIGNED and not project.stage_events.exists()
