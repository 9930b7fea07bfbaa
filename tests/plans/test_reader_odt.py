"""A plan kept as an OpenDocument text (.odt) reads as the same plan kept as a .docx: paragraphs, task tables row by
row, a text box after its paragraph, tracked changes accepted and hidden text left out, the numbers its lists draw
written into the lines. The fixtures are the .docx files of fixtures/doc saved by LibreOffice as .odt (README
there); the rest are small .odt files written here."""
import io
import zipfile

import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text
from tests.core.zipbombs import damaged_member
from tests.plans.odt_files import odt
from tests.plans.test_reader_errors import assert_refused
from tests.plans.word97_files import FIXTURE

ODT = FIXTURE.parent.parent / "odt"
_CHINESE_LIST = ('<text:list-style style:name="L1">'
                 '<text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>'
                 '<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" '
                 'style:num-format="一, 二, 三, ..."/>'
                 '<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1" '
                 'text:display-levels="2"/></text:list-style>')


@pytest.mark.parametrize("name", ["made-up-task-table", "made-up-nested-table", "made-up-tracked-changes",
                                  "made-up-text-box", "made-up-word-lists", "made-up-list-styles"])
def test_an_odt_saved_by_libreoffice_reads_as_the_docx_it_was_saved_from(name):
    read = document_text((ODT / f"{name}.odt").read_bytes(), "plan.odt")
    assert read == document_text((FIXTURE.parent / f"{name}.docx").read_bytes(), "plan.docx")
    assert {"3 | 建设城市大脑，接入系统20个 | 区数据局 | 区工信局",  # 区数据局 spans rows 2 and 3: beside each
            "2 | 推进场景开放、场景 数量、智慧园区 10个 | 区工信局",  # a table in a cell: its rows in that cell
            "1.培育企业。新增企业30家。（责任单位：区工信局）",  # '20' deleted, '30' inserted, '（内部意见）' hidden
            "专栏1 新型基础设施重点工程",  # a text box's paragraph, after the one it is anchored in
            "（二）优化营商环境。（牵头单位：区营商局；配合单位：区数据局）",  # '（二）' drawn by the list
            "四、第四项",  # the list continued (text:continue-numbering) after the item that started it at 三
            } & set(read.splitlines())


def test_an_odt_plan_reads_its_tasks_and_targets():
    reading = read_plan((ODT / "made-up-word-lists.odt").read_bytes(), "plan.odt")
    assert [(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("（一）", "推进园区建设", ["区建设局"], []), ("（二）", "优化营商环境", ["区营商局"], ["区数据局"])]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(500, "亿元"), (10, "万平方米")]


def test_list_numbers_follow_levels_continued_lists_item_starts_and_unnumbered_headers():
    # text:display-levels="2" on the third level shows the second level's number in its own format: 一.1.
    body = ('<text:list xml:id="a" text:style-name="L1"><text:list-item><text:p>重点任务</text:p><text:list>'
            '<text:list-item><text:p>优化服务</text:p><text:list><text:list-item><text:p>开办企业</text:p>'
            '</text:list-item></text:list></text:list-item></text:list></text:list-item></text:list>'
            '<text:p>说明段落</text:p>'
            '<text:list text:continue-list="a" text:style-name="L1"><text:list-item><text:list>'
            '<text:list-item><text:p>强化保障</text:p></text:list-item>'
            '<text:list-header><text:p>（不编号的说明）</text:p></text:list-header>'
            '<text:list-item text:start-value="5"><text:p>加强督查</text:p></text:list-item>'
            '</text:list></text:list-item></text:list>'
            '<text:list text:style-name="L1"><text:list-item><text:p>保障措施</text:p></text:list-item></text:list>')
    assert document_text(odt(body, _CHINESE_LIST), "plan.odt").splitlines() == [
        "一、重点任务", "（一）优化服务", "一.1.开办企业", "说明段落", "（二）强化保障", "（不编号的说明）",
        "（五）加强督查", "一、保障措施"]


def test_spaces_tabs_and_breaks_read_as_written_and_notes_annotations_and_contents_tables_do_not():
    body = ('<text:table-of-content><text:index-body><text:p>一、重点任务……1</text:p></text:index-body>'
            '</text:table-of-content>'
            '<text:h text:outline-level="1">一、重点任务</text:h>'
            '<text:p>1.<text:s text:c="2"/>建设平台<text:note><text:note-citation>1</text:note-citation>'
            '<text:note-body><text:p>注释不是正文</text:p></text:note-body></text:note>。<office:annotation>'
            '<text:p>批注不是正文</text:p></office:annotation>（责任单位：<text:span>区数据局</text:span>）'
            '<text:line-break/>新增<text:a>接口</text:a>50个。</text:p>')
    assert document_text(odt(body), "plan.odt").splitlines() == [
        "一、重点任务", "1.  建设平台。（责任单位：区数据局）", "新增接口50个。"]


def test_a_frame_anchored_to_the_page_reads_its_text_box_in_its_place():
    body = ('<text:p>一、重点任务</text:p><draw:frame><draw:text-box><text:p>专栏1 重点工程</text:p>'
            '<text:p>建成基站500个。</text:p></draw:text-box></draw:frame><text:p>二、保障措施</text:p>')
    assert document_text(odt(body), "plan.odt").splitlines() == [
        "一、重点任务", "专栏1 重点工程", "建成基站500个。", "二、保障措施"]


def _with_content(content: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "words"), [
    (b"not a zip at all", "不是有效的 .odt 文件"),
    (damaged_member((ODT / "made-up-task-table.odt").read_bytes(), "content.xml"), "无法打开 .odt 文件"),
    (odt("<text:p>x</text:p>").replace(b"content.xml", b"contents.xm"), "无法打开 .odt 文件"),
    (_with_content("<office:document-content><office:body><office:text>一、重点任务</office:tex>"), "无法打开 .odt 文件"),
])
def test_an_odt_that_cannot_be_read_is_refused_in_one_line(data, words):
    assert_refused(data, "plan.odt", words)


def test_an_odt_whose_parts_would_expand_past_the_limits_is_refused_before_reading():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x>" + " " * 20_000_000 + "</x>")
    assert_refused(buffer.getvalue(), "plan.odt", "疑似压缩炸弹")


def test_attributes_that_are_no_numbers_read_as_their_defaults_not_as_an_error():
    body = ('<text:list text:style-name="L1"><text:list-item text:start-value="五"><text:p>重点任务</text:p>'
            '</text:list-item></text:list><text:p>1.<text:s text:c="x"/>建设平台。</text:p>'
            '<table:table><table:table-row><table:table-cell table:number-columns-repeated="-2">'
            '<text:p>甲</text:p></table:table-cell><table:table-cell table:number-rows-spanned="²">'
            '<text:p>乙</text:p></table:table-cell></table:table-row></table:table>')
    # a level that is no number is the first; a start that is no number keeps the count
    broken = _CHINESE_LIST.replace('text:level="1"', 'text:level="one"')
    assert document_text(odt(body, broken), "plan.odt").splitlines() == ["一、重点任务", "1. 建设平台。", "甲", "乙"]
