"""A plan kept as an old Word file (.doc, Word 97–2003, or a .wps in that format) reads as its text: paragraphs, a task table
row by row as in a .docx, fields as their results. The file-level tests use a real .doc saved by WPS
(fixtures/doc/README.md), its text replaced in place, so the file stays the binary format Word and WPS write."""
import io
from pathlib import Path

import olefile
import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text
from actiondesk.plans.reader.word97 import document_lines
from tests.plans.test_reader_errors import assert_refused

_FIXTURE = Path(__file__).parent / "fixtures" / "doc" / "national-2017-investment-project-online-approval-platform-measures.doc"
_TEXT_AT, _TEXT_CHARACTERS = 0x800, 3077  # the fixture's one piece: UTF-16 text at fc 0x800 in WordDocument

_PLAN = ("某区2026年营商环境优化行动方案\r一、重点任务\r"
         "（一）优化开办服务。新增企业3000户。（牵头单位：区市场监管局；配合单位：区税务局）\r"
         "序号\x07重点任务\x07牵头单位\x07配合单位\x07\x07"
         "1\x07加强要素保障，供应工业用地500亩\x07区规划资源局\x07区财政局\r区自然资源局\x07\x07"
         "2\x07深化一网通办\x07区数据局\x07\x07\x07"
         "二、保障措施\r（一）加强组织领导。\x13 PAGE \\* MERGEFORMAT \x14 3\x15\r")


def _doc(text: str) -> bytes:
    """The fixture with its main text replaced (the same count of characters, padded with empty paragraphs)."""
    assert len(text) <= _TEXT_CHARACTERS
    buffer = io.BytesIO(_FIXTURE.read_bytes())
    with olefile.OleFileIO(buffer, write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        stream[_TEXT_AT:_TEXT_AT + 2 * _TEXT_CHARACTERS] = (text + "\r" * (_TEXT_CHARACTERS - len(text))).encode("utf-16-le")
        ole.write_stream("WordDocument", bytes(stream))
    return buffer.getvalue()


def test_a_real_doc_reads_its_main_text_paragraph_by_paragraph():
    lines = document_text(_FIXTURE.read_bytes(), "办法.doc").splitlines()
    assert lines[0] == "全国投资项目在线审批监管平台运行管理暂行办法"
    assert lines[2] == "第一章 总 则" and lines[3].startswith("第一条 为加强全国投资项目在线审批监管平台")
    assert sum(line.startswith("第") and "条 " in line[:6] for line in lines) >= 20


def test_a_plan_in_a_doc_reads_its_items_and_its_task_table_row_by_row():
    data = _doc(_PLAN)
    assert "1 | 加强要素保障，供应工业用地500亩 | 区规划资源局 | 区财政局、区自然资源局" in document_text(data, "plan.doc")
    reading = read_plan(data, "plan.doc")
    assert [(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("（一）", "优化开办服务", ["区市场监管局"], ["区税务局"]),
        ("1", "加强要素保障，供应工业用地500亩", ["区规划资源局"], ["区财政局", "区自然资源局"]),
        ("2", "深化一网通办", ["区数据局"], [])]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(3000, "户"), (500, "亩")]
    assert read_plan(data, "plan.wps")["tasks"] == reading["tasks"]  # a .wps holding the Word 97 format reads alike


def test_an_empty_cell_keeps_its_place_and_a_field_shows_its_result_not_its_code():
    lines = document_lines(_PLAN)
    assert "2 | 深化一网通办 | 区数据局 | " in lines
    assert "（一）加强组织领导。 3" in lines and not any("PAGE" in line for line in lines)


@pytest.mark.parametrize(("data", "message"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "无法读取 .doc 文件，可在 Word 或 WPS 中“另存为”.docx"),
    (b"plain text saved as doc", "不是有效的 .doc 文件"),
    (b"{\\rtf1\\ansi 1.\\par}", "另存为"),
])
def test_a_doc_that_is_no_word_file_is_refused_in_one_line(data, message):
    assert_refused(data, "plan.doc", message)


def test_a_web_page_or_a_docx_served_under_a_doc_name_is_read_as_what_it_is():
    page = "<html><body><p>某区工作方案</p><p>一、重点任务</p><p>1.培育企业。（责任单位：区工信局）</p></body></html>"
    assert [t["lead"] for t in read_plan(page.encode("gb18030"), "下载.doc")["tasks"]] == [["区工信局"]]
