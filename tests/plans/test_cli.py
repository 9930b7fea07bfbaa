"""`actiondesk plan parse|import`: exit codes, one-line errors and nothing written on bad input."""
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from actiondesk.cli import main
from actiondesk.plans.models import Indicator, Plan, Task
from actiondesk.plans.samples import SHENFU_2026_TEXT as PLAN_TXT

pytestmark = pytest.mark.django_db


def _bad_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    not_zip = tmp_path / "plan.docx"
    not_zip.write_bytes("这不是一个 Word 文件".encode())
    too_big = tmp_path / "big.txt"
    too_big.write_bytes(("一、行动目标\n" + "字" * 1000 + "\n").encode() * 8000)
    no_tasks = tmp_path / "notes.md"
    no_tasks.write_text("# 会议纪要\n今天讨论了园区绿化，没有形成任务。\n", encoding="utf-8")
    scan = tmp_path / "scan.pdf"  # a page without a text layer, as a scanner writes it
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with scan.open("wb") as out:
        writer.write(out)
    broken_pdf = tmp_path / "broken.pdf"
    broken_pdf.write_bytes(b"%PDF-1.7\n%%EOF")
    return [empty, binary, not_zip, too_big, no_tasks, scan, broken_pdf]


def test_plan_parse_prints_the_reading_as_json_in_the_gold_shape(capsys, gold_reading):
    assert main(["plan", "parse", str(PLAN_TXT), "--json"]) == 0
    reading = json.loads(capsys.readouterr().out)
    for key in ("title", "year", "goals", "programmes", "tasks", "targets", "safeguards", "departments"):
        assert key in reading
    assert [(t["number"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        (t["number"], t["lead"], t["support"]) for t in gold_reading["tasks"]]


def test_plan_import_stores_the_plan_and_a_second_import_changes_nothing(capsys):
    assert main(["plan", "import", str(PLAN_TXT), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["created"] is True
    plan = Plan.objects.get()
    assert Task.objects.filter(plan=plan).count() == 19
    assert Indicator.objects.filter(plan=plan).count() == 34
    assert main(["plan", "import", str(PLAN_TXT), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["created"] is False and second["changes"] == []


def test_bad_files_exit_2_with_one_line_and_write_nothing(tmp_path, capsys):
    for path in _bad_files(tmp_path):
        for verb in ("parse", "import"):
            assert main(["plan", verb, str(path)]) == 2, path.name
            err = capsys.readouterr().err.strip()
            assert err and "\n" not in err, (path.name, err)
            assert path.name in err
    assert Plan.objects.count() == 0


def test_a_docx_with_a_broken_zip_member_is_refused(tmp_path, capsys):
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("word/document.xml", "<not-xml")
    assert main(["plan", "parse", str(broken)]) == 2
    assert "broken.docx" in capsys.readouterr().err


def test_unknown_command_is_a_usage_error(capsys):
    assert main(["plan", "explode"]) == 2


def test_plan_parse_explain_prints_each_task_and_target_with_its_sentence_and_rule(capsys):
    assert main(["plan", "parse", str(PLAN_TXT), "--explain"]) == 0
    out = capsys.readouterr().out
    assert out.count("    规则：") == 19 + 38
    assert "原文：(牵头部门:投资促进局、产业创新局;配合部门:发展改革局)" in out
    assert "规则：按“牵头单位/配合单位”标注" in out
    assert "[1] 高端装备产业实现产值75亿元以上  → >= 75亿元" in out
    assert "规则：按“以上”" in out


def test_plan_parse_explain_marks_what_the_reader_is_unsure_of(tmp_path, capsys):
    plan = tmp_path / "plan.txt"
    plan.write_text("某区2026年行动计划\n一、重点任务\n(一)完善工作机制。推行六种模式。\n"
                    "(二)培育企业。新增企业10家。(责任单位:区工信局)\n", encoding="utf-8")
    assert main(["plan", "parse", str(plan), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "(一) 完善工作机制  牵头：—；配合：—  [待确认]" in out
    assert "规则：未找到责任单位" in out
    assert "(二) 培育企业  牵头：区工信局；配合：—\n" in out
    assert out.startswith("某区2026年行动计划（2026）\n")


def test_plan_parse_shows_no_year_for_a_plan_that_names_none(tmp_path, capsys):
    plan = tmp_path / "plan.txt"
    plan.write_text("某区产业发展行动方案\n一、重点任务\n1）培育企业。新增企业10家。【牵头单位】区科技局；【配合单位】区财政局\n",
                    encoding="utf-8")
    for flags in (["--explain"], []):
        assert main(["plan", "parse", str(plan), *flags]) == 0
        out = capsys.readouterr().out
        assert "None" not in out and "某区产业发展行动方案" in out
    assert main(["plan", "parse", str(plan), "--explain"]) == 0
    assert "1. 培育企业  牵头：区科技局；配合：区财政局" in capsys.readouterr().out


def test_plan_parse_reads_a_published_pdf(capsys):
    pdf = Path(__file__).parent / "fixtures/pdf/zhejiang-2026-industrial-internet-ai-integration-empowerment-action-plan.pdf"
    assert main(["plan", "parse", str(pdf), "--json"]) == 0
    reading = json.loads(capsys.readouterr().out)
    assert len(reading["tasks"]) == 14 and all(task["lead"] for task in reading["tasks"])
    assert len(reading["targets"]) == 8


def test_plan_parse_counts_a_pdfs_pages_on_a_terminal_and_keeps_json_output_clean(capsys, monkeypatch):
    pdf = Path(__file__).parent / "fixtures" / "pdf" / (
        "zhejiang-2026-industrial-internet-ai-integration-empowerment-action-plan.pdf")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # rich draws its bar as on a terminal
    monkeypatch.setenv("TTY_INTERACTIVE", "1")
    assert main(["plan", "parse", str(pdf)]) == 0
    out, err = capsys.readouterr()
    assert "读取 PDF 页面" in err and "8/8" in err and "读取 PDF 页面" not in out
    assert main(["plan", "parse", str(pdf), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and json.loads(out)["tasks"]


def test_plan_parse_reads_a_scanned_page_showing_its_recognition_on_a_terminal(capsys, monkeypatch, recogniser):
    image = Path(__file__).parent / "fixtures" / "images" / "zhejiang-2024-humanoid-robot-plan-page-2.jpg"
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("TTY_INTERACTIVE", "1")
    assert main(["plan", "parse", str(image)]) == 0
    out, err = capsys.readouterr()
    assert "识别扫描页文字" in err and "1/1" in err and "（一）" in out
    assert main(["plan", "parse", str(image), "--json"]) == 0
    out, err = capsys.readouterr()
    reading = json.loads(out)
    assert err == "" and reading["scanned_pages"] == 1 and reading["tasks"][0]["lead"] == ["省经信厅"]
