"""A .docx whose items are numbered by Word's lists (the numbers are drawn, not typed) reads like one whose numbers
were typed: each paragraph gets the number Word shows before it."""
import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text
from actiondesk.plans.reader.docx_numbering import chinese_number

LEVELS = {"chinese": ("chineseCounting", "%1、", "chineseCounting", "（%2）"),
          "arabic": ("chineseCounting", "%1、", "decimal", "%2.")}


def _document(levels=LEVELS["chinese"], start_override=None):
    document = docx.Document()
    numbering = document.part.numbering_part.element
    top_fmt, top_text, item_fmt, item_text = levels
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{top_fmt}"/><w:lvlText w:val="{top_text}"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{item_fmt}"/><w:lvlText w:val="{item_text}"/></w:lvl>'
        '</w:abstractNum>'))
    override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
                if start_override else "")
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/>{override}</w:num>'))
    return document


def _item(document, text, level):
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def _bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _plan(levels=LEVELS["chinese"]) -> bytes:
    document = _document(levels)
    document.add_paragraph("某区2026年产业发展行动方案")
    _item(document, "主要目标", 0)
    document.add_paragraph("到2026年，规上工业产值达到500亿元。")
    _item(document, "重点任务", 0)
    _item(document, "推进园区建设。新建标准厂房10万平方米。（责任单位：区建设局）", 1)
    _item(document, "优化营商环境。（牵头单位：区营商局；配合单位：区数据局）", 1)
    _item(document, "保障措施", 0)
    _item(document, "加强组织领导。", 1)
    return _bytes(document)


def test_word_drawn_chinese_numbers_are_written_into_the_lines_and_each_level_starts_again_under_a_new_section():
    lines = document_text(_plan(), "plan.docx").split("\n")
    assert lines[1:5] == ["一、主要目标", "到2026年，规上工业产值达到500亿元。", "二、重点任务",
                          "（一）推进园区建设。新建标准厂房10万平方米。（责任单位：区建设局）"]
    assert lines[5].startswith("（二）") and lines[6] == "三、保障措施" and lines[7] == "（一）加强组织领导。"


@pytest.mark.parametrize("levels", list(LEVELS))
def test_a_plan_numbered_by_word_lists_reads_its_tasks_and_targets(levels):
    reading = read_plan(_plan(LEVELS[levels]), "plan.docx")
    assert [(t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("推进园区建设", ["区建设局"], []), ("优化营商环境", ["区营商局"], ["区数据局"])]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(500, "亿元"), (10, "万平方米")]


def test_a_list_style_numbers_its_paragraphs_and_a_start_override_sets_the_first_number():
    document = _document(start_override=3)
    _item(document, "第三项", 0)
    _item(document, "第四项", 0)
    listed = document.add_paragraph("甲", style="List Number")
    document.add_paragraph("乙", style="List Number")
    lines = document_text(_bytes(document), "plan.docx").split("\n")
    assert lines[:2] == ["三、第三项", "四、第四项"]
    assert listed.text == "甲" and lines[2:] == ["1.甲", "2.乙"]


def test_bullets_and_paragraphs_outside_lists_get_no_number():
    document = docx.Document()
    document.add_paragraph("要点", style="List Bullet")
    document.add_paragraph("正文")
    assert document_text(_bytes(document), "plan.docx").split("\n") == ["要点", "正文"]


@pytest.mark.parametrize(("value", "written"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五"),
                                                (100, "一百"), (105, "一百零五"), (120, "一百二十")])
def test_chinese_counting_writes_numbers_the_way_word_draws_them(value, written):
    assert chinese_number(value) == written
