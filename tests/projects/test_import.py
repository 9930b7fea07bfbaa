import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from python_calamine import CalamineWorkbook

from actiondesk.cli import main
from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.projects.choices import Stage
from actiondesk.projects.exports import ledger_export, ledger_template
from actiondesk.projects.imports import ledger_import, ledger_validate
from actiondesk.projects.models import Project, ProjectMonthlyInvestment
from tests.projects.ledger_sheets import TODAY, row, xlsx

pytestmark = pytest.mark.django_db


def test_a_good_ledger_creates_projects_stage_history_monthly_investment_and_one_audit_entry(zone, departments):
    reading = ledger_validate(xlsx([row(), row(项目编号="SF-002", 项目名称="美托气源管路")]), zone=zone,
                              file_name="台账.xlsx", year=2026, today=TODAY)
    assert reading.errors == []
    result = ledger_import(reading=reading, zone=zone, acting_user=SYSTEM)
    assert result == {"created": 2, "updated": 0, "rows": 2, "factor_needs": {"created": 0, "updated": 0},
                      "problems": {"created": 0, "updated": 0}}
    project = Project.objects.get(code="SF-001")
    assert project.stage == Stage.STARTED and project.started_on == datetime.date(2026, 3, 2)
    assert list(project.stage_events.values_list("stage", flat=True)) == [Stage.SIGNED, Stage.STARTED]
    assert ProjectMonthlyInvestment.objects.filter(project=project).count() == 2
    entry = AuditEntry.objects.get(action="import", content_type__model="project")
    assert entry.batch["created"] == 2 and entry.batch["file_name"] == "台账.xlsx"


def test_importing_again_updates_by_project_code_and_keeps_previous_values(zone, departments):
    ledger_import(reading=ledger_validate(xlsx([row()]), zone=zone, file_name="a.xlsx", year=2026, today=TODAY),
                  zone=zone, acting_user=SYSTEM)
    reading = ledger_validate(xlsx([row(**{"总投资（万元）": 60000, "竣工日期": "2026-09-30"})]), zone=zone,
                              file_name="b.xlsx", year=2026, today=TODAY)
    assert ledger_import(reading=reading, zone=zone, acting_user=SYSTEM)["updated"] == 1
    project = Project.objects.get(code="SF-001")
    assert project.total_investment == 60000 and project.stage == Stage.COMPLETED
    assert AuditEntry.objects.filter(action="import", content_type__model="project").first().batch["previous"]["SF-001"]["total_investment"] == "52000"


def test_a_ledger_with_bad_rows_reports_every_one_with_row_column_value_and_reason_and_writes_nothing(zone, departments):
    content = xlsx([
        row(),
        row(项目编号="SF-002", **{"总投资（万元）": "很多"}),
        row(项目编号="SF-003", 责任部门="不存在局"),
        row(项目编号="SF-004", 开工日期="2025-12-01"),
        row(项目编号="SF-005", 签约日期="2026-01-10", 开工日期="", 竣工日期="2026-05-01"),
        row(项目编号="SF-001"),
        row(项目编号="SF-007", 产业领域="航天", 投资主体统一社会信用代码="91210000XXXXXXXXX0"),
        row(项目编号="SF-008", **{"11月完成投资（万元）": 100, "项目名称": ""}),
    ])
    reading = ledger_validate(content, zone=zone, file_name="bad.xlsx", year=2026, today=TODAY)
    found = {(e.row, e.column) for e in reading.errors}
    assert (3, "总投资（万元）") in found
    assert (4, "责任部门") in found
    assert (5, "阶段日期") in found
    assert (6, "阶段日期") in found
    assert (7, "项目编号") in found
    assert {(8, "产业领域"), (8, "投资主体统一社会信用代码")} <= found
    assert {(9, "11月完成投资（万元）"), (9, "项目名称")} <= found
    bad_value = next(e for e in reading.errors if e.row == 3)
    assert bad_value.value == "很多" and bad_value.reason == "不是数字"
    with pytest.raises(CommandError) as exc:
        _command_import(content, zone)
    assert exc.value.returncode == 2
    assert Project.objects.count() == 0 and not AuditEntry.objects.filter(action="import", content_type__model="project").exists()


def _command_import(content, zone, tmp_path=None, *args):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "ledger.xlsx"
    path.write_bytes(content)
    out = io.StringIO()
    call_command("projects_import", str(path), "--zone", zone.name, "--year", "2026", *args, stdout=out,
                 stderr=io.StringIO())
    return out.getvalue()


def test_the_command_imports_with_json_output(zone, departments):
    Enterprise.objects.create(zone=zone, credit_code="91210400MA0Y8K2X3B", name="品诺环保装备有限公司")
    content = xlsx([row(**{"投资主体统一社会信用代码": "91210400MA0Y8K2X3B", "1月完成投资（万元）": "",
                           "2月完成投资（万元）": ""})])
    result = json.loads(_command_import(content, zone, None, "--json"))
    assert result["ok"] and result["created"] == 1
    assert Project.objects.get().investor.name == "品诺环保装备有限公司"


def test_the_command_exits_2_with_one_line_on_a_file_that_is_not_xlsx(zone, departments):
    with pytest.raises(CommandError) as exc:
        _command_import(b"not a spreadsheet", zone)
    assert exc.value.returncode == 2 and "\n" not in str(exc.value)


def _cli(content, zone, tmp_path, *args):
    path = tmp_path / "台账.xlsx"
    path.write_bytes(content)
    return main(["projects", "import", str(path), "--zone", zone.name, "--year", "2026", *args])


def test_the_command_lists_each_bad_row_with_row_column_value_and_reason_and_exits_2_writing_nothing(
        zone, departments, tmp_path, capsys):
    content = xlsx([row(), row(项目编号="SF-002", **{"总投资（万元）": "很多"}), row(项目编号="SF-003", 责任部门="不存在局")])
    assert _cli(content, zone, tmp_path) == 2
    err = capsys.readouterr().err.splitlines()
    assert "第3行 总投资（万元）「很多」：不是数字" in err
    assert any(line.startswith("第4行 责任部门「不存在局」：") for line in err)
    assert err[-1] == "actiondesk projects import: 有 2 处错误，未写入任何数据"
    assert not Project.objects.exists() and not AuditEntry.objects.filter(action="import").exists()


def test_the_command_with_json_lists_bad_rows_as_json_and_exits_2(zone, departments, tmp_path, capsys):
    assert _cli(xlsx([row(**{"总投资（万元）": "很多"})]), zone, tmp_path, "--json") == 2
    out = json.loads(capsys.readouterr().out)
    assert out == {"ok": False, "errors": [{"row": 2, "column": "总投资（万元）", "value": "很多", "reason": "不是数字"}]}
    assert not Project.objects.exists()


def test_the_command_exits_2_with_one_line_on_a_missing_file_or_an_unknown_zone(zone, departments, tmp_path, capsys):
    assert main(["projects", "import", str(tmp_path / "missing.xlsx"), "--zone", zone.name]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    path = tmp_path / "台账.xlsx"
    path.write_bytes(xlsx([row()]))
    assert main(["projects", "import", str(path), "--zone", "没有的区"]) == 2
    assert capsys.readouterr().err == "actiondesk projects import: 没有这个示范区：没有的区\n"
    assert not Project.objects.exists()


def test_the_command_says_what_it_imported_and_exits_0(zone, departments, tmp_path, capsys):
    assert _cli(xlsx([row()]), zone, tmp_path) == 0
    assert capsys.readouterr().out.strip() == ("已导入 1 行：新增 1，更新 0；要素保障新增 0、更新 0；"
                                               "存在问题新增 0、更新 0")
    assert Project.objects.get().code == "SF-001"


def test_the_template_has_a_notes_row_that_the_importer_skips(zone, departments):
    reading = ledger_validate(ledger_template(), zone=zone, file_name="t.xlsx", year=2026, today=TODAY)
    assert reading.records == [] and reading.errors == []


def test_an_export_reads_back_as_a_valid_ledger(zone, departments):
    ledger_import(reading=ledger_validate(xlsx([row()]), zone=zone, file_name="a.xlsx", year=2026, today=TODAY),
                  zone=zone, acting_user=SYSTEM)
    content = ledger_export(Project.objects.filter(zone=zone), 2026)
    rows = CalamineWorkbook.from_filelike(io.BytesIO(content)).get_sheet_by_index(0).to_python()
    assert rows[1][0] == "SF-001"
    reading = ledger_validate(content, zone=zone, file_name="export.xlsx", year=2026, today=TODAY)
    assert reading.errors == [] and len(reading.records) == 1
