"""A plan issued as OFD (GB/T 33190-2016, the national fixed-layout format) reads as its printed lines joined back into
paragraphs, as a PDF's are: real files of two producers (fixtures/ofd/README.md), and made-up plans typeset as a 公文
is (tests/plans/ofd_files.py) reading as their text."""
import io
import zipfile
from pathlib import Path

import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text
from actiondesk.plans.samples import SHENFU_2026_TEXT
from tests.core.zipbombs import damaged_member
from tests.plans.corpus_scorer import DOCUMENTS
from tests.plans.ofd_files import ofd_file
from tests.plans.reprinted_styles import same
from tests.plans.test_reader_errors import assert_refused
from tests.plans.test_reader_reprinted_styles import PROSE, _counts, _gold, _published

_FIXTURES = Path(__file__).parent / "fixtures" / "ofd"


def test_a_real_ofd_notice_reads_its_header_number_body_signature_and_date():
    lines = document_text((_FIXTURES / "reply-notice-iofd.ofd").read_bytes(), "批复.ofd").splitlines()
    assert lines[:4] == ["测试符路桥区卫生局文件", "路卫发〔2011〕76号", "关于同意张阿三同志辞职的批复", "区中医院："]
    assert lines[5].startswith("张阿三，男，1978年2月出生") and lines[5].endswith("系区中医院职工。")  # one paragraph of lines
    assert "2011年3月10日" in lines


def test_a_real_ofd_joins_each_paragraph_across_its_lines_and_pages():
    lines = document_text((_FIXTURES / "essay-two-pages-ofdrw.ofd").read_bytes(), "文章.ofd").splitlines()
    assert lines[:2] == ["拿来主义", "鲁迅"]
    assert lines[2].startswith("中国一向是所谓“闭关主义”，自己不去，别人也不许来。自从给枪炮打破了大门之后")
    assert all(len(line) < 400 for line in lines) and len(lines) >= 8


def test_the_zone_plan_issued_as_ofd_reads_exactly_as_its_text():
    text = SHENFU_2026_TEXT.read_text(encoding="utf-8")
    reading = read_plan(ofd_file(text), "方案.ofd")
    assert reading["tasks"] == read_plan(text.encode("utf-8"), "方案.txt")["tasks"]
    assert (len(reading["tasks"]), len(reading["targets"])) == (19, 38)


@pytest.mark.parametrize("slug", PROSE)
def test_a_corpus_plan_issued_as_ofd_scores_as_its_text(slug):
    """Scored against the hand reading (a space typed between a number and its text is no glyph of the print)."""
    text = (DOCUMENTS / f"{slug}.txt").read_text(encoding="utf-8")
    assert _counts(text, "x.ofd", _gold(slug, same)) == _published(slug)


def test_a_page_of_one_line_items_set_in_keeps_each_item_its_own_paragraph():
    """Every paragraph's first line is set in two characters: on a page of one-line items no line starts at the
    margin, so the margin is the document's, and a title-like item is no title's second line."""
    text = "\n".join(["某区2026年工作方案", "一、主要目标"] + [f"（{n}）新增企业{n}0家以上" for n in "一二三四五六七八"]
                     + ["责任单位：区工信局", "二、保障措施", "加强组织领导，完善工作机制，强化督查考核，确保各项任务落到实处，" * 3])
    assert document_text(ofd_file(text), "p.ofd").splitlines() == document_text(text.encode("utf-8"), "p.txt").splitlines()


def _zip(**parts: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name.replace("__", "/"), content)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "message"), [
    (b"not a zip at all", "不是有效的 .ofd 文件"),
    (_zip(readme="an archive without OFD.xml"), "OFD 文件已损坏"),
    (_zip(**{"OFD.xml": "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml"
                        "</ofd:DocRoot></ofd:DocBody></ofd:OFD>"}), "OFD 文件已损坏"),
    (_zip(**{"OFD.xml": "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml"
                        "</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
             "Doc_0__Document.xml": "<ofd:Document xmlns:ofd='http://www.ofdspec.org/2016'><ofd:Pages>"
                                    "<ofd:Page ID='1' BaseLoc='Pages/Page_0/Content.xml'/></ofd:Pages></ofd:Document>",
             "Doc_0__Pages__Page_0__Content.xml": "<ofd:Page xmlns:ofd='http://www.ofdspec.org/2016'><ofd:Content>"
                                                  "<ofd:Layer ID='2'><ofd:ImageObject ID='3' Boundary='0 0 210 297' "
                                                  "ResourceID='4'/></ofd:Layer></ofd:Content></ofd:Page>"}),
     "OFD 中没有文字"),  # a scan: its page is a picture
    (ofd_file(""), "没有可读的文字"),  # a page number only
    (damaged_member((_FIXTURES / "reply-notice-iofd.ofd").read_bytes(), "Content.xml"), "OFD 文件已损坏"),
])
def test_an_ofd_that_cannot_give_the_plan_is_refused_in_one_line(data, message):
    assert_refused(data, "plan.ofd", message)


def test_advances_read_the_g_shorthand_and_stop_at_the_run_s_glyphs():
    from actiondesk.plans.reader.ofd import _advances

    assert _advances("g 3 5.6 2.8", 5) == [5.6, 5.6, 5.6, 2.8]
    assert _advances("g 99999999 1", 3) == [1.0, 1.0, 1.0]  # a damaged count costs nothing
    assert _advances(None, 4) == [] and _advances("nan 2", 2) == [2.0]


def test_a_text_object_scaled_by_its_ctm_and_runs_continuing_without_x_or_y_read_in_place():
    # The CTM halves the first object: its baseline at 10 + 0.5 × 10 = 15 mm, above the second's 17.5 mm (unscaled,
    # it would be at 20 mm, below); its second run goes on at the first's baseline, after its advances.
    page = ("<ofd:TextObject ID='1' Boundary='28 10 160 10' Size='10' CTM='0.5 0 0 0.5 0 0'>"
            "<ofd:TextCode X='0' Y='10' DeltaX='g 5 10'>一、重点任务</ofd:TextCode>"
            "<ofd:TextCode>（责任单位：区工信局）</ofd:TextCode></ofd:TextObject>"
            "<ofd:TextObject ID='2' Boundary='28 15 160 5' Size='5'><ofd:TextCode X='0' Y='2.5'>二、保障措施</ofd:TextCode>"
            "</ofd:TextObject>")
    data = ofd_file("占位")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    name = "Doc_0/Pages/Page_0/Content.xml"
    parts[name] = parts[name].replace(b'<ofd:Layer ID="1">', b'<ofd:Layer ID="1">' + page.encode("utf-8"))
    assert document_text(_zip(**{key.replace("/", "__"): value for key, value in parts.items()}), "p.ofd") \
        .splitlines()[:2] == ["一、重点任务（责任单位：区工信局）", "二、保障措施"]


def test_a_ruled_task_table_reads_row_by_row_across_pages_and_the_short_lines_after_it_stay_apart():
    """Rows drawn as PathObject rules, cells wrapped inside them, 40 rows over three pages; then a heading and a line
    of under eight characters, on a page with no body line to tell a display size by."""
    rows = "\n".join(f"{n} | 推进第{n}项重点工作，新增企业{n}家 | 区工信局 | 区发改局、区财政局" for n in range(1, 41))
    text = f"某区2026年重点任务分解表\n一、重点任务\n序号 | 重点任务 | 牵头单位 | 配合单位\n{rows}\n二、保障措施\n加强组织领导。"
    assert document_text(ofd_file(text), "p.ofd") == document_text(text.encode("utf-8"), "p.txt")
    tasks = read_plan(ofd_file(text), "p.ofd")["tasks"]
    assert len(tasks) == 40 and tasks[39]["lead"] == ["区工信局"] and tasks[39]["support"] == ["区发改局", "区财政局"]


def test_a_ruled_table_that_heads_no_tasks_reads_one_cell_a_line_as_a_docx_table_does():
    """The shape of the OFD specification's own tables, as ofdrw's sample prints one."""
    text = "11.4字型变换\n名称 | 类型 | 说明 | 可选/必选\nCodePosition | xs:int | TextCode中字符编码的起始位置 | 必选"
    assert document_text(ofd_file(text), "p.ofd").splitlines() == [
        "11.4字型变换", "名称", "类型", "说明", "可选/必选", "CodePosition", "xs:int", "TextCode中字符编码的起始位置", "必选"]
