"""A plan uploaded as the PDF it was published in reads as the text a person read out of that PDF by hand.

The four PDFs in fixtures/pdf/ are real government files from the store `xuezhouappdev/zhejiang-ai-map` (commit
040662fe), whose texts were read out by hand into the held-out set: a PDFium print, a typeset 浙江省人民政府 文件 (its
figures in a second font, so a plain text dump breaks "到" / "２０２７" / "年" over three lines; the decimal point of
'１．２万亿元' drawn with a private-use glyph), a WPS print with a 47-row task table drawn cell by cell, and a browser's
print of a web page (glyphs placed one by one, characters drawn with radical glyphs: '⼈⺠', '（⼀）').
fixtures/pdf/README.md gives each one's source.
"""

import io
import re

import pytest
from pypdf import PdfWriter

from actiondesk.plans.reader import PlanReadError, read_plan, read_plan_file
from actiondesk.plans.reader.documents import document_text
from tests.plans.corpus_scorer import DOCUMENTS as CORPUS
from tests.plans.corpus_scorer import score_document
from tests.plans.test_reader_heldout import DOCUMENTS as HELD_OUT

FIXTURES = HELD_OUT.parent.parent / "fixtures" / "pdf"
WEB_PRINT = "national-2024-large-scale-equipment-renewal-consumer-goods-trade-in-action-plan"  # no hand reading
PDFS = sorted(path.stem for path in FIXTURES.glob("*.pdf") if path.stem != WEB_PRINT)
# The one figure no reading of the PDF can give: '１\ue010２万亿元' — the font maps its decimal point to a private-use
# code, which the hand reading wrote as '．'.
TABLES = {"zhejiang-2025-ai-industry-high-quality-datasets-construction-action-plan"}
UNREADABLE = {"zhejiang-2025-supporting-ai-innovation-development-measures": {"全省规模以上人工智能核心产业营业收入超1.2万亿元"}}


def _text_and_gold(slug: str):
    """The hand-read text and gold reading, wherever the document stands now (held out, or moved to the corpus)."""
    import json

    folder = HELD_OUT if (HELD_OUT / f"{slug}.txt").exists() else CORPUS
    return folder / f"{slug}.txt", json.loads((folder / f"{slug}.gold.json").read_text(encoding="utf-8"))


def _tasks(reading: dict) -> list:
    return [(task["number"], task["lead"], task["support"]) for task in reading["tasks"]]


def _targets(reading: dict) -> set:
    return {(target["text"], target["comparator"], target["value"], target["value_max"], target["unit"])
            for target in reading["targets"]}


def test_four_real_pdfs_of_four_producers_are_kept_as_fixtures():
    assert len(PDFS) == 4
    for slug in PDFS:
        assert (FIXTURES / f"{slug}.pdf").read_bytes().startswith(b"%PDF"), slug
        assert slug in (FIXTURES / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", [slug for slug in PDFS if slug not in TABLES])
def test_a_published_pdf_reads_as_the_text_read_out_of_it_by_hand(slug):
    text_path, gold = _text_and_gold(slug)
    from_pdf, from_text = read_plan_file(FIXTURES / f"{slug}.pdf"), read_plan_file(text_path)
    assert _tasks(from_pdf) == _tasks(from_text)
    unreadable = UNREADABLE.get(slug, set())
    assert {t for t in _targets(from_text) if t[0] not in unreadable} <= _targets(from_pdf)
    score, hand = score_document(from_pdf, gold), score_document(from_text, gold)
    assert (score["matched"], score["lead"], score["support"]) == (hand["matched"], hand["lead"], hand["support"])
    assert score["correct"] == hand["correct"] - len(unreadable), score["problems"]


@pytest.mark.parametrize("slug", sorted(TABLES))
def test_a_task_table_in_a_pdf_is_rebuilt_from_its_cells_and_reads_at_least_as_well_as_the_hand_copy(slug):
    """The hand copy writes the table one cell a line (merged cells once), the PDF reading writes its rows between
    pipes as a Word table's: the two differ in form, so they are held to the gold reading, and the PDF to every row."""
    text_path, gold = _text_and_gold(slug)
    score = score_document(read_plan_file(FIXTURES / f"{slug}.pdf"), gold)
    hand = score_document(read_plan_file(text_path), gold)
    assert score["matched"] == score["tasks"] and score["lead"] == score["tasks"], score["problems"]
    assert score["support"] >= hand["support"] and score["correct"] >= hand["correct"], score["problems"]
    assert score["found"] <= hand["found"]


def test_a_pdf_task_table_is_written_row_by_row_under_its_header_with_a_merged_group_cell_beside_each_row():
    text = document_text(
        (FIXTURES / "zhejiang-2025-ai-industry-high-quality-datasets-construction-action-plan.pdf").read_bytes(),
        "plan.pdf")
    lines = text.split("\n")
    header = "序号 | 领域 | 数据集名称 | 建设主体 | 简要描述 | 应用场景 | 责任单位 | 拟投入运营时间"
    assert lines.count(header) == 1  # printed atop every page of the table, written once
    rows = [line for line in lines if line[:3].rstrip(" |").isdigit() and " | " in line]
    assert [row.split(" | ")[0] for row in rows] == [str(number) for number in range(1, len(rows) + 1)]
    assert len(rows) == 47 and all(row.count(" | ") == 7 for row in rows)
    # '医疗健康（牵头单位：省卫生健康委）' is one cell merged down its rows: beside each of them.
    group = [row for row in rows if row.split(" | ")[1] == "医疗健康（牵头单位：省卫生健康委）"]
    assert len(group) >= 5 and rows[0].split(" | ")[2] == "临床诊疗数据集"
    tasks = read_plan(text.encode(), "plan.txt")["tasks"]
    assert {"临床诊疗数据集", "杭州中医院名中医门诊数据集"} <= {task["title"] for task in tasks}


def test_a_typeset_line_is_one_line_and_a_paragraph_runs_on_over_printed_lines_and_pages():
    text = document_text((FIXTURES / "zhejiang-2025-supporting-ai-innovation-development-measures.pdf").read_bytes(),
                         "plan.pdf")
    lines = text.split("\n")
    # "到" / "２０２７" / "年" are three runs in two fonts on one baseline; the paragraph runs over five printed lines
    # (its full-width figures read as the figures they are).
    assert any(line.startswith("坚持创新驱动") and "到2027年，初步形成" in line and line.endswith("万亿元。")
               for line in lines)
    # Item （一） runs over a page break ("— ２ —") into its clause on the next page.
    assert any(line.startswith("（一）打造产业集群高地") and line.endswith("列第一位的为牵头单位，下同）") for line in lines)
    assert not any("欗 欗" in line or line.strip("书") == "" or "—2—" in line for line in lines)  # masthead, page no.


@pytest.mark.parametrize("slug", PDFS)
def test_a_pdfs_title_is_the_plans_own_title_whether_set_over_two_lines_or_in_large_type_after_a_dated_page(slug):
    """The 数据集 plan's notice title fills two lines in 二号 type and its page ends with the signature's date; the
    plan's title, in the same large type atop the next page, runs on from neither the date nor the body."""
    _text_path, gold = _text_and_gold(slug)
    assert read_plan_file(FIXTURES / f"{slug}.pdf")["title"] == gold["title"]
    text = document_text((FIXTURES / f"{slug}.pdf").read_bytes(), "plan.pdf")
    assert not any(line.startswith("2025年11月5日") and len(line) > 12 for line in text.split("\n"))


def test_text_a_web_page_draws_twice_in_one_place_is_read_once():
    """中国政府网 draws the notice's title, its headings and the plan's title twice over (a shadow): one run each."""
    text = document_text((FIXTURES / f"{WEB_PRINT}.pdf").read_bytes(), "plan.pdf")
    lines = text.split("\n")
    assert lines[:2] == ["国务院关于印发《推动大规模设备更新和消费品以旧换新行动方案》的通知", "国发〔2024〕7号"]
    assert not [line for line in lines if re.search(r"(\S{6,})\1", line)]  # nothing doubled
    reading = read_plan_file(FIXTURES / f"{WEB_PRINT}.pdf")
    assert (reading["title"], reading["year"]) == ("推动大规模设备更新和消费品以旧换新行动方案", 2024)
    assert [task["number"] for task in reading["tasks"]][:3] == ["（一）", "（二）", "（三）"]
    assert ("二手车交易量较2023年增长45%", 45, "%") in {(t["text"], t["value"], t["unit"]) for t in reading["targets"]}


def test_a_browser_print_of_a_web_page_reads_its_characters_not_the_radicals_that_draw_them():
    text = document_text(
        (FIXTURES / "zhejiang-2024-humanoid-robot-industry-innovation-development-implementation-plan.pdf").read_bytes(),
        "plan.pdf")
    assert "⼈" not in text and "⺠" not in text and "⼀" not in text
    assert "人民政府" in text or "人形机器人" in text
    assert "（一）" in text


def _pdf(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _blank_pdf(password: str | None = None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if password:
        writer.encrypt(password)
    return _pdf(writer)


@pytest.mark.parametrize("data,message", [
    (_blank_pdf(), "没有文字层"),  # a scan: pages with pictures and no text
    (_blank_pdf("secret"), "密码"),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF", "无法打开 PDF"),
    (b"", "文件为空"),
])
def test_a_pdf_that_cannot_give_its_text_is_refused_with_one_plain_line(data, message):
    with pytest.raises(PlanReadError) as refused:
        read_plan(data, "plan.pdf")
    assert message in str(refused.value) and "\n" not in str(refused.value)


def _drawn_pdf(pages: int, content: bytes, form: bytes | None = None) -> bytes:
    """Pages drawing ``content``; with ``form``, a form XObject /Fm0 the content may draw."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    for _ in range(pages):
        page = writer.add_blank_page(width=595, height=842)
        stream = DecodedStreamObject()
        stream.set_data(content)
        page.replace_contents(stream)
        if form is not None:
            drawn = DecodedStreamObject()
            drawn.set_data(form)
            drawn.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form")})
            page[NameObject("/Resources")] = DictionaryObject(
                {NameObject("/XObject"): DictionaryObject({NameObject("/Fm0"): writer._add_object(drawn)})})
    return _pdf(writer)


def test_a_scan_whose_letters_are_outlines_goes_to_recognition_without_its_pages_parsed(monkeypatch):
    from actiondesk.plans.reader import pdf_text

    parsed = []
    monkeypatch.setattr(pdf_text, "_page_lines", lambda page: parsed.append(page) or [])
    traced = _drawn_pdf(3, b"0 0 0 rg\n" + b"10 10 2 2 re f\n" * 20000)  # a traced scan: paths, no text object
    with pytest.raises(PlanReadError, match="没有文字层"):
        read_plan(traced, "plan.pdf")
    assert parsed == []
    # A page whose text is drawn through a form is parsed.
    with pytest.raises(PlanReadError):
        read_plan(_drawn_pdf(1, b"/Fm0 Do\n", form=b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n"), "plan.pdf")
    assert len(parsed) == 1


def test_a_pdf_under_another_extension_is_still_refused_as_binary_text():
    with pytest.raises(PlanReadError, match="二进制"):
        read_plan(_blank_pdf(), "plan.txt")


def _grid(columns: list[float], rows: list[float], missing: set = frozenset()) -> list[tuple]:
    """Painted thin rules (rectangles 0.5 pt thick) around every box of a grid, but the sides named in ``missing``."""
    rules = []
    for i, y in enumerate(rows):  # rows top to bottom
        for j in range(len(columns) - 1):
            if ("across", i, j) not in missing:
                rules.append((columns[j], y, columns[j + 1], y + 0.5))
    for j, x in enumerate(columns):
        for i in range(len(rows) - 1):
            if ("down", i, j) not in missing:
                rules.append((x, rows[i + 1], x + 0.5, rows[i]))
    return rules


def test_ruled_boxes_are_cells_and_a_box_whose_parting_rule_is_missing_is_one_merged_cell():
    from actiondesk.plans.reader.pdf_tables import cells_of

    columns, rows = [50, 100, 300, 400], [700, 680, 660, 640]
    plain = cells_of([], _grid(columns, rows), 595, 842)
    assert len(plain) == 9
    merged = cells_of([], _grid(columns, rows, missing={("across", 2, 1)}), 595, 842)  # column 2 of rows 2–3 merged
    assert len(merged) == 8
    assert any(abs(cell.y1 - 680) < 1 and abs(cell.y0 - 640) < 1 and abs(cell.x0 - 100) < 1 for cell in merged)


def test_a_drawing_in_short_strokes_and_a_framed_box_alone_are_no_table():
    from actiondesk.plans.reader.pdf_tables import cells_of

    seal = [(300 + i % 40, 400 + i // 40, 302 + i % 40, 400 + i // 40) for i in range(5000)]  # strokes of 2 pt
    assert cells_of([], seal, 595, 842) == []
    assert cells_of([(80, 300, 500, 500)], [], 595, 842) == []  # a 专栏 frame: one box, nothing beside it
