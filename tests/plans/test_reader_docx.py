"""A .docx made from the sample plan reads like the gold reading, wherever the responsibility sits."""

import io
import re

import docx
import pytest

from actiondesk.plans.reader import read_plan, read_plan_file
from actiondesk.plans.samples import SHENFU_2026_TEXT
from tests.helpers import assert_reads_like_gold

CLAUSE = re.compile(r"^(?P<task>\d+\..+?)(?P<clause>\((?:责任|牵头)部门[^()]*\))$")


@pytest.fixture(scope="module")
def plan_lines() -> list[str]:
    return SHENFU_2026_TEXT.read_text(encoding="utf-8").splitlines()


def docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_with_one_paragraph_per_line_reads_like_gold(plan_lines, gold_reading, tmp_path):
    data = docx_bytes(lambda document: [document.add_paragraph(line) for line in plan_lines])
    path = tmp_path / "plan.docx"
    path.write_bytes(data)
    assert_reads_like_gold(read_plan_file(path), gold_reading)


def test_docx_with_responsibility_in_its_own_paragraph_reads_like_gold(plan_lines, gold_reading):
    def build(document):
        for line in plan_lines:
            match = CLAUSE.match(line)
            parts = [match.group("task"), match.group("clause")] if match else [line]
            for part in parts:
                document.add_paragraph(part)

    assert_reads_like_gold(read_plan(docx_bytes(build), "plan.docx"), gold_reading)


def test_docx_with_responsibility_in_a_table_cell_reads_like_gold(plan_lines, gold_reading):
    def build(document):
        for line in plan_lines:
            match = CLAUSE.match(line)
            if not match:
                document.add_paragraph(line)
                continue
            document.add_paragraph(match.group("task"))
            row = document.add_table(rows=1, cols=2).rows[0]
            row.cells[0].text = "责任分工"
            row.cells[1].text = match.group("clause")[1:-1]

    assert_reads_like_gold(read_plan(docx_bytes(build), "plan.docx"), gold_reading)


def test_docx_tasks_written_entirely_in_a_table_are_read():
    def build(document):
        document.add_paragraph("某区2026年招商行动方案")
        document.add_paragraph("一、重点任务")
        table = document.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text = "1.引进重点项目。全年引进项目20个。"
        table.rows[0].cells[1].text = "牵头单位：投资促进局"
        table.rows[1].cells[0].text = "2.举办推介活动。举办推介会不少于5场。"
        table.rows[1].cells[1].text = "牵头单位：商务局；配合单位：文旅局"

    reading = read_plan(docx_bytes(build), "方案.docx")
    assert [(t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("引进重点项目", ["投资促进局"], []),
        ("举办推介活动", ["商务局"], ["文旅局"]),
    ]
    assert [(t["value"], t["unit"], t["task"]) for t in reading["targets"]] == [(20, "个", "1"), (5, "场", "2")]
