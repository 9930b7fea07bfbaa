"""Plan reader speed: the zone's own plan (goal < 1 s) and a 300-page plan (goal < 10 s) made by concatenating
the real plans of the reader corpus (tests/plans/corpus/documents) and the zone plan until it has 300 pages of
700 characters, read from bytes as an upload is. Baseline: decoding and normalising the same bytes
(document_text), the part of reading that is not parsing. A plan uploaded as a PDF: the real fixture PDFs
(tests/plans/fixtures/pdf) and a 300-page PDF of their pages; baseline pypdf's own plain text of the same pages, the
floor any reading built on pypdf has. A scan (the five pages of a fixture PDF printed to images at 200 dpi) recognised
by Tesseract, seconds a page; baseline reading the same pages from the PDF's text layer. The 300-page plan as a saved web page, against reading it as
text; a 900-row 任务分解表 as .xlsx (row numbers stop at 999: four figures read as years), against the same rows typed into a .txt with tabs.
The plan's first 300 pages issued as OFD, typeset as a 公文 (28 characters a line, 22 lines a page), against
reading the same paragraphs as text. The 300-page plan saved as RTF as Word saves it (GBK bytes as \\'hh, each paragraph's formatting repeated), and as
OpenDocument text (each line a paragraph), against reading it as text."""
from pathlib import Path

from common import median_seconds, result

ROOT = Path(__file__).resolve().parent.parent
PAGE_CHARS = 700  # a printed A4 page of a Chinese government document holds about 22 lines × 32 characters


def big_plan(pages: int = 300) -> bytes:
    from actiondesk.plans.samples import SHENFU_2026_TEXT

    parts = [SHENFU_2026_TEXT.read_text(encoding="utf-8")]
    parts += [path.read_text(encoding="utf-8")
              for path in sorted((ROOT / "tests" / "plans" / "corpus" / "documents").glob("*.txt"))]
    text, copies = "", 0
    while len(text) < pages * PAGE_CHARS:
        text += "\n".join(parts) + "\n"
        copies += 1
    return text.encode("utf-8")


def run() -> list[dict]:
    from actiondesk.plans.reader import read_plan
    from actiondesk.plans.reader.documents import document_text
    from actiondesk.plans.samples import SHENFU_2026_TEXT

    zone = SHENFU_2026_TEXT.read_bytes()
    big = big_plan()
    reading = read_plan(big, "big.txt")
    pages = len(document_text(big, "big.txt")) / PAGE_CHARS
    print(f"   300-page plan: {len(big) // 1024} KiB, {pages:.0f} pages, {len(reading['tasks'])} tasks, "
          f"{len(reading['targets'])} targets", flush=True)
    zone_seconds = median_seconds(lambda: read_plan(zone, "zone.txt"))
    big_seconds = median_seconds(lambda: read_plan(big, "big.txt"), repeat=3)
    # Laid end to end, the documents after the first annex heading read as annexes (the body ends there), so the
    # big plan no longer runs every rule on every page: each corpus document read on its own does.
    documents = [path.read_bytes() for path in sorted((ROOT / "tests" / "plans" / "corpus" / "documents").glob("*.txt"))]
    each_seconds = median_seconds(lambda: [read_plan(data, "doc.txt") for data in documents], repeat=3)
    print(f"   corpus read one by one: {len(documents)} documents, "
          f"{sum(len(d) for d in documents) // 1024} KiB", flush=True)
    pdfs = [path.read_bytes() for path in sorted((ROOT / "tests" / "plans" / "fixtures" / "pdf").glob("*.pdf"))]
    pdf_seconds = median_seconds(lambda: [read_plan(data, "plan.pdf") for data in pdfs], repeat=3)
    big_pdf = _pdf_of_pages(pdfs, 300)
    big_pdf_seconds = median_seconds(lambda: read_plan(big_pdf, "big.pdf"), repeat=1, warmup=0)
    print(f"   PDFs: the {len(pdfs)} fixture PDFs ({_pages(pdfs)} pages), and a 300-page PDF of their pages "
          f"({len(big_pdf) // 1024} KiB)", flush=True)
    from tests.plans.scans import pdf_pages, scanned

    printed = (ROOT / "tests" / "plans" / "fixtures" / "pdf" /
               "zhejiang-2024-humanoid-robot-industry-innovation-development-implementation-plan.pdf").read_bytes()
    scan = scanned(printed, dpi=200)
    scan_pages = _pages([scan])
    scan_seconds = median_seconds(lambda: read_plan(scan, "scan.pdf"), repeat=1, warmup=0) / scan_pages
    print(f"   a {scan_pages}-page scan at 200 dpi ({len(scan) // 1024} KiB), recognised", flush=True)
    # Pages of a ruled table: each cell recognised on its own, twice (block and sparse readings).
    tables = pdf_pages((ROOT / "tests" / "plans" / "fixtures" / "pdf" /
                        "zhejiang-2025-ai-industry-high-quality-datasets-construction-action-plan.pdf").read_bytes(),
                       range(11, 14))  # pages 12–14 of the 数据集 plan: its annexed task table, a task a row
    table_scan = scanned(tables, dpi=200)
    table_seconds = median_seconds(lambda: read_plan(table_scan, "scan.pdf"), repeat=1, warmup=0) / _pages([tables])
    print(f"   a {_pages([tables])}-page scan of a ruled task table at 200 dpi, recognised", flush=True)
    page = _web_page(big)
    page_seconds = median_seconds(lambda: read_plan(page, "big.html"), repeat=3)
    from tests.plans.ofd_files import ofd_file
    from tests.plans.reprinted_styles import rtf_file

    ofd_text = _first_pages(big.decode("utf-8"), 300)
    ofd = ofd_file(ofd_text)
    ofd_seconds = median_seconds(lambda: read_plan(ofd, "big.ofd"), repeat=3)
    ofd_text_seconds = median_seconds(lambda: read_plan(ofd_text.encode("utf-8"), "big.txt"), repeat=3)
    print(f"   the plan's first 300 typeset pages as OFD ({len(ofd) // 1024} KiB)", flush=True)
    rtf = rtf_file(big.decode("utf-8"))
    rtf_seconds = median_seconds(lambda: read_plan(rtf, "big.rtf"), repeat=3)
    print(f"   the 300-page plan as RTF ({len(rtf) // 1024} KiB)", flush=True)
    from tests.plans.odt_files import odt_file

    odt = odt_file(big.decode("utf-8"))
    odt_seconds = median_seconds(lambda: read_plan(odt, "big.odt"), repeat=3)
    print(f"   the 300-page plan as OpenDocument text ({len(odt) // 1024} KiB)", flush=True)
    table_text = _task_rows(900)
    workbook = _workbook(table_text)
    workbook_seconds = median_seconds(lambda: read_plan(workbook, "table.xlsx"), repeat=3)
    print(f"   the 300-page plan as a saved web page ({len(page) // 1024} KiB); a 900-row 任务分解表 as .xlsx "
          f"({len(workbook) // 1024} KiB, {len(read_plan(workbook, 'table.xlsx')['tasks'])} tasks)", flush=True)
    return [
        result("plans.reader_300_page_web_page", page_seconds, "s", "the same plan read as text", big_seconds),
        result("plans.reader_300_page_ofd", ofd_seconds, "s", "the same paragraphs read as text", ofd_text_seconds),
        result("plans.reader_300_page_rtf", rtf_seconds, "s", "the same plan read as text", big_seconds),
        result("plans.reader_300_page_odt", odt_seconds, "s", "the same plan read as text", big_seconds),
        result("plans.reader_900_row_workbook", workbook_seconds, "s", "the same rows typed into a .txt with tabs",
               median_seconds(lambda: read_plan(table_text.encode("utf-8"), "table.txt"), repeat=3)),
        result("plans.reader_fixture_pdfs", pdf_seconds, "s", "pypdf's plain text of the same pages",
               median_seconds(lambda: _plain_text(pdfs), repeat=3)),
        result("plans.reader_300_page_pdf", big_pdf_seconds, "s", "pypdf's plain text of the same pages",
               median_seconds(lambda: _plain_text([big_pdf]), repeat=1, warmup=0)),
        result("plans.reader_scan_per_page", scan_seconds, "s", "a page of the same PDF read from its text layer",
               median_seconds(lambda: read_plan(printed, "plan.pdf"), repeat=3) / scan_pages),
        result("plans.reader_scan_table_per_page", table_seconds, "s",
               "a page of the same table read from its text layer",
               median_seconds(lambda: read_plan(tables, "plan.pdf"), repeat=3) / _pages([tables])),
        result("plans.reader_corpus_each", each_seconds, "s", "document_text of the same documents",
               median_seconds(lambda: [document_text(data, "doc.txt") for data in documents], repeat=3)),
        result("plans.reader_zone_plan", zone_seconds * 1000, "ms", "document_text of the same bytes",
               median_seconds(lambda: document_text(zone, "zone.txt")) * 1000),
        result("plans.reader_300_page_plan", big_seconds, "s", "document_text of the same bytes",
               median_seconds(lambda: document_text(big, "big.txt"), repeat=3)),
    ]


def _web_page(text: bytes) -> bytes:
    """The plan as its portal serves it: each paragraph a <p> inside a page of menus, a field box and a footer."""
    import html

    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.decode("utf-8").split("\n") if line.strip())
    return ("<html><head><meta charset='gb2312'><title>某区行动方案_某区人民政府</title></head><body><ul>"
            + "".join(f"<li><a href='/{n}/'>栏目{n}</a></li>" for n in range(40))
            + "</ul><table><tr><td>索引号：</td><td>000/2026-001</td></tr></table>"
            f"<div class='content'>{body}</div><div class='footer'>主办：某区人民政府办公室</div></body></html>"
            ).encode("gb18030")


def _first_pages(text: str, pages: int) -> str:
    """The text's first paragraphs that typeset to ``pages`` pages of a 公文 (22 lines of 28 characters)."""
    paragraphs, lines = [], 0
    for paragraph in text.split("\n"):
        lines += -(-(len(paragraph) + 2) // 28) if paragraph.strip() else 0
        if lines > pages * 22:
            break
        paragraphs.append(paragraph)
    return "\n".join(paragraphs)


def _task_rows(rows: int) -> str:
    """A 任务分解表 of ``rows`` rows typed with tabs, its title and head first."""
    lines = ["某区2026年重点任务分解表", "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限"]
    lines += [f"{n}\t推进第{n}项重点工作\t新增企业{n % 90 + 10}家，建成项目{n % 7 + 1}个\t区工信局\t区发改局、区财政局\t2026年底"
              for n in range(1, rows + 1)]
    return "\n".join(lines)


def _workbook(text: str) -> bytes:
    """The same table as an Excel workbook, one cell per tab-separated field, units one a line in their cell."""
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    for line in text.split("\n"):
        workbook.active.append([int(cell) if cell.isdigit() else cell.replace("、", "\n")
                                for cell in line.split("\t")])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _pdf_of_pages(pdfs: list[bytes], pages: int) -> bytes:
    """A PDF of ``pages`` pages: the fixture PDFs' pages (real printed plans, tables among them) over and over."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer, count = PdfWriter(), 0
    while count < pages:
        for data in pdfs:
            for page in PdfReader(io.BytesIO(data)).pages:
                if count < pages:
                    writer.add_page(page)
                    count += 1
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _pages(pdfs: list[bytes]) -> int:
    import io

    from pypdf import PdfReader

    return sum(len(PdfReader(io.BytesIO(data)).pages) for data in pdfs)


def _plain_text(pdfs: list[bytes]) -> list[str]:
    """What pypdf gives unaided: the floor of any reading built on it."""
    import io

    from pypdf import PdfReader

    return [page.extract_text() for data in pdfs for page in PdfReader(io.BytesIO(data)).pages]
