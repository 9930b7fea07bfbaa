"""Printed lines (a PDF's, an OFD's) joined back into paragraphs by where they stand on the page: a line at the left
margin runs on from the line above, one set in, after a wider gap, in another size, numbered or labelled opens its
own; a title set over two lines is one. Where the file says where each line ends (an OFD), the margin is the
document's, a line that runs to the right margin goes on whatever the next starts with, and a title's lines are
centred."""

import re
from collections import Counter

from .hard_wraps import OPENS_PARAGRAPH, PAGE_NUMBER, Outline, inside_bracket, run_on, runs_on_as_words
from .numbering import DOCUMENT_NUMBER, numbered

_CLOSED = re.compile(r"(?:[。；;：:，,、！!？?）)\d０-９]|[年月]\S{0,3}日)\s*$")
# A title set in body type breaks onto a second line only when its first is well filled: two short lines set in ('事项' /
# '工作措施', a table's head written a cell a line) are two paragraphs.
_TITLE_FILLS = 10
_SENTENCE_MARK = re.compile(r"[，。；]")  # a paragraph's first line may end in '…方案'; a title in body type has no clause
_ANNEX_LINE = re.compile(r"^\s*附\s*件\s*[0-9一二三四五六七八九十]{0,3}\s*[:：]?")
_YEAR_CUT = re.compile(r"(?:19|20)\d\d年$")  # "…（集运MaaS）2023" / "年重点工作方案": a year cut before its 年
_SPAN_OF_YEARS = re.compile(r"[（(][^（）()]{0,6}[0-9０-９]{4}[^（）()]{0,12}[）)]")
_TITLE_END = re.compile(r"(?:方案|意见|计划|措施|举措|办法|通知|要点|规划|细则|纲要|清单)(?:[（(][^（）()]{2,20}[）)])?$")


class Line:
    """A printed line: its baseline and start (points, y up), type size, text; a table row's cells; where it ends."""

    __slots__ = ("y", "x", "height", "text", "row", "right")

    def __init__(self, y: float, x: float, height: float, text: str, row: list | None = None, right: float | None = None):
        self.y, self.x, self.height, self.text, self.row = y, x, height, text, row  # row: a table row's cells
        self.right = right  # where the line's last glyph ends, when the file says (an OFD's advances); a PDF's does not


def paragraphs(pages: list[list[Line]]) -> list[str]:
    """Printed lines joined into paragraphs by where they stand: a line that starts at the page's left margin runs on
    from the line above (on this page or the last); one set in (a first line's two-character indent, a heading, a
    centred title), one after a wider gap than the page's line spacing, a numbered item or a label opens its own."""
    joined: list[str] = []
    size = None  # the type size of the paragraph written last: a title in larger type runs on from no body line
    # Where the file says where each line ends (an OFD), the margin is the document's; a PDF's is its page's.
    located = any(line.right is not None for page in pages for line in page)
    document_margin = _leftmost_margin([line for page in pages for line in page])
    pdf_margins = None if located else _pdf_margins(pages)
    outline = Outline()  # the numbers that opened paragraphs so far
    for number, page in enumerate(pages):
        margin = _page_margin(page, document_margin) if located else pdf_margins[number]
        pitch, body = _line_pitch(page), _body_size(page)
        right = _right_margin(page)
        previous = None
        for line in page:
            text = line.text.strip()
            if PAGE_NUMBER.match(text) or not text:
                continue
            if line.row is not None or previous is not None and previous.row is not None:  # a table's row or cell
                joined.append(text)
                previous, size = line, None
                continue
            item = numbered(text)
            # where a PDF does not say where a line ends, a number at the margin opens a paragraph unless the words
            # before stop in a sentence and it is not the next of the outline ("…多测合" / "一、验登合一…")
            runs_on = (joined and abs(line.x - margin) <= 0.5 * line.height
                       and (previous is None or previous.y - line.y <= 1.6 * pitch)
                       and (size is None or abs(size - line.height) <= 0.15 * line.height)
                       and not DOCUMENT_NUMBER.match(joined[-1])  # the addressee below its number opens its own
                       and (_full(previous, right) or item is None
                            and not (OPENS_PARAGRAPH.match(text) and not inside_bracket(joined[-1]))
                            or item is not None and right is None and runs_on_as_words(joined[-1], item, outline)))
            if runs_on or previous is not None and _title_runs_on(previous, line, margin, pitch, body, right):
                joined[-1] = run_on(joined[-1], text)
            else:
                joined.append(text)
                if item is not None:
                    outline.open(item)
            previous, size = line, line.height
    return joined


def _title_runs_on(above: Line, line: Line, margin: float, pitch: float, body: float, right: float | None) -> bool:
    """A title set over two lines, both alike in size and set in ("浙江省文化和人工智能深度融合创新发展" / "实施方案
    （２０２５—２０２７年）", or "…的实施意见" / "（2025-2027年）") or both in type larger than the body's, which may fill the
    line ("…关于印发人工智能行业高质量数据集建设" / "行动方案（2025—2027年）的通知"): the first ends in no mark or date, and
    set-in lines must show the title's end (the second closes it with the kind of document, or the first does and
    the second is its span of years, perhaps in smaller type)."""
    if above.row is not None or above.y - line.y > 2.5 * pitch:
        return False
    if OPENS_PARAGRAPH.match(above.text.strip()) or numbered(line.text) is not None or _ANNEX_LINE.match(line.text):
        return False  # a label's line ('责任单位：…') and a numbered heading ('五、落实…计划') or an annex's below are no title
    display = body > 0 and above.height > 1.2 * body and line.height > 1.2 * body  # no body line: no display type
    set_in = abs(above.x - margin) > line.height and abs(line.x - margin) > line.height
    if set_in and not display and right is not None and not all(
            each.right is not None and abs((each.x - margin) - (right - each.right)) <= each.height for each in (above, line)):
        return False  # where the file says where lines end, a title's lines are centred, not paragraphs set in
    if (_TITLE_END.search(above.text.strip()) and _SPAN_OF_YEARS.fullmatch(line.text.strip())
            and 0.7 * above.height <= line.height <= 1.05 * above.height and abs(line.x - margin) > line.height):
        return True
    return ((display or set_in) and abs(above.height - line.height) <= 0.05 * line.height
            and not (_CLOSED.search(above.text) and not _YEAR_CUT.search(above.text.strip() + line.text.strip()[:1]))
            and (display or bool(_TITLE_END.search(line.text.strip())) and len(above.text.strip()) >= _TITLE_FILLS
                 and not _SENTENCE_MARK.search(above.text + line.text)))


def _left_margin(page: list[Line]) -> float:
    """The x most lines start at (a body's continuation lines), to half a point."""
    return _commonest(round(line.x * 2) / 2 for line in _text_lines(page)) or 0.0


def _leftmost_margin(lines: list[Line]) -> float:
    """The x a body's continuation lines start at, to half a point: the leftmost x that at least a tenth of the
    lines (two at least) start at — where most paragraphs are one-line items, most lines start set in."""
    counts = Counter(round(line.x * 2) / 2 for line in _text_lines(lines))
    enough = max(2, sum(counts.values()) // 10)
    return min((x for x, count in counts.items() if count >= enough), default=None) or _left_margin(lines)


def _page_margin(page: list[Line], document_margin: float) -> float:
    """The page's left margin: the document's, unless the page sets its text further left (a page laid out
    otherwise, a landscape table's); a page of one-line items set in two characters starts no line at the margin,
    and its own commonest start would be the indent."""
    starts = [line.x for line in _text_lines(page)]
    if starts and min(starts) < document_margin - 0.5 * _body_size(page):
        return _leftmost_margin(page)
    return document_margin


def _pdf_margins(pages: list[list[Line]]) -> list[float]:
    """Each PDF page's left margin: where most of its lines start (a scan's pages, a book's mirrored pages lie apart),
    unless no line of the page is set in a paragraph's indent (one and a half to two and a half characters) from there
    and that is where another page sets its paragraphs in: a page of one-line paragraphs set in two characters starts
    its lines at the indent, and taken for the margin it ran each paragraph on from the one above. Its margin is then
    the margin of the page whose indent it is (a mirrored page's own kind)."""
    found = []  # (own start, the start of lines set in from it, body size) of each page
    for page in pages:
        own, size = _left_margin(page), _body_size(page)
        # a paragraph's first line, in the body's type: a centred title in larger type may start about as far in
        body = [line for line in _text_lines(page) if size and abs(line.height - size) <= 0.15 * size]
        set_in = Counter(round(line.x * 2) / 2 for line in body if 1.5 * size <= line.x - own <= 2.5 * size)
        # a page of one-line paragraphs (label lines '牵头责任单位：…。') whose few longer ones run on at the margin: its
        # commonest start is the indent, and the margin is where those second lines start — unless more lines stand
        # set in from it (a signature set right may happen to start about an indent in)
        set_out = Counter(round(line.x * 2) / 2 for line in body if 1.5 * size <= own - line.x <= 2.5 * size)
        if set_out and sum(set_out.values()) > sum(set_in.values()):
            own, set_in = _commonest(set_out.elements()), own
        else:
            set_in = _commonest(set_in.elements())
        found.append((own, set_in, size))
    # a page's own side of the book first: its left and right pages may lie two characters apart
    sides = [[(start, indent) for number, (start, indent, _) in enumerate(found) if indent is not None
              and number % 2 == side] for side in (0, 1)]
    margins = []
    for number, (own, set_in, size) in enumerate(found):
        pairs = sides[number % 2] or sides[1 - number % 2]
        near = [margin for margin, indent in pairs if abs(indent - own) <= 0.5 * size]
        if set_in is None and near and not any(abs(margin - own) <= 0.5 * size for margin, _ in pairs):
            own = near[0]
        margins.append(own)
    return margins


def _right_margin(page: list[Line]) -> float | None:
    """Where a full line of the body ends, when the file says where lines end: the rightmost end, if two lines of
    the page reach it (a page of one-line items has no full line)."""
    ends = [line.right for line in _text_lines(page) if line.right is not None]
    if not ends:
        return None
    top = max(ends)
    return top if sum(1 for end in ends if end >= top - 0.75 * _body_size(page)) >= 2 else None


def _full(line: Line | None, right: float | None) -> bool:
    """Whether the line runs to the right margin: the next line at the margin goes on with it, whatever it starts
    with ("（1）…", "1.…" broken onto the line's start)."""
    return line is not None and line.right is not None and right is not None and line.right >= right - 0.75 * line.height


def _body_size(page: list[Line]) -> float:
    """The type size most of the page's lines are set in."""
    return float(_commonest(round(line.height) for line in _text_lines(page)) or 0.0)


def _line_pitch(page: list[Line]) -> float:
    """The most common distance between two baselines on the page (the body's line spacing)."""
    body = [line for line in page if line.row is None]
    gap = _commonest(round(above.y - below.y) for above, below in zip(body, body[1:], strict=False)
                     if above.y - below.y > 0)
    return float(gap) if gap is not None else 20.0


def _text_lines(page: list[Line]) -> list[Line]:
    """The page's lines of running text: not a table's, and long enough to tell a margin or a size by."""
    return [line for line in page if line.row is None and len(line.text.strip()) >= 8]


def _commonest(values):
    """The value met most often, the smaller of two as often met; None for none."""
    counts = Counter(values)
    return min(counts, key=lambda value: (-counts[value], value)) if counts else None
