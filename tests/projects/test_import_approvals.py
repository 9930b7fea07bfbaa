"""The ledger import and approvals: a known project the file moves to 开工 without its approvals is a bad row
unless the row gives 例外开工原因 (kept for the audit); 储备 projects round-trip through the 储备项目 column."""
import datetime

import pytest

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.projects.choices import Stage
from actiondesk.projects.exports import ledger_export
from actiondesk.projects.imports import ledger_import, ledger_validate
from actiondesk.projects.models import Project, ProjectApproval
from actiondesk.projects.services_approvals import approvals_ensure
from tests.projects.ledger_sheets import TODAY, row, xlsx

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def known_signed(make_project):
    project = make_project(code="SF-001", stage=Stage.SIGNED, stage_on=D(2026, 1, 10), signed_on=D(2026, 1, 10))
    approvals_ensure(project=project, acting_user=SYSTEM)
    ProjectApproval.objects.filter(project=project).exclude(step__name="环评").update(granted_on=D(2026, 2, 1))
    return project


def _validate(rows, zone):
    return ledger_validate(xlsx(rows), zone=zone, file_name="台账.xlsx", year=2026, today=TODAY)


def test_a_row_moving_a_known_project_to_start_without_its_approvals_is_a_bad_row(zone, known_signed):
    reading = _validate([row()], zone)
    (error,) = reading.errors
    assert (error.row, error.column, error.value) == (2, "开工日期", "2026-03-02") and "环评" in error.reason
    known_signed.refresh_from_db()
    assert known_signed.stage == Stage.SIGNED


def test_with_an_override_reason_the_row_is_imported_and_the_override_audited(zone, known_signed):
    reading = _validate([row(例外开工原因="环评容缺受理，承诺期内补齐")], zone)
    assert reading.errors == []
    ledger_import(reading=reading, zone=zone, acting_user=SYSTEM)
    known_signed.refresh_from_db()
    assert known_signed.stage == Stage.STARTED
    assert known_signed.stage_events.get(stage=Stage.STARTED).approval_override == "环评容缺受理，承诺期内补齐"
    batch = AuditEntry.objects.get(action="import").batch
    assert batch["approval_overrides"] == {"SF-001": {"reason": "环评容缺受理，承诺期内补齐", "missing": ["环评"]}}


def test_once_granted_the_row_needs_no_override_and_a_new_project_enters_as_it_stands(zone, known_signed):
    ProjectApproval.objects.filter(project=known_signed).update(granted_on=D(2026, 2, 1))
    reading = _validate([row(), row(项目编号="SF-NEW", 项目名称="新入库已开工项目")], zone)
    assert reading.errors == []
    ledger_import(reading=reading, zone=zone, acting_user=SYSTEM)
    assert AuditEntry.objects.get(action="import").batch["approval_overrides"] == {}
    assert Project.objects.get(code="SF-NEW").stage == Stage.STARTED


def test_a_reserve_project_round_trips_through_the_reserve_column(zone, departments):
    blank_dates = {"签约日期": "", "开工日期": "", "1月完成投资（万元）": "", "2月完成投资（万元）": ""}
    reading = _validate([row(**blank_dates, 储备项目="是")], zone)
    assert reading.errors == []
    ledger_import(reading=reading, zone=zone, acting_user=SYSTEM)
    project = Project.objects.get(code="SF-001")
    assert project.stage == Stage.RESERVE
    again = ledger_validate(ledger_export(Project.objects.filter(zone=zone), 2026), zone=zone, file_name="x.xlsx",
                            year=2026, today=TODAY)
    assert again.errors == [] and again.records[0].values["reserve"] == "yes"
    bad = _validate([row(项目编号="SF-002", 储备项目="是")], zone)
    assert [e.column for e in bad.errors] == ["储备项目"]
