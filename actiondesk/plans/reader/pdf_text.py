"""A plan uploaded as the PDF it was published in: its printed lines, page by page, for the reader.

Each run of text is placed by its position on the page; runs sharing a baseline make one printed line, read left to
right — a typeset page draws "到", "２０２７" and "年" as three runs in two fonts, which a plain text dump breaks
over three lines. What is printed on most pages in the same place (a browser print's date and address, a running
title) and the typesetting furniture (a masthead's rule of repeated glyphs, "— 3 —") are dropped; the lines are then
joined back into paragraphs by where they start on the page (``_paragraphs``), a title set centred over two lines into
one. A table's runs go to the cells ``pdf_tables`` finds, and its rows are written as a Word table's (``_written_tables``).
A browser's print of a web page places its glyphs one by one, so its runs say nothing of where they stand; such a page
is read from pypdf's column layout instead. A scan without a text layer is recognised page by page (``pdf_scans``);
a damaged or password-protected file is refused with one plain line.
"""

import io
import logging
import re
import unicodedata
from collections import Counter

from .hard_wraps import PAGE_NUMBER
from .line_joins import Line, paragraphs
from .numbering import CHINESE_DIGITS
from .pdf_scans import ScanUnreadable, scanned_pages
from .pdf_tables import NEAR, Drawing, cells_of, place_loose, rows_of
from .scan_marks import as_printed, numbers_in_order
from .table_labels import ROW_NUMBER
from .tables import heads_task_rows

MAX_PDF_PAGES = 1000
logging.getLogger("pypdf").setLevel(logging.ERROR)  # a mended xref is no news to a clerk; a file it cannot mend is refused
_EDGE = 2  # lines at a page's top or foot that may be a running header or footer

# A line that is one glyph drawn over and over ("欗 欗 欗 …", the red rule under a masthead; "书书书", a typesetter's
# marker): no words of the plan.
_REPEATED_GLYPH = re.compile(r"^(\S)(?:\s*\1){2,}$")
_LAID_OUT_GAP = re.compile(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])")
# A web page's print draws some characters with the glyphs of radicals ("⼈⺠政府", "（⼀）", "⻓三⻆"): the characters
# they stand for, so that names and numbering read (Kangxi radicals by their compatibility mapping; the supplement's
# forms that print as a whole character by hand).
_RADICAL_FORMS = ("⺟⺠⺜⺝⺩⺬⺶⻁⻄⻅⻆⻉⻊⻋⻓⻔⻗⻘⻙⻚⻛⻜⻝⻡⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳",
                  "母民日月王示羊虎西见角贝足车长门雨青韦页风飞食首马骨鬼鱼鸟卤麦黄齐齿龙龟")
_RADICALS = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)} | {
    ord(radical): character for radical, character in zip(*_RADICAL_FORMS, strict=True)}
_PRIVATE_ONLY = re.compile(r"^[\ue000-\uf8ff\s]+$")
_LATIN_END = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")


class PdfRefused(ValueError):
    """A PDF that cannot give the plan's text; the message is one line, Chinese then English."""


def pdf_lines(data: bytes, progress=None) -> list[str]:
    """The paragraphs of every page, furniture dropped, in reading order; ``progress("pages", done, total)`` per page."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfRefused("PDF 文件设有打开密码，请上传未加密的文件 (the PDF is password-protected)")
        pages = list(reader.pages)
        if len(pages) > MAX_PDF_PAGES:
            raise PdfRefused(f"PDF 超过 {MAX_PDF_PAGES} 页上限 (the PDF has more pages than the limit)")
        printed = []
        for page in pages:  # ~0.1 s a page: the upload's job page counts them
            printed.append(_page_lines(page) if _shows_text(page) else [])
            if progress:
                progress("pages", len(printed), len(pages))
    except PdfRefused:
        raise
    except Exception as error:  # pypdf raises many types on broken files
        raise PdfRefused("无法打开 PDF 文件，文件可能已损坏 "
                         f"(the PDF cannot be read: {type(error).__name__})") from error
    wordless = [index for index, page in enumerate(printed) if not any(line.text.strip() for line in page)]
    whole_scan = len(wordless) == len(printed)
    # A scan, or a scanned part — the 通知 typed, the plan annexed as page images: those pages recognised.
    pictured = wordless if whole_scan else [index for index in wordless if _draws_image(pages[index])]
    if pictured:
        try:
            for index, lines in zip(pictured, scanned_pages(data, progress=progress, only=pictured), strict=True):
                printed[index] = lines
        except ScanUnreadable as refused:
            if whole_scan:
                raise PdfRefused(str(refused)) from None
            # The typed pages still read, as they did before any scan was recognised.
            logging.getLogger(__name__).warning("scanned pages of a PDF left unread: %s", refused)
        # A table's row is text too: a scan of the annexed table alone has no line outside its cells.
        if whole_scan and not any(line.text.strip() or line.row for page in printed for line in page):
            raise PdfRefused("PDF 中没有文字层，页面图像中也未识别出文字，请上传 Word 或文本版本 "
                             "(the PDF has no text layer and no text was recognised in its images)")
        return numbers_in_order([as_printed(paragraph) for paragraph in printed_paragraphs(printed)])
    return printed_paragraphs(printed)


def printed_paragraphs(printed: list[list[Line]]) -> list[str]:
    """The paragraphs of pages of printed lines (a PDF's, an OFD's): what most pages print in one place and the
    typesetting furniture dropped, tables written as a Word table's, lines joined back into paragraphs."""
    running = _running_lines([[line.text for line in page] for page in printed])
    kept = [[line for index, line in enumerate(page) if line.row or line.text.strip()
             and not _REPEATED_GLYPH.match(line.text.strip()) and not (_shape(line.text) in running and _at_edge(page, index))]
            for page in printed]
    return paragraphs(_written_tables(kept))


def _written_tables(pages: list[list[Line]]) -> list[list[Line]]:
    """Each table row written as a Word table's is: a task table's rows between pipes under its header (once, though
    the print may repeat it on every page), each cell in the header's column it stands under, a cell merged down (or
    carried over a page break without its rectangle) beside each row it runs down; a row merged across the table
    ("一、…") a line of its own; a row cut by a page break (its rest atop the next page, without a number) one row;
    another table's cells one a line, a merged cell once."""
    header: list[tuple[float, float]] | None = None  # the task table's columns, left and right edges
    labels: list[str] = []
    above: list[str] = []
    written = []
    last: Line | None = None  # the task table's last row written
    for page in pages:
        lines = []
        placed = False  # a row of the task table written on this page
        for line in page:
            if line.row is None:
                if not PAGE_NUMBER.match(line.text.strip()):
                    header, last = None, None  # the table has ended
                lines.append(line)
                continue
            texts = [re.sub(r"\s+", "", text) for text, *_ in line.row]
            if heads_task_rows(texts):
                if header is None or texts != labels:
                    header, labels, above, last = [(x0, x1) for *_, x0, x1 in line.row], texts, [], None
                    lines.append(Line(line.y, 0.0, 0.0, " | ".join(texts), row=[]))
                continue  # a header repeated at the top of the next page is not written again
            if header is None:
                lines += [Line(line.y, 0.0, 0.0, text, row=[]) for text, continued, *_ in line.row if text and not continued]
                continue
            spans = [sum(1 for left, right in header if x0 <= left + NEAR and x1 >= right - NEAR) for *_, x0, x1 in line.row]
            if len(line.row) == 1 and spans[0] > 1:
                lines.append(Line(line.y, 0.0, 0.0, line.row[0][0], row=[]))  # "一、培育一批…场景" across the table
                continue
            own = _under_columns(line.row, header, [])
            if not own[0] and not placed and last is not None:  # the row above, cut by the page break: its rest
                above = [first + rest for first, rest in zip(above, own, strict=True)]
                last.text = " | ".join(cell.replace("|", "｜") for cell in above)
                placed = True
                continue
            cells = _under_columns(line.row, header, above)
            above, placed = cells, True
            number = ROW_NUMBER.match(cells[0])
            cells[0] = number.group(1) if number else cells[0]
            last = Line(line.y, 0.0, 0.0, " | ".join(cell.replace("|", "｜") for cell in cells), row=[])
            lines.append(last)
        written.append(lines)
    return written


def _under_columns(row: list, header: list[tuple[float, float]], above: list[str]) -> list[str]:
    """A row's cells under the header's columns, by where each stands; a column with no cell of its own in the row
    has the cell of the row above running down into it (a merged cell, or one carried over a page break)."""
    cells: list[str | None] = [None] * len(header)
    for text, _, x0, x1 in row:
        centre = (x0 + x1) / 2
        column = next((index for index, (left, right) in enumerate(header) if left - NEAR <= centre <= right + NEAR),
                      None)
        if column is not None:
            cells[column] = text if cells[column] is None else cells[column] + text
    return [cell if cell is not None else above[index] if above and index else "" for index, cell in enumerate(cells)]


# A text object's opening operator: a page whose content (and the forms it draws) has none prints no text. A scan, or a
# page whose letters were turned into outlines, is passed over unparsed: parsing a traced page's hundreds of thousands
# of path operators took ~1 s, so a scan of a hundred pages was refused only after minutes.
_TEXT_OBJECT = re.compile(rb"(?<![A-Za-z])BT(?![A-Za-z])")


def _shows_text(page, depth: int = 0) -> bool:
    """Whether ``page`` (or a form XObject, ``depth`` forms down) may print text: its content has a text object."""
    try:
        contents = page.get_contents() if depth == 0 else page
        if contents is not None and _TEXT_OBJECT.search(contents.get_data()):
            return True
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        forms = [xobject.get_object() for xobject in (xobjects.get_object().values() if xobjects else ())]
        return depth < 4 and any(form.get("/Subtype") == "/Form" and _shows_text(form, depth + 1) for form in forms)
    except Exception:  # anything odd: let the parser read the page as before
        return True


def _draws_image(page, depth: int = 0) -> bool:
    """Whether ``page`` (or a form it draws, ``depth`` forms down) draws a picture: a page of a scan."""
    try:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        drawn = [xobject.get_object() for xobject in (xobjects.get_object().values() if xobjects else ())]
        return any(item.get("/Subtype") == "/Image" or depth < 4 and item.get("/Subtype") == "/Form"
                   and _draws_image(item, depth + 1) for item in drawn)
    except Exception:  # anything odd: no picture to read
        return False


def _page_lines(page) -> list[Line]:
    runs: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if not text or not text.strip() or _PRIVATE_ONLY.match(text):  # a seal's glyphs over the signature: no text
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        height = abs(tm[3] * cm[3]) * (size or 1) or 10.0  # the run's printed size, for the baseline tolerance
        runs.append((y, x, height, text.replace("\r", "").replace("\n", "")))

    drawing = Drawing()
    page.extract_text(visitor_text=visit, visitor_operand_before=drawing.visit)
    box = page.mediabox
    runs = [run for run in runs if box.left - NEAR <= run[1] <= box.right + NEAR
            and box.bottom - NEAR <= run[0] <= box.top + NEAR]  # a run off the page prints nowhere
    return placed_lines(runs, drawing.rectangles, drawing.rules, float(box.width), float(box.height),
                        glyph_by_glyph=lambda: _layout_lines(page))


def placed_lines(runs, rectangles, rules, width: float, height: float, glyph_by_glyph=None) -> list[Line]:
    """A page's printed lines, top to bottom, from its runs (baseline, x, size, text[, right end]; y up, in points)
    and what it draws: runs inside a table's cells make its rows (``Line.row``), the rest lines by their baselines.
    ``glyph_by_glyph`` reads the page otherwise when its runs say nothing of where each glyph stands."""
    cells = cells_of(rectangles, rules, width, height)
    loose = []
    for run in _printed_once(runs):
        cell = next((cell for cell in cells if cell.holds(run[1], run[0])), None)
        if cell is None:
            loose.append(run)
        else:
            cell.runs.append((run[0], run[1], run[3]))
    bands = rows_of(cells) if any(cell.runs for cell in cells) else []
    lines = _baselines(place_loose(bands, loose))
    if glyph_by_glyph and sum(1 for _, height, parts in lines if _overlapping(sorted(parts))) * 10 > len(lines):
        return glyph_by_glyph()
    read = [Line(y, min(part[0] for part in parts), size, _joined(sorted(parts)),
                 right=max((part[2] for part in parts if len(part) > 2), default=None)) for y, size, parts in lines]
    rows = [Line(band.y, 0.0, 0.0, "", [(cell.text(_joined), continued, cell.x0, cell.x1)
                                         for cell, continued in band.cells]) for band in bands]
    return sorted(read + rows, key=lambda line: -line.y)


def _baselines(runs) -> list[list]:
    """Runs (baseline, x, size, text; y up, in points) that share a baseline as one line: [baseline, size, parts]."""
    lines: list[list] = []  # [baseline, height, [(x, text), …]]
    for y, x, height, text, *end in sorted(runs, key=lambda run: (-run[0], run[1])):
        if lines and abs(lines[-1][0] - y) <= max(2.0, 0.4 * min(height, lines[-1][1])):
            lines[-1][2].append((x, text, *end))
            lines[-1][1] = max(lines[-1][1], height)
        else:
            lines.append([y, height, [(x, text, *end)]])
    return lines


def _printed_once(runs: list[tuple]) -> list[tuple]:
    """A run drawn again where it stands, or a hair beside it (a web page's text shadow, a bold face faked by printing
    the text over and over half a point apart), is one run."""
    kept, seen = [], {}
    for run in runs:
        y, x, text = run[0], run[1], run[3]
        key = text.strip()
        if any(abs(x - x0) <= 0.5 and abs(y - y0) <= 0.5 for x0, y0 in seen.get(key, ())):
            continue
        seen.setdefault(key, []).append((x, y))
        kept.append(run)
    return kept


def _overlapping(parts: list[tuple[float, str]]) -> bool:
    """Whether runs of a line start at one and the same place — glyphs drawn one by one (a browser's print of a web
    page) whose runs say nothing of where each glyph stands."""
    return any(abs(after[0] - before[0]) < 0.01 for before, after in zip(parts, parts[1:], strict=False))


def _layout_lines(page) -> list[Line]:
    """The page as pypdf lays each glyph out in columns: a line's indent in columns, a blank line a gap."""
    lines = []
    for index, row in enumerate(page.extract_text(extraction_mode="layout").split("\n")):
        if row.strip():
            text = _LAID_OUT_GAP.sub("", row.strip())  # columns of space inside a line: no space, but between words
            lines.append(Line(-index, len(row) - len(row.lstrip()), 2.0, re.sub(r"\s+", " ", text).translate(_RADICALS)))
    return lines


def _joined(parts: list[tuple[float, str]]) -> str:
    line = ""
    for _, text, *_end in parts:
        if line and _LATIN_END.search(line) and _LATIN_START.match(text):
            line += " "  # two words drawn as two runs
        line += text
    # A typesetter's space between Chinese and a figure ("到 2028 年", "平台 50个") is no character of the text; a space
    # between two words is, and so is the one after an article's number ("第一条 为做好…", an article, not a sentence).
    article = _ARTICLE_SPACE.match(line)
    if article:
        return article.group(1) + " " + _joined_text(line[article.end():])
    return _joined_text(line)


_ARTICLE_SPACE = re.compile(rf"^\s*(第[{CHINESE_DIGITS}]{{1,4}}条)\s+(?=\S)")


def _joined_text(line: str) -> str:
    return _LAID_OUT_GAP.sub("", line).translate(_RADICALS)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def _at_edge(page: list[str], index: int) -> bool:
    return index < _EDGE or index >= len(page) - _EDGE


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines printed at the top or foot of most pages alike (digits aside: a page number, a print date and time, the
    page's address): a header or a footer. A clause that happens to close two pages is not one."""
    if len(pages) < 3:
        return set()
    counts = Counter(shape for page in pages
                     for shape in {_shape(line) for index, line in enumerate(page) if line.strip() and _at_edge(page, index)})
    return {shape for shape, count in counts.items() if count >= max(3, 0.6 * len(pages)) and len(shape) > 1}
