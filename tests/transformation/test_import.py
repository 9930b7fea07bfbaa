"""The .xlsx import of diagnoses, projects and ratings: every bad row listed, nothing written; then one audit batch."""
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actiondesk.cli import main
from actiondesk.core.models import AuditAction, AuditEntry
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.transformation import services
from actiondesk.transformation.imports import (
    DIAGNOSIS_COLUMNS,
    PROJECT_COLUMNS,
    RATING_COLUMNS,
    import_template,
)
from actiondesk.transformation.models import Diagnosis, FactoryRating, TransformationProject
from tests.helpers import workbook_bytes
from tests.transformation.helpers import D, credit_code, enterprise

pytestmark = pytest.mark.django_db
TODAY = D(2026, 10, 31)
DIAGNOSIS_HEADERS = [c.header for c in DIAGNOSIS_COLUMNS[:6]]
RATING_HEADERS = [c.header for c in RATING_COLUMNS]
PROJECT_HEADERS = ["统一社会信用代码", "项目名称", "改造方向", "改造内容", "状态", "重点项目编号", "完成日期"]


def _book(diagnoses=(), ratings=(), projects=()):
    sheets = {}
    if diagnoses:
        sheets["评估诊断"] = [DIAGNOSIS_HEADERS, *diagnoses]
    if ratings:
        sheets["工厂评级"] = [RATING_HEADERS, *ratings]
    if projects:
        sheets["智改数转项目"] = [PROJECT_HEADERS, *projects]
    return workbook_bytes(sheets)


def _import(zone, user, data):
    return services.transformation_import(zone=zone, acting_user=user, data=data, file_name="转型.xlsx", today=TODAY)


def test_a_file_with_bad_rows_lists_every_one_and_writes_nothing(zone, alice):
    enterprise(zone, 1)
    good = credit_code(1)
    data = _book(
        diagnoses=[[good, "企业1", "2026-03-01", "双智赋能中心", "数字化转型成熟度评估", 3],
                   [credit_code(99), "不存在", "2026-03-01", "", "数字化转型成熟度评估", 2],  # unknown credit code
                   [good, "企业1", "1900-01-01", "", "数字化转型成熟度评估", 2],  # date out of the window
                   [good, "企业1", "2026-12-01", "", "数字化转型成熟度评估", 6]],  # future date and level 6
        ratings=[[good, "企业1", "智能工厂", "超级级", "认定", "", "2026-05-01", "", ""],  # no such level
                 [good, "企业1", "绿色工厂", "基础级", "认定", "", "2026-05-01", "", ""],  # not a green level
                 [good, "企业1", "智能工厂", "基础级", "认定", "", "2026-05-01", "2101-01-01", ""]],  # date too late
        projects=[[good, "联网", "网络化", "工业互联网", "已完成", "X-404", "2026-04-01"]])  # unknown ledger code
    reading = _import(zone, alice, data)
    found = {(e.column, e.row) for e in reading.errors}
    assert found == {
        ("评估诊断·统一社会信用代码", 3), ("评估诊断·诊断日期", 4), ("评估诊断·诊断日期", 5),
        ("评估诊断·总体成熟度等级", 5), ("工厂评级·等级", 2), ("工厂评级·等级", 3), ("工厂评级·有效期至", 4),
        ("智改数转项目·重点项目编号", 2)}
    reasons = {(e.column, e.row): e.reason for e in reading.errors}
    assert "没有这个统一社会信用代码" in reasons[("评估诊断·统一社会信用代码", 3)]
    assert "绿色工厂没有这个等级" in reasons[("工厂评级·等级", 3)]
    assert "晚于今天" in reasons[("评估诊断·诊断日期", 5)]
    assert not Diagnosis.objects.exists() and not FactoryRating.objects.exists()
    assert not TransformationProject.objects.exists()
    assert not AuditEntry.objects.filter(action=AuditAction.IMPORT).exists()


def test_a_good_file_writes_every_sheet_in_one_audit_batch(zone, alice):
    enterprise(zone, 1)
    enterprise(zone, 2)
    data = _book(diagnoses=[[credit_code(1), "企业1", "2026-03-01", "双智赋能中心", "数字化转型成熟度评估", 3],
                            [credit_code(2).lower(), "企业2", "2026-04-01", "", "智能制造能力成熟度自评估（GB/T 39116）", 2]],
                 ratings=[[credit_code(1), "企业1", "智能工厂", "基础级", "认定", "", "2026-05-01", "", "备〔2026〕1"]],
                 projects=[[credit_code(2), "联网", "网络化", "工业互联网", "已完成", "", "2026-04-01"]])
    reading = _import(zone, alice, data)
    assert reading.errors == []
    assert Diagnosis.objects.count() == 2 and FactoryRating.objects.count() == 1
    assert TransformationProject.objects.get().state == "completed"
    entry = AuditEntry.objects.get(action=AuditAction.IMPORT)
    assert entry.batch["created"] == 4 and entry.batch["file_name"] == "转型.xlsx"


def test_the_template_reads_back_without_rows_and_a_foreign_workbook_is_refused(zone, alice):
    assert _import(zone, alice, import_template()).count == 0
    with pytest.raises(SheetFileError):
        _import(zone, alice, workbook_bytes({"其他": [["a"], [1]]}))
    assert len(PROJECT_COLUMNS) == 14


def test_the_import_page_shows_every_error_and_refuses_other_departments(zone, alice, bob, login):
    enterprise(zone, 1)
    data = _book(diagnoses=[[credit_code(98), "无", "2026-03-01", "", "数字化转型成熟度评估", 3],
                            [credit_code(97), "无", "2026-03-01", "", "数字化转型成熟度评估", 3]])
    upload = SimpleUploadedFile("转型.xlsx", data)
    response = login(alice).post(reverse("transformation:import_upload"), {"file": upload})
    assert response.status_code == 400
    assert response.content.decode().count("没有这个统一社会信用代码") == 2
    assert login(bob).get(reverse("transformation:import_upload")).status_code == 403
    assert login(bob).post(reverse("transformation:import_upload"), {"file": upload}).status_code == 403


def test_the_command_line_lists_every_bad_row_exits_2_and_imports_a_good_file(zone, departments, tmp_path, capsys):
    enterprise(zone, 1)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(_book(ratings=[[credit_code(1), "企业1", "绿色工厂", "基础级", "认定", "", "2026-05-01", "", ""],
                                   [credit_code(2), "无", "智能工厂", "基础级", "培育", "", "", "", ""]]))
    assert main(["transformation", "import", str(bad), "--json"]) == 2
    out = json.loads(capsys.readouterr().out)
    assert [(e["row"], e["column"]) for e in out["errors"]] == [(2, "工厂评级·等级"), (3, "工厂评级·统一社会信用代码")]
    good = tmp_path / "good.xlsx"
    good.write_bytes(_book(ratings=[[credit_code(1), "企业1", "绿色工厂", "省级", "认定", "", "2026-05-01", "", ""]]))
    assert main(["transformation", "import", str(good)]) == 0
    assert FactoryRating.objects.get().level == "provincial"
