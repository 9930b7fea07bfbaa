"""A plan uploaded as a scan — page images, no text layer — is read by recognising its pages (Tesseract's Simplified
Chinese model): its lines placed and joined as a text layer's are, a ruled table read cell by cell; a machine that
cannot recognise, a page that yields nothing, a scan too long to recognise are refused in one line.

The scans are the real fixture PDFs printed to page images (``tests/plans/scans.py``), so what the recognised reading
should be is the PDF's own reading; and one real scan as it was published (fixtures/pdf/scans/, its source in
fixtures/pdf/README.md): a government page printed with its letters traced into outlines.
"""

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from actiondesk.plans.reader import (
    PlanReadError,
    pdf_scans,
    read_plan,
    read_text,
    scan_marks,
    scan_rules,
    scan_turns,
)
from actiondesk.plans.reader.documents import document_text
from tests.plans.scans import image_pdf, pdf_pages, scanned

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
ROBOTS = FIXTURES / "zhejiang-2024-humanoid-robot-industry-innovation-development-implementation-plan.pdf"
DATASETS = FIXTURES / "zhejiang-2025-ai-industry-high-quality-datasets-construction-action-plan.pdf"
REAL_SCAN = FIXTURES / "scans" / "national-2024-data-assets-whole-process-management-pilot-notice.pdf"


pytestmark = pytest.mark.usefixtures("recogniser")


def _pages(path: Path, numbers) -> bytes:
    return pdf_pages(path.read_bytes(), numbers)


def _tasks(reading: dict) -> list:
    return [(task["number"], task["lead"]) for task in reading["tasks"]]


def test_a_scan_of_a_published_plan_reads_its_tasks_leads_and_targets_as_the_pdf_does():
    """Five pages at 200 dpi, fed 0.8° askew: every task under its number, nearly every lead and target."""
    printed = read_plan(ROBOTS.read_bytes(), "robots.pdf")
    steps = []
    scan = read_plan(scanned(ROBOTS.read_bytes(), dpi=200, degrees=0.8), "robots.pdf",
                     progress=lambda step, done, total: steps.append((step, done, total)))
    assert [task["number"] for task in scan["tasks"]] == [task["number"] for task in printed["tasks"]]
    same_leads = sum(mine == theirs for mine, theirs in zip(_tasks(scan), _tasks(printed), strict=True))
    assert same_leads >= 0.85 * len(printed["tasks"]), _tasks(scan)
    figures = {(target["value"], target["unit"], target["comparator"]) for target in printed["targets"]}
    read = {(target["value"], target["unit"], target["comparator"]) for target in scan["targets"]}
    assert len(figures & read) >= 0.8 * len(figures), read
    assert scan["title"] == printed["title"] and scan["scanned_pages"] == 5 and "scanned_pages" not in printed
    assert [step for step in steps if step[0] == "scan"] == [("scan", page, 5) for page in range(1, 6)]


def test_a_scanned_task_table_fed_askew_is_turned_straight_and_read_cell_by_cell_each_row_a_task_with_its_units():
    """The annexed table's pages, scanned 1.2° askew: turned straight, their rules found (a narrow 序号 column's
    short ones included) and each cell recognised on its own — Tesseract alone runs a line across the cells
    ('业制|造《于类章|造纸行业')."""
    pages = _pages(DATASETS, range(11, 14))
    printed = read_plan(pages, "datasets.pdf")
    text = document_text(scanned(pages, degrees=1.2), "datasets.pdf")
    assert "序号 | 领域 | 数据集名称 | 建设主体 | 简要描述 | 应用场景 | 责任单位 | 拟投入运营时间" in text
    scan = read_text(text)
    assert len(printed["tasks"]) >= 8 and len(scan["tasks"]) == len(printed["tasks"])
    numbers = [task["number"] for task in printed["tasks"]]
    assert sum(mine == theirs for mine, theirs in zip([task["number"] for task in scan["tasks"]], numbers,
                                                     strict=True)) >= 0.8 * len(numbers)
    leads = [lead for task in scan["tasks"] for lead in task["lead"]]
    assert sum(name.endswith("数据局") for name in leads) >= 3, leads


@pytest.mark.parametrize("degrees", [0.0, 0.7, -1.6, 2.5])
def test_the_slope_of_a_scanned_page_is_measured_to_a_tenth_of_a_degree(degrees):
    import pypdfium2

    document = pypdfium2.PdfDocument(scanned(ROBOTS.read_bytes(), pages=2, degrees=degrees))
    try:
        assert abs(pdf_scans.skew_of(document[1]) - degrees) <= 0.1
        straight = pdf_scans._straight(document, 1)
        assert abs(pdf_scans.skew_of(straight)) <= 0.1
    finally:
        document.close()


def test_a_pdf_whose_notice_is_typed_and_whose_plan_is_scanned_reads_the_scanned_pages_too():
    """The 通知 page with its text layer, the plan's pages as images: the images recognised in their place."""
    scan = PdfReader(io.BytesIO(scanned(ROBOTS.read_bytes(), pages=3)))
    writer = PdfWriter()
    writer.add_page(PdfReader(ROBOTS).pages[0])
    for page in scan.pages[1:]:
        writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    printed = read_plan(_pages(ROBOTS, range(0, 3)), "plan.pdf")
    mixed = read_plan(buffer.getvalue(), "mixed.pdf")
    assert mixed["scanned_pages"] == 2 and len(printed["tasks"]) >= 8
    assert [task["number"] for task in mixed["tasks"]] == [task["number"] for task in printed["tasks"]]
    assert mixed["title"] == printed["title"]


def test_a_real_published_scan_is_recognised_as_its_text_with_its_brackets_as_printed():
    """财政部's notice printed from a government page with its letters traced: no text layer at all."""
    assert not PdfReader(REAL_SCAN).pages[0].extract_text().strip()
    text = document_text(REAL_SCAN.read_bytes(), REAL_SCAN.name)
    assert "关于印发《数据资产全过程管理试点方案》的" in text and "财资〔2024〕167号" in text
    assert "组织开展数据资产全过程管理试点" in text and "2024年12月19日" in text
    with pytest.raises(PlanReadError, match="未识别到任何重点任务"):  # a notice: read, but it assigns no task
        read_plan(REAL_SCAN.read_bytes(), REAL_SCAN.name)


def test_a_recognised_text_has_the_marks_a_chinese_print_has():
    line, paragraph = scan_marks.line_marks, scan_marks.as_printed
    assert paragraph(line("各市、县[市、区)政府")) == "各市、县（市、区）政府"
    assert paragraph(line("(责任单位:省数据局\\省经信厅)")) == "（责任单位：省数据局、省经信厅）"
    assert paragraph("财资【2024]167号") == "财资〔2024〕167号"
    assert paragraph("《关于〈意见〉的通知》") == "《关于〈意见〉的通知》"  # a title inside a title
    assert paragraph("（2024一2027年）") == "（2024—2027年）"
    # A clause broken over two lines: its brackets paired once the lines are joined.
    assert paragraph("（责任单位：省经信厅、省科技厅【列第一位的为牵头单位，下同），以下…") == (
        "（责任单位：省经信厅、省科技厅（列第一位的为牵头单位，下同），以下…")
    assert line("AI (LLM), 5G") == "AI (LLM), 5G"


def test_the_words_and_numbers_a_plan_turns_on_are_put_back_where_the_model_misread_one_character():
    line, paragraph = scan_marks.line_marks, scan_marks.as_printed
    assert paragraph("列第一位的为膏头单位，下同") == "列第一位的为牵头单位，下同"
    # A cell's label broken over two lines ('（它' / '头单位：…'): put back once they are joined.
    assert paragraph("（它" + "头单位：省交通运输厅）") == "（牵头单位：省交通运输厅）"
    assert paragraph("龙头企业，这头羊") == "龙头企业，这头羊"
    assert paragraph("责任音位：宁波市经信和局") == "责任单位：宁波市经信局"
    assert line("各市、县[市、区]政府") == "各市、县〔市、区〕政府"
    assert paragraph("成果转化。《责任单位：省经信厅和）") == "成果转化。（责任单位：省经信厅）"
    assert paragraph("落实《关于责任单位的意见》") == "落实《关于责任单位的意见》"  # a title stays a title
    assert paragraph(line("省委网信办\\、省经信厅、各市、县〔市区〕政府")) == "省委网信办、省经信厅、各市、县〔市、区〕政府"
    assert paragraph("建设SG工厂，推动5G/5SG-A、“SG+工业互联网”") == "建设5G工厂，推动5G/5G-A、“5G+工业互联网”"
    assert paragraph("ESG评价，SGS认证，超工万亿元，工人") == "ESG评价，SGS认证，超1万亿元，工人"
    assert paragraph("视频数据S00TB以上，规模3S0TB，超$000模型实例，1O0家") == "视频数据500TB以上，规模350TB，超5000模型实例，100家"
    assert paragraph("SSD、S3存储、GPT-4o、v1.S2、OS10") == "SSD、S3存储、GPT-4o、v1.S2、OS10"
    numbered = scan_marks.numbers_in_order([
        "一发展目标", "（一）甲。", "二打造高能级产业生态", "（二）乙。", "三）丙。", "（四）丁。", "五`加强数据供给",
        "（三）戊。",  # a number of its own, not a misread (四) → left as printed, the count goes on from it
        "（四）己。", "（五）庚。", "（六）辛。", "（七）壬。", "（八）癸。", "（九）子。", "（十）丑。", "（十一）寅。",
        "（十入）卯。", "（十三）辰。", "（一）列表重新开始。", "一是加强领导，各部门要落实。"])
    assert numbered == [
        "一、发展目标", "（一）甲。", "二、打造高能级产业生态", "（二）乙。", "（三）丙。", "（四）丁。",
        "五`加强数据供给",  # not the 三 the count expects: left as printed
        "（三）戊。", "（四）己。", "（五）庚。", "（六）辛。", "（七）壬。", "（八）癸。",
        "（九）子。", "（十）丑。", "（十一）寅。", "（十二）卯。", "（十三）辰。", "（一）列表重新开始。",
        "一是加强领导，各部门要落实。"]


def _grid_image() -> tuple[bytes, int, int]:
    """400×300 pixels: a table of a narrow first column (50 px) and a wide one, two rows; a 60-px stroke in a cell."""
    columns, rows = 400, 300
    pixels = bytearray(b"\xff" * columns * rows)
    for y in (20, 120, 220):  # rows' rules; the middle one crosses the narrow column only
        for x in range(20, 380 if y != 120 else 70):
            pixels[y * columns + x] = 0
    for x in (20, 70, 379):
        for y in range(20, 221):
            pixels[y * columns + x] = 0
    for x in range(100, 160):  # a long stroke of a character ('一') inside the wide cell, meeting no rule
        pixels[170 * columns + x] = 0
    return bytes(pixels), columns, rows


def test_the_rules_of_a_scanned_table_are_found_short_ones_where_they_meet_long_ones_and_no_character_stroke():
    pixels, columns, rows = _grid_image()
    rules = scan_rules.rules_in(pixels, columns, rows, length=150)
    across = sorted((y0, x0, x1) for x0, y0, x1, y1 in rules if y0 == y1)
    down = sorted((x0, y0, y1) for x0, y0, x1, y1 in rules if x0 == x1)
    assert across == [(20, 20, 380), (120, 20, 71), (220, 20, 380)]
    assert down == [(20, 20, 221), (70, 20, 221), (379, 20, 221)]


def test_a_scan_on_a_machine_without_chinese_recognition_is_refused_in_one_line_naming_what_to_install(monkeypatch):
    monkeypatch.setattr(pdf_scans.shutil, "which", lambda name: None)
    with pytest.raises(PlanReadError) as refused:
        read_plan(scanned(ROBOTS.read_bytes(), pages=1), "robots.pdf")
    assert "tesseract-ocr" in str(refused.value) and "扫描件" in str(refused.value) and "\n" not in str(refused.value)


def test_a_scan_whose_pages_show_no_text_is_refused_after_recognition():
    blank = image_pdf([(595.0, 842.0, 100, 140, b"\xff" * 14000)] * 2)
    with pytest.raises(PlanReadError, match="未识别出文字"):
        read_plan(blank, "blank.pdf")


def test_a_scan_longer_than_recognition_allows_is_refused_before_any_page_is_recognised(monkeypatch):
    monkeypatch.setattr(pdf_scans, "MAX_SCANNED_PAGES", 1)
    monkeypatch.setattr(pdf_scans, "_prepared", lambda page, folder: pytest.fail("a page was recognised"))
    with pytest.raises(PlanReadError, match="识别上限"):
        read_plan(image_pdf([(595.0, 842.0, 10, 10, b"\xff" * 100)] * 2), "long.pdf")


def test_recognition_that_fails_refuses_the_whole_file_in_one_line(monkeypatch, tmp_path):
    fake = tmp_path / "tesseract"  # lists the Chinese model, then fails on every page
    fake.write_text("#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo chi_sim; echo eng; exit 0; fi\n"
                    "echo 'Error: image too odd' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{shutil.os.environ['PATH']}")
    with pytest.raises(PlanReadError) as refused:
        read_plan(scanned(ROBOTS.read_bytes(), pages=1), "robots.pdf")
    assert "文字识别失败" in str(refused.value) and "image too odd" in str(refused.value)
    assert "\n" not in str(refused.value)


@pytest.mark.django_db
def test_the_review_of_an_uploaded_scan_says_its_text_was_recognised_and_a_clerk_or_outsider_cannot_open_it(
        login, admin, alice, mallory):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from actiondesk.core.models import Job
    from actiondesk.plans.models import PlanDraft

    client = login(admin)
    upload = SimpleUploadedFile("robots-scan.pdf", scanned(ROBOTS.read_bytes(), pages=2))
    client.post(reverse("plans:import_upload"), {"document": upload})
    job, draft = Job.objects.get(), PlanDraft.objects.get()  # tasks run inline in the tests
    assert job.status == "done" and (job.rows_done, job.rows_total) == (2, 2)
    review = reverse("plans:import_review", args=[draft.pk])
    page = client.get(review).content.decode()
    assert 'id="scanned-notice"' in page and "有 2 页是扫描的图像" in page and draft.reading["scanned_pages"] == 2
    for outsider in (alice, mallory):
        assert login(outsider).get(review).status_code in (403, 404)


def test_each_line_of_a_scanned_cell_stays_in_its_row_and_a_line_the_block_reading_drops_is_found():
    """Two pages of the annexed table at 200 dpi: a unit cell's last line, whose box Tesseract draws past the cell's
    foot, stays in its own row ('温州市' / '数据局' no longer opens the next row's units); a title's middle line,
    which Tesseract's block reading of the narrow cell drops, is found by its sparse reading. Two pages of table rows
    and nothing else are read, not refused as pages without text."""
    scan = read_plan(scanned(_pages(DATASETS, [8, 15])), "datasets.pdf")
    units = {task["title"]: task["lead"] for task in scan["tasks"]}
    assert units.get("医学影像数据集") == ["温州市卫生健康委", "温州市数据局"], units
    cells = units.get("高质量宫颈细胞数据集", [])  # the row above: 宁波 may be misread ('守波'), its last line is its own
    assert len(cells) == 2 and cells[1].endswith("波市数据局"), units
    assert "高速公路交通态势数据集" in units, units


def test_a_sparse_line_is_taken_only_where_no_block_line_of_its_cell_lies():
    block = [(0, 10, 0, 90, 40, "高速公路"), (0, 10, 100, 90, 140, "数据集"), (1, 10, 0, 90, 40, "12")]
    sparse = [(0, 12, 2, 88, 38, "高速公路"), (0, 10, 50, 90, 90, "交通态势"), (0, 60, 50, 70, 90, "|"),
              (1, 10, 50, 90, 90, "说明"), (1, 10, 2, 90, 38, "12")]
    assert pdf_scans._dropped(block, sparse) == [(0, 10, 50, 90, 90, "交通态势"), (1, 10, 50, 90, 90, "说明")]


def test_a_scan_fed_upside_down_reads_as_the_same_scan_fed_the_right_way_up():
    upright = read_plan(scanned(_pages(ROBOTS, range(0, 3))), "robots.pdf")
    steps = []
    upside_down = read_plan(scanned(_pages(ROBOTS, range(0, 3)), quarters=2), "robots.pdf",
                            progress=lambda step, done, total: steps.append((step, done, total)))
    assert len(upright["tasks"]) >= 5 and _tasks(upside_down) == _tasks(upright)
    assert upside_down["title"] == upright["title"]
    assert [step for step in steps if step[0] == "scan"] == [("scan", page, 3) for page in range(1, 4)]


def test_a_landscape_table_scanned_on_its_side_is_turned_and_read_row_by_row_beside_pages_fed_upright():
    """The 数据集 plan's first page upright, then two pages of its landscape task table scanned sideways — one turned a
    quarter clockwise, one a quarter the other way — as a scanner takes an annexed table in a portrait batch."""
    pages = _pages(DATASETS, [0, 11, 12])
    upright = read_plan(scanned(pages), "datasets.pdf")
    sideways = read_plan(scanned(pages, quarters=[0, 1, 3]), "datasets.pdf")
    assert len(upright["tasks"]) >= 6
    assert [task["number"] for task in sideways["tasks"]] == [task["number"] for task in upright["tasks"]]
    same = sum(mine == theirs for mine, theirs in zip(_tasks(sideways), _tasks(upright), strict=True))
    assert same >= 0.9 * len(upright["tasks"]), _tasks(sideways)


def test_a_page_is_judged_turned_by_how_unsure_the_model_is_or_by_lines_standing_as_columns():
    lying = [(0, 0, 400, 40, "加快推进数据集建设"), (0, 60, 300, 100, "责任单位：省数据局")]
    standing = [(0, 0, 40, 400, "加快推进数据集建设"), (60, 0, 100, 300, "责任单位：省数据局")]
    assert not scan_turns.looks_turned(lying, [88.0, 91.0])
    assert scan_turns.looks_turned(lying, [21.0, 25.0])  # upside down: the model unsure of nearly every word
    assert scan_turns.looks_turned(standing, [88.0, 90.0])  # a quarter turn read as vertical text
    assert not scan_turns.looks_turned([], [])


def test_a_page_without_text_is_left_the_way_it_is(tmp_path):
    blank = tmp_path / "blank.pgm"
    blank.write_bytes(b"P5\n600 800\n255\n" + b"\xff" * 600 * 800)
    assert scan_turns.orientation(str(blank), dpi=300, seconds=60) == 0


def test_a_page_photographed_under_a_lamp_reads_as_the_same_page_scanned_flat():
    """Grey paper, the light falling to 40% towards a corner: read as dark paper it would be all ink there — rules
    found in it, Tesseract's one threshold lost — so the paper is brought back to white first."""
    flat = read_plan(scanned(_pages(ROBOTS, range(0, 3))), "robots.pdf")
    lamp = read_plan(scanned(_pages(ROBOTS, range(0, 3)), darkest=0.4), "robots.pdf")
    assert len(flat["tasks"]) >= 5
    assert [task["number"] for task in lamp["tasks"]] == [task["number"] for task in flat["tasks"]]
    same = sum(mine == theirs for mine, theirs in zip(_tasks(lamp), _tasks(flat), strict=True))
    assert same >= 0.85 * len(flat["tasks"]), _tasks(lamp)  # 9 of 9 here; 7 read on dark paper as it was


def test_paper_is_brought_to_white_and_ink_stays_ink_and_an_even_page_is_left_alone():
    import numpy

    from actiondesk.plans.reader.scan_light import even_light

    rows, columns = 300, 400
    down, across = numpy.mgrid[0:rows, 0:columns]
    page = (230 * (1 - 0.6 * across / columns)).astype(numpy.uint8)  # 230 at the left, 92 at the right
    page[100:104, 20:380] = (page[100:104, 20:380] * 0.2).astype(numpy.uint8)  # a stroke of ink across it
    evened = numpy.frombuffer(even_light(page.tobytes(), columns, rows, dpi=100), dtype=numpy.uint8).reshape(rows,
                                                                                                           columns)
    paper = numpy.ones((rows, columns), dtype=bool)
    paper[96:108, :] = False
    assert evened[paper].min() >= 230 and evened[100:104, 20:380].max() < 128
    even = bytes([240]) * rows * columns
    assert even_light(even, columns, rows, dpi=100) is even


def test_once_a_page_is_found_upside_down_the_pages_after_it_are_turned_before_they_are_read(monkeypatch):
    """A stack fed upside down: the recogniser is asked which way up only for the pages read before the first turned
    one came back (one page at a time here: the first two), not for every page."""
    monkeypatch.setattr(pdf_scans, "_MOST_AT_ONCE", 1)
    asked = []
    monkeypatch.setattr(pdf_scans, "orientation", lambda *args: asked.append(args) or scan_turns.orientation(*args))
    scan = read_plan(scanned(ROBOTS.read_bytes(), quarters=2), "robots.pdf")
    assert len(asked) == 2 and len(scan["tasks"]) == len(read_plan(ROBOTS.read_bytes(), "robots.pdf")["tasks"])
