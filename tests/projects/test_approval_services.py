"""Approval services: the 开工 gate with its audited override, records, the step table and who may write them."""
import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.services import zone_get_or_create
from actiondesk.projects.approval_defaults import DEFAULT_STEPS
from actiondesk.projects.choices import Stage
from actiondesk.projects.models import ApprovalStep, ProjectApproval
from actiondesk.projects.services import project_advance_stage, project_create
from actiondesk.projects.services_approvals import (
    approval_step_create,
    approval_step_update,
    approval_update,
    approvals_ensure,
)

pytestmark = pytest.mark.django_db
D = datetime.date
TODAY = D(2026, 10, 15)


@pytest.fixture
def signed(make_project):
    return make_project(stage=Stage.SIGNED, stage_on=D(2026, 2, 1), signed_on=D(2026, 2, 1))


def _grant_all_but(project, *names):
    approvals_ensure(project=project, acting_user=SYSTEM)
    ProjectApproval.objects.filter(project=project).exclude(step__name__in=names).update(granted_on=D(2026, 3, 1))


def test_worked_example_missing_environment_review_refuses_start_the_override_is_audited(signed, alice):
    _grant_all_but(signed, "环评")
    with pytest.raises(ValidationError, match="环评"):
        project_advance_stage(project=signed, stage=Stage.STARTED, on=D(2026, 5, 1), acting_user=alice, today=TODAY)
    signed.refresh_from_db()
    assert signed.stage == Stage.SIGNED and not signed.stage_events.exists()

    event = project_advance_stage(project=signed, stage=Stage.STARTED, on=D(2026, 5, 1), acting_user=alice,
                                  today=TODAY, override_reason="省重点项目，环评容缺受理")
    signed.refresh_from_db()
    assert signed.stage == Stage.STARTED and event.approval_override == "省重点项目，环评容缺受理"
    entry = AuditEntry.objects.filter(object_id=str(signed.pk), action="workflow").latest("pk")
    assert entry.actor == alice and "省重点项目，环评容缺受理" in entry.note and "环评" in entry.note
    assert entry.after["approval_override"] == "省重点项目，环评容缺受理"
    assert entry.after["approvals_missing"] == ["环评"]


def test_worked_example_once_the_environment_review_is_granted_no_override_is_needed(signed, alice):
    _grant_all_but(signed, "环评")
    environment = ProjectApproval.objects.get(project=signed, step__name="环评")
    approval_update(approval=environment, acting_user=alice, today=TODAY, granted_on=D(2026, 4, 20),
                    document_number="沈抚环审〔2026〕12号")
    event = project_advance_stage(project=signed, stage=Stage.STARTED, on=D(2026, 5, 1), acting_user=alice,
                                  today=TODAY)
    assert event.approval_override == ""
    entry = AuditEntry.objects.filter(object_id=str(signed.pk), action="workflow").latest("pk")
    assert "approval_override" not in entry.after


def test_an_override_given_when_nothing_is_missing_is_not_recorded(signed, alice, grant_approvals):
    grant_approvals(signed)
    event = project_advance_stage(project=signed, stage=Stage.STARTED, on=D(2026, 5, 1), acting_user=alice,
                                  today=TODAY, override_reason="不需要")
    assert event.approval_override == ""


def test_a_step_not_required_before_start_or_switched_off_does_not_hold_the_start(signed, alice):
    _grant_all_but(signed, "环评", "能评")
    ApprovalStep.objects.filter(zone=signed.zone, name="环评").update(required_before_start=False)
    ApprovalStep.objects.filter(zone=signed.zone, name="能评").update(is_active=False)
    project_advance_stage(project=signed, stage=Stage.STARTED, on=D(2026, 5, 1), acting_user=alice, today=TODAY)
    signed.refresh_from_db()
    assert signed.stage == Stage.STARTED


def test_reaching_signed_creates_the_projects_approval_records(make_project, alice):
    project = make_project(stage=Stage.NEGOTIATING)
    project_advance_stage(project=project, stage=Stage.SIGNED, on=D(2026, 2, 1), acting_user=alice, today=TODAY)
    names = list(project.approvals.order_by("step__sort_order").values_list("step__name", flat=True))
    assert names == [name for name, _required in DEFAULT_STEPS]


def test_a_new_zone_gets_the_default_steps_and_a_project_may_enter_as_reserve(db, departments, zone, admin):
    fresh = zone_get_or_create(name="新设开发区")
    assert ApprovalStep.objects.filter(zone=fresh).count() == len(DEFAULT_STEPS)
    project = project_create(zone=zone, acting_user=admin, stage=Stage.RESERVE, code="CB-1", name="谋划项目",
                             lead_department=departments["发展改革局"], total_investment=1000)
    assert project.stage == Stage.RESERVE
    with pytest.raises(ValidationError):
        project_create(zone=zone, acting_user=admin, stage=Stage.STARTED, code="CB-2", name="直接开工",
                       lead_department=departments["发展改革局"], total_investment=1000)


def test_the_granting_department_records_the_grant_but_not_the_plan(signed, departments, make_user):
    ApprovalStep.objects.filter(zone=signed.zone).update(department=departments["规划建设局"])
    approvals_ensure(project=signed, acting_user=SYSTEM)
    granter = make_user("granter", "department", departments["规划建设局"])
    record = ProjectApproval.objects.get(project=signed, step__name="施工许可")
    approval_update(approval=record, acting_user=granter, today=TODAY, granted_on=D(2026, 9, 1),
                    document_number="建许〔2026〕7号")
    record.refresh_from_db()
    assert record.granted_on == D(2026, 9, 1)
    with pytest.raises(PermissionDenied):
        approval_update(approval=record, acting_user=granter, today=TODAY, planned_on=D(2026, 12, 1))


def test_another_department_and_an_outsider_cannot_record_an_approval(signed, bob, mallory):
    approvals_ensure(project=signed, acting_user=SYSTEM)
    record = ProjectApproval.objects.filter(project=signed).first()
    for user in (bob, mallory):
        with pytest.raises(PermissionDenied):
            approval_update(approval=record, acting_user=user, today=TODAY, granted_on=D(2026, 9, 1))
    with pytest.raises(PermissionDenied):
        approvals_ensure(project=signed, acting_user=bob)


def test_a_grant_in_the_future_or_a_number_without_a_date_is_refused(signed, alice):
    approvals_ensure(project=signed, acting_user=SYSTEM)
    record = ProjectApproval.objects.filter(project=signed).first()
    with pytest.raises(ValidationError):
        approval_update(approval=record, acting_user=alice, today=TODAY, granted_on=D(2026, 12, 1))
    with pytest.raises(ValidationError):
        approval_update(approval=record, acting_user=alice, today=TODAY, document_number="无日期")


def test_admins_and_the_supervision_office_keep_the_step_table_departments_do_not(zone, admin, supervisor, alice,
                                                                                 departments):
    step = approval_step_create(zone=zone, acting_user=admin, name="水土保持", sort_order=70,
                                department=departments["规划建设局"], required_before_start=False)
    approval_step_update(step=step, acting_user=supervisor, is_active=False)
    step.refresh_from_db()
    assert not step.is_active
    assert AuditEntry.objects.filter(object_id=str(step.pk)).count() == 2
    with pytest.raises(PermissionDenied):
        approval_step_create(zone=zone, acting_user=alice, name="消防审查")
    with pytest.raises(PermissionDenied):
        approval_step_update(step=step, acting_user=alice, is_active=True)
    with pytest.raises(ValidationError):
        approval_step_create(zone=zone, acting_user=admin, name="环评")  # the name is taken
