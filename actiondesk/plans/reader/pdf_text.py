"""A plan uploaded as the PDF it was published in: its printed lines, page by page, for the reader.

Each run of text is placed by its position on the page; runs sharing a baseline make one printed line, read left to
right — a typeset page draws "到", "２０２７" and "年" as three runs in two fonts, which a plain text dump breaks
over three lines. What is printed on most pages in the same place (a browser print's date and address, a running
title) and the typesetting furniture (a masthead's rule of repeated glyphs, "— 3 —") are dropped; the lines are then
joined back into paragraphs by where they start on the page (``_paragraphs``), a title set centred over two lines into
one. A table's runs go to the cells ``pdf_tables`` finds, and its rows are written as a Word table's (``_written_tables``).
A browser's print of a web page places its glyphs one by one, so its runs say nothing of where they stand; such a page
is read from pypdf's column layout instead. A scan without a text layer, a damaged or password-protected file are
refused with one plain line.
"""

import io
import logging
import re
import unicodedata
from collections import Counter

from .hard_wraps import OPENS_PARAGRAPH, PAGE_NUMBER, inside_bracket, run_on
from .numbering import numbered
from .pdf_tables import NEAR, Drawing, cells_of, place_loose, rows_of
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
_CLOSED = re.compile(r"(?:[。；;：:，,、！!？?）)\d０-９]|[年月]\S{0,3}日)\s*$")
_SPAN_OF_YEARS = re.compile(r"[（(][^（）()]{0,6}[0-9０-９]{4}[^（）()]{0,12}[）)]")
_TITLE_END = re.compile(r"(?:方案|意见|计划|措施|举措|办法|通知|要点|规划|细则|纲要|清单)(?:[（(][^（）()]{2,20}[）)])?$")
_PRIVATE_ONLY = re.compile(r"^[\ue000-\uf8ff\s]+$")
_LATIN_END = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")


class PdfRefused(ValueError):
    """A PDF that cannot give the plan's text; the message is one line, Chinese then English."""


class _Line:
    __slots__ = ("y", "x", "height", "text", "row", "right")

    def __init__(self, y: float, x: float, height: float, text: str, row: list | None = None, right: float | None = None):
        self.y, self.x, self.height, self.text, self.row = y, x, height, text, row  # row: a table row's cells
        self.right = right  # where the line's last glyph ends, when the file says (an OFD's advances); a PDF's does not


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
    if not any(line.text.strip() for page in printed for line in page):
        raise PdfRefused("PDF 中没有文字层（可能是扫描件），请上传 Word 或文本版本 "
                         "(the PDF has no text layer: a scan)")
    return printed_paragraphs(printed)


def printed_paragraphs(printed: list[list[_Line]]) -> list[str]:
    """The paragraphs of pages of printed lines (a PDF's, an OFD's): what most pages print in one place and the
    typesetting furniture dropped, tables written as a Word table's, lines joined back into paragraphs."""
    running = _running_lines([[line.text for line in page] for page in printed])
    kept = [[line for index, line in enumerate(page) if line.row or line.text.strip()
             and not _REPEATED_GLYPH.match(line.text.strip()) and not (_shape(line.text) in running and _at_edge(page, index))]
            for page in printed]
    return _paragraphs(_written_tables(kept))


def _written_tables(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Each table row written as a Word table's is: a task table's rows between pipes under its header (once, though
    the print may repeat it on every page), each cell in the header's column it stands under, a cell merged down (or
    carried over a page break without its rectangle) beside each row it runs down; a row merged across the table
    ("一、…") a line of its own; a row cut by a page break (its rest atop the next page, without a number) one row;
    another table's cells one a line, a merged cell once."""
    header: list[tuple[float, float]] | None = None  # the task table's columns, left and right edges
    labels: list[str] = []
    above: list[str] = []
    written = []
    last: _Line | None = None  # the task table's last row written
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
                    lines.append(_Line(line.y, 0.0, 0.0, " | ".join(texts), row=[]))
                continue  # a header repeated at the top of the next page is not written again
            if header is None:
                lines += [_Line(line.y, 0.0, 0.0, text, row=[]) for text, continued, *_ in line.row if text and not continued]
                continue
            spans = [sum(1 for left, right in header if x0 <= left + NEAR and x1 >= right - NEAR) for *_, x0, x1 in line.row]
            if len(line.row) == 1 and spans[0] > 1:
                lines.append(_Line(line.y, 0.0, 0.0, line.row[0][0], row=[]))  # "一、培育一批…场景" across the table
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
            last = _Line(line.y, 0.0, 0.0, " | ".join(cell.replace("|", "｜") for cell in cells), row=[])
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


def _page_lines(page) -> list[_Line]:
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
    runs = _printed_once([run for run in runs if box.left - NEAR <= run[1] <= box.right + NEAR
                          and box.bottom - NEAR <= run[0] <= box.top + NEAR])  # a run off the page prints nowhere
    cells = cells_of(drawing.rectangles, drawing.rules, float(box.width), float(box.height))
    loose = []
    for run in runs:
        cell = next((cell for cell in cells if cell.holds(run[1], run[0])), None)
        if cell is None:
            loose.append(run)
        else:
            cell.runs.append((run[0], run[1], run[3]))
    bands = rows_of(cells) if any(cell.runs for cell in cells) else []
    lines = _baselines(place_loose(bands, loose))
    if sum(1 for _, height, parts in lines if _overlapping(sorted(parts))) * 10 > len(lines):
        return _layout_lines(page)
    read = [_Line(y, min(x for x, _ in parts), height, _joined(sorted(parts))) for y, height, parts in lines]
    rows = [_Line(band.y, 0.0, 0.0, "", [(cell.text(_joined), continued, cell.x0, cell.x1)
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


def printed_lines(runs) -> list[_Line]:
    """A page's runs (baseline, x, size, text, right edge; y up, in points) as its printed lines, top to bottom."""
    return [_Line(y, min(part[0] for part in parts), height, _joined(sorted(parts)),
                  right=max(part[2] for part in parts))
            for y, height, parts in _baselines(_printed_once(list(runs)))]


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


def _layout_lines(page) -> list[_Line]:
    """The page as pypdf lays each glyph out in columns: a line's indent in columns, a blank line a gap."""
    lines = []
    for index, row in enumerate(page.extract_text(extraction_mode="layout").split("\n")):
        if row.strip():
            text = _LAID_OUT_GAP.sub("", row.strip())  # columns of space inside a line: no space, but between words
            lines.append(_Line(-index, len(row) - len(row.lstrip()), 2.0, re.sub(r"\s+", " ", text).translate(_RADICALS)))
    return lines


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    """Printed lines joined into paragraphs by where they stand: a line that starts at the page's left margin runs on
    from the line above (on this page or the last); one set in (a first line's two-character indent, a heading, a
    centred title), one after a wider gap than the page's line spacing, a numbered item or a label opens its own."""
    paragraphs: list[str] = []
    size = None  # the type size of the paragraph written last: a title in larger type runs on from no body line
    # Where the file says where each line ends (an OFD), the margin is the document's; a PDF's is its page's.
    located = any(line.right is not None for page in pages for line in page)
    document_margin = _leftmost_margin([line for page in pages for line in page])
    for page in pages:
        margin = _page_margin(page, document_margin) if located else _left_margin(page)
        pitch, body = _line_pitch(page), _body_size(page)
        right = _right_margin(page)
        previous = None
        for line in page:
            text = line.text.strip()
            if PAGE_NUMBER.match(text) or not text:
                continue
            if line.row is not None or previous is not None and previous.row is not None:  # a table's row or cell
                paragraphs.append(text)
                previous, size = line, None
                continue
            runs_on = (paragraphs and abs(line.x - margin) <= 0.5 * line.height
                       and (previous is None or previous.y - line.y <= 1.6 * pitch)
                       and (size is None or abs(size - line.height) <= 0.15 * line.height)
                       and (_full(previous, right) or numbered(text) is None
                            and not (OPENS_PARAGRAPH.match(text) and not inside_bracket(paragraphs[-1]))))
            if runs_on or previous is not None and _title_runs_on(previous, line, margin, pitch, body, right):
                paragraphs[-1] = run_on(paragraphs[-1], text)
            else:
                paragraphs.append(text)
            previous, size = line, line.height
    return paragraphs


def _title_runs_on(above: _Line, line: _Line, margin: float, pitch: float, body: float, right: float | None) -> bool:
    """A title set over two lines, both alike in size and set in ("浙江省文化和人工智能深度融合创新发展" / "实施方案
    （２０２５—２０２７年）", or "…的实施意见" / "（2025-2027年）") or both in type larger than the body's, which may fill the
    line ("…关于印发人工智能行业高质量数据集建设" / "行动方案（2025—2027年）的通知"): the first ends in no mark or date, and
    set-in lines must show the title's end (the second closes it with the kind of document, or the first does and
    the second is its span of years, perhaps in smaller type)."""
    if above.row is not None or above.y - line.y > 2.5 * pitch:
        return False
    display = above.height > 1.2 * body and line.height > 1.2 * body
    set_in = abs(above.x - margin) > line.height and abs(line.x - margin) > line.height
    if set_in and not display and right is not None and not all(
            each.right is not None and abs((each.x - margin) - (right - each.right)) <= each.height for each in (above, line)):
        return False  # where the file says where lines end, a title's lines are centred, not paragraphs set in
    if (_TITLE_END.search(above.text.strip()) and _SPAN_OF_YEARS.fullmatch(line.text.strip())
            and 0.7 * above.height <= line.height <= 1.05 * above.height and abs(line.x - margin) > line.height):
        return True
    return ((display or set_in) and abs(above.height - line.height) <= 0.05 * line.height
            and not _CLOSED.search(above.text) and (display or bool(_TITLE_END.search(line.text.strip()))))


def _left_margin(page: list[_Line]) -> float:
    """The x most lines start at (a body's continuation lines), to half a point."""
    return _commonest(round(line.x * 2) / 2 for line in _text_lines(page)) or 0.0


def _leftmost_margin(lines: list[_Line]) -> float:
    """The x a body's continuation lines start at, to half a point: the leftmost x that at least a tenth of the
    lines (two at least) start at — where most paragraphs are one-line items, most lines start set in."""
    counts = Counter(round(line.x * 2) / 2 for line in _text_lines(lines))
    enough = max(2, sum(counts.values()) // 10)
    return min((x for x, count in counts.items() if count >= enough), default=None) or _left_margin(lines)


def _page_margin(page: list[_Line], document_margin: float) -> float:
    """The page's left margin: the document's, unless the page sets its text further left (a page laid out
    otherwise, a landscape table's); a page of one-line items set in two characters starts no line at the margin,
    and its own commonest start would be the indent."""
    starts = [line.x for line in _text_lines(page)]
    if starts and min(starts) < document_margin - 0.5 * _body_size(page):
        return _leftmost_margin(page)
    return document_margin


def _right_margin(page: list[_Line]) -> float | None:
    """Where a full line of the body ends, when the file says where lines end: the rightmost end, if two lines of
    the page reach it (a page of one-line items has no full line)."""
    ends = [line.right for line in _text_lines(page) if line.right is not None]
    if not ends:
        return None
    top = max(ends)
    return top if sum(1 for end in ends if end >= top - 0.75 * _body_size(page)) >= 2 else None


def _full(line: _Line | None, right: float | None) -> bool:
    """Whether the line runs to the right margin: the next line at the margin goes on with it, whatever it starts
    with ("（1）…", "1.…" broken onto the line's start)."""
    return line is not None and line.right is not None and right is not None and line.right >= right - 0.75 * line.height


def _body_size(page: list[_Line]) -> float:
    """The type size most of the page's lines are set in."""
    return float(_commonest(round(line.height) for line in _text_lines(page)) or 0.0)


def _line_pitch(page: list[_Line]) -> float:
    """The most common distance between two baselines on the page (the body's line spacing)."""
    body = [line for line in page if line.row is None]
    gap = _commonest(round(above.y - below.y) for above, below in zip(body, body[1:], strict=False)
                     if above.y - below.y > 0)
    return float(gap) if gap is not None else 20.0


def _text_lines(page: list[_Line]) -> list[_Line]:
    """The page's lines of running text: not a table's, and long enough to tell a margin or a size by."""
    return [line for line in page if line.row is None and len(line.text.strip()) >= 8]


def _commonest(values):
    """The value met most often, the smaller of two as often met; None for none."""
    counts = Counter(values)
    return min(counts, key=lambda value: (-counts[value], value)) if counts else None


def _joined(parts: list[tuple[float, str]]) -> str:
    line = ""
    for _, text, *_end in parts:
        if line and _LATIN_END.search(line) and _LATIN_START.match(text):
            line += " "  # two words drawn as two runs
        line += text
    # A typesetter's space between Chinese and a figure ("到 2028 年", "平台 50个") is no character of the text; a space
    # between two words is.
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
