"""``actiondesk enterprises import FILE``: core's import command — bad rows as row, column, value and reason (or
--json), exit 2 with one line and nothing written; exit 0 with one line saying what was imported."""
import json

import pytest

from actiondesk.cli import main
from actiondesk.core.models import AuditEntry
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.models import Zone
from tests.enterprises.sheets import code, row, write_xlsx

pytestmark = pytest.mark.django_db


def _cli(path, zone, *args):
    return main(["enterprises", "import", str(path), "--zone", zone.name, *args])


def test_the_command_lists_each_bad_row_with_row_column_value_and_reason_and_exits_2_writing_nothing(
        zone, tmp_path, capsys):
    path = write_xlsx(tmp_path / "bad.xlsx", [row(1), row(2, revenue="约100万"), row(3, name="")])
    assert _cli(path, zone) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == ["第4行 营业收入(万元)「约100万」：不是数字", "第5行 企业名称「」：必填",
                   "actiondesk enterprises import: 有 2 处错误，未写入任何数据"]
    assert not Enterprise.objects.exists() and not AuditEntry.objects.filter(action="import").exists()


def test_the_command_with_json_lists_bad_rows_as_json_and_exits_2(zone, tmp_path, capsys):
    path = write_xlsx(tmp_path / "bad.xlsx", [row(1, revenue="约100万")])
    assert _cli(path, zone, "--json") == 2
    out = json.loads(capsys.readouterr().out)
    assert out == {"ok": False, "errors": [{"row": 3, "column": "营业收入(万元)", "value": "约100万",
                                            "reason": "不是数字"}]}
    assert not Enterprise.objects.exists()


def test_the_command_exits_2_with_one_line_on_a_missing_file_a_bad_file_or_an_unknown_zone(zone, tmp_path, capsys):
    assert main(["enterprises", "import", str(tmp_path / "missing.xlsx"), "--zone", zone.name]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a spreadsheet")
    assert _cli(junk, zone) == 2
    assert capsys.readouterr().err.count("\n") == 1
    path = write_xlsx(tmp_path / "ok.xlsx", [row(1)])
    assert main(["enterprises", "import", str(path), "--zone", "没有的区"]) == 2
    assert capsys.readouterr().err == "actiondesk enterprises import: 没有这个示范区：没有的区\n"
    assert not Enterprise.objects.exists() and not Zone.objects.filter(name="没有的区").exists()


def test_the_command_says_what_it_imported_and_exits_0(zone, tmp_path, capsys):
    assert _cli(write_xlsx(tmp_path / "ok.xlsx", [row(1), row(2)]), zone) == 0
    assert capsys.readouterr().out.strip() == "已导入 ok.xlsx：新增 2 家，更新 0 家，未变 0 家"
    assert _cli(write_xlsx(tmp_path / "again.xlsx", [row(1, name="新名称有限公司"), row(2), row(3)]), zone) == 0
    assert capsys.readouterr().out.strip() == "已导入 again.xlsx：新增 1 家，更新 1 家，未变 1 家"
    assert Enterprise.objects.get(credit_code=code(1)).name == "新名称有限公司"


def test_the_command_with_json_says_the_counts_without_the_previous_values(zone, tmp_path, capsys):
    _cli(write_xlsx(tmp_path / "a.xlsx", [row(1)]), zone)
    capsys.readouterr()
    assert _cli(write_xlsx(tmp_path / "b.xlsx", [row(1, revenue=4000), row(2)]), zone, "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert {k: out[k] for k in ("ok", "rows", "file_name", "created", "updated", "unchanged")} == {
        "ok": True, "rows": 2, "file_name": "b.xlsx", "created": 1, "updated": 1, "unchanged": 0}
    assert "previous" not in out and len(out["sha256"]) == 64
