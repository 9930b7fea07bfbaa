import datetime
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.imports.columns import HEADERS
from actiondesk.enterprises.imports.service import BadFile, enterprises_import
from actiondesk.enterprises.models import Enterprise, EnterpriseYearFigures
from tests.enterprises.sheets import code, row, write_xlsx

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 10, 15)


def run_import(zone, path, actor=SYSTEM):
    return enterprises_import(zone=zone, data=path.read_bytes(), file_name=path.name, actor=actor, today=TODAY)


def test_a_clean_file_creates_enterprises_and_figures_and_one_audit_entry(zone, admin, tmp_path):
    path = write_xlsx(tmp_path / "ok.xlsx", [row(i) for i in range(1, 6)])
    result = run_import(zone, path, admin)
    assert result.ok and result.summary["created"] == 5
    enterprise = Enterprise.objects.get(credit_code=code(3))
    assert enterprise.industry_section == "C" and enterprise.scale_status == "industry"
    assert enterprise.registered_on == datetime.date(2018, 5, 1)
    figures = EnterpriseYearFigures.objects.get(enterprise=enterprise, year=2025)
    assert float(figures.revenue) == 3000.5 and figures.employees == 80
    entry = AuditEntry.objects.get(action="import")
    assert entry.actor == admin and entry.batch["created"] == 5 and entry.batch["file_name"] == "ok.xlsx"
    assert len(entry.batch["sha256"]) == 64


def test_reimporting_updates_by_credit_code_and_keeps_previous_values(zone, tmp_path):
    run_import(zone, write_xlsx(tmp_path / "a.xlsx", [row(1), row(2)]))
    result = run_import(zone, write_xlsx(tmp_path / "b.xlsx", [row(1, name="新名称有限公司", revenue=4000), row(2),
                                                               row(3)]))
    assert (result.summary["created"], result.summary["updated"], result.summary["unchanged"]) == (1, 1, 1)
    assert Enterprise.objects.get(credit_code=code(1)).name == "新名称有限公司"
    previous = AuditEntry.objects.filter(action="import").latest("pk").batch["previous"]
    assert previous[code(1)]["name"] == "沈抚测试1号科技有限公司"
    assert previous[code(1)]["figures"]["revenue"] == 3000.5
    assert Enterprise.objects.count() == 3 and EnterpriseYearFigures.objects.count() == 3


BAD_ROWS = [
    ({"credit_code": "9144030010001686XB"}, "统一社会信用代码", "校验码错误"),
    ({"credit_code": "914403001922O38216"}, "统一社会信用代码", "含非法字符"),
    ({"credit_code": "91110000710925462"}, "统一社会信用代码", "长度应为18位"),
    ({"credit_code": "914403001923174598"}, "统一社会信用代码", "GB 11714"),
    ({"revenue": "约100万"}, "营业收入(万元)", "不是数字"),
    ({"revenue": -5}, "营业收入(万元)", "不能为负数"),
    ({"name": ""}, "企业名称", "必填"),
    ({"credit_code": code(1)}, "统一社会信用代码", "与第3行重复"),
    ({"registered_on": datetime.date(2099, 1, 1)}, "成立日期", "日期超出范围"),
    ({"registered_on": "1800-01-01"}, "成立日期", "日期超出范围"),
    ({}, "营业收入(万元)", "含公式"),
    ({"employees": 12.5}, "从业人员", "应为整数"),
    ({"employees": 10, "tech_staff": 20}, "科技人员", "不能多于从业人员"),
    ({"year": 1999}, "数据年度", "应在2000"),
    ({"year": ""}, "数据年度", "填写了年度数据时必填"),
    ({"scale_status": "规上"}, "四上状态", "不是可选值"),
    ({"scale_status": ""}, "入规日期", "未填四上状态"),
    ({"scale_entered_on": "2020年1月"}, "入规日期", "日期格式"),
    ({"name": "长" * 201}, "企业名称", "超过200个字符"),
    ({"ip_class1": -1}, "Ⅰ类知识产权", "应在0"),
]


def test_a_file_with_twenty_bad_rows_reports_all_twenty_and_writes_nothing(zone, tmp_path):
    rows = [row(1)] + [row(100 + i, **values) for i, (values, _c, _r) in enumerate(BAD_ROWS)]
    formula_index = 1 + next(i for i, (v, c, r) in enumerate(BAD_ROWS) if r == "含公式")
    path = write_xlsx(tmp_path / "bad.xlsx", rows, formulas={(formula_index, "revenue"): "=1+1"})
    result = run_import(zone, path)
    assert not result.ok
    assert len(result.errors) == 20
    for error, (_values, column, reason) in zip(result.errors, BAD_ROWS, strict=True):
        assert (error.column, reason in error.reason) == (column, True), error
    assert [e.row for e in result.errors] == list(range(4, 24))
    assert Enterprise.objects.count() == 0 and not AuditEntry.objects.filter(action="import").exists()


def test_a_file_with_wrong_headers_is_refused_with_the_expected_headers(zone, tmp_path):
    headers = list(HEADERS)
    headers[1] = "公司名称"
    path = write_xlsx(tmp_path / "hdr.xlsx", [row(1)], headers=headers)
    with pytest.raises(BadFile) as exc:
        run_import(zone, path)
    assert "表头不符" in str(exc.value) and "、".join(HEADERS) in str(exc.value)


def test_the_command_exits_2_with_a_one_line_reason_for_a_bad_file(zone, tmp_path):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"not a spreadsheet")
    with pytest.raises(CommandError) as exc:
        call_command("enterprises_import", str(path), zone=zone.name)
    assert exc.value.returncode == 2 and "\n" not in str(exc.value)


def test_the_command_rejects_a_row_with_a_bad_code_naming_the_check(zone, tmp_path, capsys):
    path = write_xlsx(tmp_path / "one.xlsx", [row(1, credit_code="91440300192317458G")])
    with pytest.raises(CommandError) as exc:
        call_command("enterprises_import", str(path), zone=zone.name)
    assert exc.value.returncode == 2
    assert "校验码错误(GB 32100 模31)：应为“F”" in capsys.readouterr().err


def test_the_command_prints_json(zone, tmp_path, capsys):
    path = write_xlsx(tmp_path / "j.xlsx", [row(1), row(2)])
    call_command("enterprises_import", str(path), zone=zone.name, json=True)
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["created"] == 2


def test_names_with_tabs_backslashes_and_line_breaks_survive_the_import(zone, tmp_path):
    odd = {"name": "沈抚\\测试\t有限公司", "address": "金枫街\n1号", "contact_name": "\\N"}
    run_import(zone, write_xlsx(tmp_path / "odd.xlsx", [row(1, **odd), row(2, registered_on="")]))
    enterprise = Enterprise.objects.get(credit_code=code(1))
    assert (enterprise.name, enterprise.address, enterprise.contact_name) == (odd["name"], odd["address"], "\\N")
    assert Enterprise.objects.get(credit_code=code(2)).registered_on is None


def test_copy_text_escapes_only_chunks_that_need_it():
    from actiondesk.enterprises.imports.copy_text import enterprise_lines, figure_lines

    # The fifth value is the park's id (None: no park).
    plain = ("91", "甲", "", "C1", None, "", None, "", "", "", None, "C")
    assert enterprise_lines([(1, plain)], 5, "T") == "1\t5\t91\t甲\t\tC1\t\\N\t\t\\N\t\t\t\t\\N\tC\tT\n"
    odd = ("91", "甲\t乙", "", "C1", 7, "a\\b", datetime.date(2020, 1, 2), "", "", "", None, "C")
    assert enterprise_lines([(1, odd)], 5, "T") == "1\t5\t91\t甲\\t乙\t\tC1\t7\ta\\\\b\t2020-01-02\t\t\t\t\\N\tC\tT\n"
    assert figure_lines([(3, (2025, 1.5, None, 7))]) == "3\t2025\t1.5\t\\N\t7\n"
