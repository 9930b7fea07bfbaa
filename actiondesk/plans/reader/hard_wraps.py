"""Text copied out of a PDF: every printed line ends in a line break, so a paragraph (and a responsibility clause inside
it) is cut wherever the page's line ran out ("（区社会事业局牵头，区农民工工作领" / "导小组各成员单位…配合）"). Such a
copy is told by its lines: most of them fill the same width. Its lines are joined back into paragraphs before reading;
a line that opens with a number, a label or an indent, or follows a short line, starts a paragraph of its own. Page
numbers printed between pages ("— 3 —") are dropped. A text whose lines do not fill one width is left as it is."""

import re
from collections import Counter

from .numbering import numbered
from .role_words import FREE_LABELS, LABEL_WORDS, OTHER_FIELDS

# Display width: a full-width (CJK) character takes two columns, an ASCII one one.
_NARROW = re.compile(r"[\x20-\x7e]")
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?)\s*$")
# A label of the reader's that opens a paragraph ("责任单位：", "牵头单位:", "完成时限：") or an annex heading; not any
# words before a colon ("牵" / "头部门：" is a label cut by the page's edge).
_LABEL_WORDS = sorted({*LABEL_WORDS, *FREE_LABELS, *OTHER_FIELDS}, key=len, reverse=True)
OPENS_PARAGRAPH = re.compile(rf"^(?:(?:{'|'.join(_LABEL_WORDS)})[\u4e00-\u9fff（）()]{{0,6}}[：:]|附件|附表)")
_INDENT = re.compile(r"^(?:\s{2,}|\u3000)")
_SLACK = 4  # columns a full line may fall short by (a line ending before a wide character, or a closing mark)
_SHORTEST_WIDTH = 30  # a page line of fewer columns is no page line (table cells, lists of names)


def _width(line: str) -> int:
    line = line.rstrip()  # an indent takes its columns of the printed line
    narrow = len(_NARROW.findall(line))
    return narrow + 2 * (len(line) - narrow)


def _page_width(lines: list[str]) -> int | None:
    """The width most lines fill, when the text is a hard-wrapped copy; else None."""
    widths = [_width(line) for line in lines if line.strip()]
    if len(widths) < 8:
        return None
    common = Counter(width for width in widths if width >= _SHORTEST_WIDTH)
    if not common:
        return None
    width = max(common, key=lambda w: (sum(common[v] for v in range(w - _SLACK, w + 1)), w))
    full = sum(1 for w in widths if width - _SLACK <= w <= width)
    longer = sum(1 for w in widths if w > width + 2)
    return width if full >= max(5, 0.3 * len(widths)) and longer <= 0.02 * len(widths) else None


def inside_bracket(text: str) -> bool:
    """"…5项以上。（" / "牵头部门：…；" / "配合部门：…）": a label inside a bracket still open runs on in its clause."""
    tail = text[-200:]
    return sum(map(tail.count, "（(〔[【［")) > sum(map(tail.count, "）)〕]】］"))


def run_on(text: str, line: str) -> str:
    """``text`` and the next line of its paragraph: Latin words keep a space between them (a figure does not)."""
    line = line.strip()
    space = " " if re.search(r"[A-Za-z]$", text) and re.match(r"[A-Za-z]", line) else ""
    return text.rstrip() + space + line


def reflow(lines: list[str]) -> list[str]:
    """The lines of a hard-wrapped copy joined back into paragraphs; other texts' lines unchanged."""
    width = _page_width(lines)
    if width is None:
        return lines
    indented = sum(1 for line in lines if line.strip() and _INDENT.match(line)) >= 3
    paragraphs: list[str] = []
    open_line = False  # the last paragraph's last line filled the page width: the next line may run on
    for line in lines:
        if not line.strip():
            open_line = False
            continue
        if PAGE_NUMBER.match(line):
            continue  # "— 3 —" between two pages: the paragraph runs on past it
        stripped = line.strip()
        new_paragraph = (
            not open_line
            or indented and _INDENT.match(line)
            or numbered(stripped) is not None
            or OPENS_PARAGRAPH.match(stripped) and not inside_bracket(paragraphs[-1])
        )
        if new_paragraph:
            paragraphs.append(stripped)
        else:
            paragraphs[-1] = run_on(paragraphs[-1], stripped)
        open_line = _width(line) >= width - _SLACK
    return paragraphs
