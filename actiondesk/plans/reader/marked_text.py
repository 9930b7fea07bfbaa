"""Text whose paragraph marks say what they end — a paragraph, one of a cell's paragraphs, a cell, a table row —
as an old Word file (.doc) and an RTF file hold it: its lines, task tables between pipes as from a .docx.

The characters are as Word stores them: \\x0b a line break, \\x0c a page break, \\x13 code \\x14 result \\x15 a
field (shown as its result), \\x01–\\x08 anchors of pictures and notes (dropped).
"""

import bisect
from dataclasses import dataclass

from .table_text import cell_of, pipe_rows, task_table

_DROP = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None)  # pictures, notes' marks, soft hyphens
_MARKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x1e": "-", "\x07": "", "\r": "\n"})  # a tab stays, as in a .docx
MERGED_ACROSS, MERGED_DOWN, MERGE_STARTS = 0x0002, 0x0020, 0x0040  # as Word's TC80.tcgrf bits


@dataclass(frozen=True)
class Mark:
    """What a paragraph mark (\\r or \\x07) ends: "paragraph", "cell paragraph" (one of a cell's), "cell" or "row";
    a row's cells as (left edge, TC80 flags), in the row's order; the number a list draws before the paragraph."""
    kind: str
    cells: tuple[tuple[int, int], ...] = ()
    number: str = ""


PARAGRAPH, CELL_PARAGRAPH, CELL = Mark("paragraph"), Mark("cell paragraph"), Mark("cell")
NESTED_CELL = Mark("nested cell")  # ends a cell of a table inside a cell: its row runs on as one paragraph
_IN_CELL = {"\x07": CELL, "\r": CELL_PARAGRAPH}  # a table paragraph's mark, by its character


def document_lines(text: str, marks: dict[int, Mark]) -> list[str]:
    """Paragraphs and table rows from the main document's characters and what each paragraph mark ends."""
    lines: list[str] = []
    rows: list[list[str]] = []
    cells: list[str] = []
    paragraphs: list[str] = []  # of the cell being read
    above: dict[int, str] = {}  # a cell merged down rows, by its left edge: the text of its first row
    buffer: list[str] = []
    showing = [True]  # per open field (\x13 code \x14 result \x15): whether its result part is reached

    def end_table():
        if rows:
            table = task_table(rows)
            lines.extend(pipe_rows(table) if table else [cell for row in rows for cell in row if cell])
            rows.clear()
            above.clear()

    for index, char in enumerate(text):
        mark = marks.get(index)
        if mark is not None and mark.kind == "nested cell":
            buffer.append(" ")
            continue
        if mark is None:
            if char == "\x13":
                showing.append(False)
            elif char == "\x14" and len(showing) > 1:
                showing[-1] = True
            elif char == "\x15" and len(showing) > 1:
                showing.pop()
            elif all(showing):
                buffer.append(char)
            continue
        shown = mark.number + "".join(buffer).lstrip() if mark.number else "".join(buffer)
        parts = shown.translate(_DROP).translate(_MARKS).split("\n")
        buffer.clear()
        if mark.kind == "paragraph":
            end_table()
            lines.extend(parts)
        elif mark.kind == "cell paragraph":
            paragraphs.extend(parts)
        elif mark.kind == "cell":
            cells.append(cell_of([*paragraphs, *parts]))
            paragraphs.clear()
        elif cells:  # a row mark with no cell before it (a stray \row) makes no row
            rows.append(_merged(cells, mark.cells, above))
            cells.clear()
            paragraphs.clear()
    if cells:
        rows.append(cells)
    end_table()
    lines.extend("".join(buffer).translate(_DROP).translate(_MARKS).split("\n"))
    return [line for line in lines if line.strip()]


def _merged(cells: list[str], layout: tuple[tuple[int, int], ...], above: dict[int, str]) -> list[str]:
    """A row's cells as a .docx's read: a cell merged across from the left not repeated, one merged down from the
    row above showing that cell's text."""
    if len(cells) > len(layout) > 0 and not any(cells[len(layout):]):
        cells = cells[:len(layout)]  # empty cell marks past the row's definition (a writer's stray \cell) are no cells
    if len(layout) != len(cells):
        return cells[:]
    row = []
    for text, (edge, flags) in zip(cells, layout, strict=True):
        if flags & MERGED_ACROSS:
            continue
        if flags & MERGED_DOWN and not flags & MERGE_STARTS:
            row.append(text or above.get(edge, ""))
            continue
        if flags & MERGED_DOWN:
            above[edge] = text
        else:
            above.pop(edge, None)
        row.append(text)
    return row


def boxes_after_paragraphs(text: str, marks: dict[int, Mark], body_end: int,
                           boxes: list[tuple[int, int, int]]) -> tuple[str, dict[int, Mark]]:
    """The body's characters and marks (the text before ``body_end``), each text box — (anchor, first, past the
    last character) — moved after the paragraph (or table row) that holds its anchor, as Word shows a 专栏 box
    beside the text it belongs to. A box may lie in the body where its shape is (RTF's \\shptxt) or after it (a
    .doc's text-box story); an empty box is left out."""
    keys = sorted(marks)
    inline = sorted((first, last) for _, first, last in boxes if first < body_end)
    places = sorted((_paragraph_end(marks, keys, anchor, body_end, inline), first, last) for anchor, first, last in boxes
                    if text[first:last].strip("\r\x07\x01\x08 \t\u3000"))
    segments: list[tuple[int, int, bool]] = []
    done = 0
    for at, first, last in places:
        segments += [*_outside(done, at, inline), (first, last, True)]
        done = at
    segments += _outside(done, body_end, inline)
    parts: list[str] = []
    placed: dict[int, Mark] = {}
    length = 0
    for first, last, box in segments:
        parts.append(text[first:last])
        for key in keys[bisect.bisect_left(keys, first):bisect.bisect_left(keys, last)]:
            placed[length + key - first] = marks[key]
        length += last - first
        if box and text[last - 1] not in "\r\x07":  # a box ends its last paragraph
            parts.append("\r")
            placed[length] = PARAGRAPH
            length += 1
    return "".join(parts), placed


def _outside(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """[start, end) less the spans, as body segments."""
    pieces = []
    for first, last in spans:
        if first >= end or last <= start:
            continue
        if first > start:
            pieces.append((start, first, False))
        start = max(start, last)
    return [*pieces, (start, end, False)] if start < end else pieces


def _paragraph_end(marks: dict[int, Mark], keys: list[int], anchor: int, body_end: int,
                   inline: list[tuple[int, int]]) -> int:
    """Just past the body's mark that ends the paragraph (or the table row) holding ``anchor`` (a box's own marks
    are not the body's); the body's end when none does."""
    for key in keys[bisect.bisect_left(keys, anchor):bisect.bisect_left(keys, body_end)]:
        if marks[key].kind in ("paragraph", "row") and not any(a <= key < b for a, b in inline):
            return key + 1
    return body_end
