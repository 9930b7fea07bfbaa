"""Text copied out of a PDF: every printed line ends in a line break, so a paragraph (and a responsibility clause inside
it) is cut wherever the page's line ran out ("（区社会事业局牵头，区农民工工作领" / "导小组各成员单位…配合）"). Such a
copy is told by its lines: most of them fill the same width. Its lines are joined back into paragraphs before reading;
a line that opens with a number, a label or an indent, or follows a short line, starts a paragraph of its own. Page
numbers printed between pages ("— 3 —") are dropped. A text whose lines do not fill one width is left as it is."""

import re
from bisect import bisect_left, bisect_right

from .numbering import CIRCLED, DASH, SECTION, Numbered, numbered
from .quantities import chinese_to_number
from .role_words import FREE_LABELS, LABEL_WORDS, OTHER_FIELDS

# Display width: a full-width (CJK) character takes two columns, an ASCII one one.
_NARROW = re.compile(r"[\x20-\x7e]")
# '- 4 -', '— 12 —', or as recognised from a scan, its dashes read as the numeral 一 ('-一4一').
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－一~～]+\s*\d{1,4}\s*[-—–－一~～]+|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?)\s*$")
# A label of the reader's that opens a paragraph ("责任单位：", "牵头单位:", "完成时限：") or an annex heading; not any
# words before a colon ("牵" / "头部门：" is a label cut by the page's edge).
_LABEL_WORDS = sorted({*LABEL_WORDS, *FREE_LABELS, *OTHER_FIELDS}, key=len, reverse=True)
OPENS_PARAGRAPH = re.compile(rf"^(?:(?:{'|'.join(_LABEL_WORDS)})[\u4e00-\u9fff（）()]{{0,6}}[：:]|附件|附表)")
_INDENT = re.compile(r"^(?:\s{2,}|\u3000)")
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})$")
_SLACK = 4  # columns a full line may fall short by (a line ending before a wide character, or a closing mark)
_SHORTEST_WIDTH = 30  # a page line of fewer columns is no page line (table cells, lists of names)


def _width(line: str) -> int:
    line = line.rstrip()  # an indent takes its columns of the printed line
    narrow = len(_NARROW.findall(line))
    return narrow + 2 * (len(line) - narrow)


def _page_width(lines: list[str]) -> int | None:
    """The width most long lines fill, when the text is a hard-wrapped copy; else None. The widest width that lines
    fill with next to none longer: a copy of short label lines under a few long paragraphs has more short lines of one
    width than full ones. Counted on the sorted widths, so a long table of short cells costs no scan per width."""
    widths = sorted(_width(line) for line in lines if line.strip())
    if len(widths) < 8:
        return None
    total = len(widths)
    for width in sorted({w for w in widths if w >= _SHORTEST_WIDTH}, reverse=True):
        if total - bisect_right(widths, width + 2) > 0.02 * total:
            return None  # a narrower width has more lines longer still
        full = bisect_right(widths, width) - bisect_left(widths, width - _SLACK)
        wide = total - bisect_left(widths, (width + 1) // 2)  # short label and title lines fill no page line
        if full >= max(5, 0.3 * wide):
            return width
    return None


def inside_bracket(text: str) -> bool:
    """"…5项以上。（" / "牵头部门：…；" / "配合部门：…）": a label inside a bracket still open runs on in its clause."""
    tail = text[-200:]
    return sum(map(tail.count, "（(〔[【［")) > sum(map(tail.count, "）)〕]】］"))


# A printed line ending in one of these stops mid-sentence ("…（康府办字〔2022〕50号）（" / "第十二条、十三条…已废止除外）"):
# the next line runs on even when it opens like a numbered item or an article.
_MID_SENTENCE = tuple("，、（(《“‘〔[【")
# A line ending a sentence or a clause ("…。", "…）") may close its paragraph: the next numbered line opens one however
# it is numbered (an annex numbering its rows again from 一、); a line ending in a word runs on unless the number is
# the next of the text's outline (_Outline).
_SENTENCE_END = tuple("。；;：:！？!?）)】〕」』”")


def _value(item: Numbered) -> int | None:
    if item.kind == CIRCLED:
        return ord(item.bare) - ord("①") + 1
    return int(item.bare) if item.bare.isdigit() else chinese_to_number(item.bare)


def _closes_unopened(text: str) -> bool:
    """"一照一码”、个体工商户…": the words close a quote or bracket they did not open — the rest of a sentence."""
    for closer, opener in (("”", "“"), ("）", "（"), (")", "("), ("》", "《")):
        at = text.find(closer)
        if at >= 0 and opener not in text[:at]:
            return True
    return False


class Outline:
    """The numbers that opened paragraphs so far, to tell an item from a printed line that only starts like one
    ("…“五证合" / "一、一照一码”…", "…等" / "8、建设银行…"): after a full line ending in a word, a number opens a
    paragraph when it is the next of its kind, the first or second of a kind new to the text, or a 1 starting a kind
    again (rows of a table, sub-items of the next item) whose words do not close what they did not open."""

    def __init__(self):
        self.last: dict[str, int] = {}

    def follows(self, item: Numbered) -> bool:
        if item.kind == DASH:
            return item.number not in ("—", "－")  # "…通用机场1" / "—2个": a range cut at its dash; items print "——"
        value = _value(item)
        if value is None:
            return True
        last = self.last.get(item.kind)
        if last is None:
            return value <= 2
        # "…单" / "一、技术方案简单…": the sections of a text never start again from 一 inside a sentence.
        return value == last + 1 or value == 1 and item.kind != SECTION and not _closes_unopened(item.rest)

    def open(self, item: Numbered) -> None:
        value = _value(item)
        if value is not None:
            self.last[item.kind] = value


def runs_on_as_words(paragraph: str, item: Numbered, outline: Outline) -> bool:
    """Whether a printed line that starts like ``item`` goes on with ``paragraph``: the paragraph stops mid-sentence, or
    in a word and the number is not the next of the outline ("…多测合" / "一、验登合一…")."""
    if re.search(r"\d[:：]$", paragraph) and item.bare.isdigit():  # "…比例不低于2:" / "1，且…": a ratio cut at its colon
        return True
    return paragraph.endswith(_MID_SENTENCE) or not paragraph.endswith(_SENTENCE_END) and not outline.follows(item)


def _without_page_breaks(lines: list[str]) -> list[str]:
    """The lines without the page numbers printed between two pages ("— 3 —") and the blank lines around them: the
    paragraph runs on past a page's end."""
    kept: list[str] = []
    skipping = False
    for line in lines:
        if PAGE_NUMBER.match(line):
            while kept and not kept[-1].strip():
                kept.pop()
            skipping = True
        elif not (skipping and not line.strip()):
            kept.append(line)
            skipping = False
    return kept


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
    lines = _without_page_breaks(lines)
    indented = sum(1 for line in lines if line.strip() and _INDENT.match(line)) >= 3
    paragraphs: list[str] = []
    open_line = False  # the last paragraph's last line filled the page width: the next line may run on
    outline = Outline()
    for line in lines:
        if not line.strip():
            open_line = False
            continue
        stripped = line.strip()
        item = numbered(stripped)
        row = line.count("\t") >= 2 or " | " in stripped  # a table's row pasted with tabs or pipes: never joined
        new_paragraph = (
            not open_line or row
            or indented and _INDENT.match(line)
            or item is not None and not runs_on_as_words(paragraphs[-1], item, outline)
            or OPENS_PARAGRAPH.match(stripped) and not inside_bracket(paragraphs[-1])
            or _ROW_NUMBER.match(stripped)  # a table's row number printed one cell a line: no page line ends so
        )
        if new_paragraph:
            if item is not None:
                outline.open(item)
            paragraphs.append(stripped)
        else:
            paragraphs[-1] = run_on(paragraphs[-1], stripped)
        open_line = not row and _width(line) >= width - _SLACK
    return paragraphs
