"""Tables one row per line whose header names no responsible-unit column, the unit standing in the row itself.

A county assessment scheme ("序号 考核项目 各项分值 考核内容 评分标准 说明") prints, in its part for the departments,
"1 重点考核部门 县委农工部 60 农村生活垃圾专项治理 1.…（15分）": a group label, the department, its score, what
it is assessed on and the scoring rules. The department's cell spans the rows below it, which start with their own
score ("15 持续推进农业化肥…"), and a number printed again ("30 县能源办 60 …") opens a row for another unit.

The unit column is found from the data, not the header: a row whose first cells (after the number, at most one
group label before it) are a responsible unit opens a task led by that unit (rule ``table_row_unit``); a numbered
line without a unit under it is one more task of the same unit (rule ``table_spanning``). Rows before the first unit
(general items for every unit) are no task, but their figures are read for targets; the bonus and penalty section
(奖扣分) closes the table.
"""

import re

from .numbering import PAREN_CHINESE, SECTION, headline
from .table_cells import unit_cell

_ROW = re.compile(r"^(?P<number>\d{1,3})\s+(?P<rest>\S.*)$")
_CELLS = re.compile(r"\s+")
_FIGURE = re.compile(r"^\d+(?:\.\d+)?$")
_SCALE = re.compile(r"奖扣|加分|扣分|奖励")
_STOP = re.compile(r"^(?:附表|附件)")


def read_unit_rows(text: str, lines, start: int):
    """(tasks, end line, spans of rows that are no task) when the rows name their units; None otherwise."""
    tasks: list[dict] = []
    loose: list[tuple[int, int]] = []
    current: dict | None = None
    units: list[str] | None = None
    row_number, repeats, cursor = None, 0, start
    while cursor < len(lines):
        line = lines[cursor]
        plain = line.text.strip()
        item = line.item
        if _ends_table(plain, item) or (item and item.kind == SECTION and _SCALE.search(item.rest.split()[0])):
            break
        row = _ROW.match(plain)
        cells = _CELLS.split(row.group("rest")) if row else []
        found = _row_unit(cells)
        if found is not None:  # a row that names its unit
            index, units = found
            number = row.group("number")
            repeats = repeats + 1 if number == row_number else 1
            row_number = number
            current = _task(text, line, cells[index + 1:], number if repeats == 1 else f"{number}-{repeats}",
                            units, "table_row_unit")
            tasks.append(current)
        elif row and units is not None:  # the unit cell spans this row: it starts with its own score
            repeats += 1
            current = _task(text, line, cells, f"{row_number}-{repeats}", units, "table_spanning")
            tasks.append(current)
        elif row or (item and item.kind == SECTION) or (current is None and not loose):
            current = None  # a row of general items, or a section row: no task, its figures still read
            loose.append((line.start, line.end))
            if item and item.kind == SECTION:
                units = None
        elif current is None:  # a cell of a row that is no task, running onto the next line
            loose[-1] = (loose[-1][0], line.end)
        else:  # a cell of the task's row running onto the next line
            current["text"] += "\n" + plain
            current["end"] = line.end
            current["target_spans"].append((line.start, line.end))
        cursor += 1
    if not tasks:
        return None
    while cursor < len(lines) and not _ends_table(lines[cursor].text.strip(), lines[cursor].item, scale=True):
        cursor += 1  # the bonus and penalty section: part of the table, no task
    return tasks, cursor, loose


def _ends_table(plain: str, item, scale: bool = False) -> bool:
    """An annex mark, or a heading of the document's own outline ("三、保障措施", "（一）…" as one cell: a section row
    of the table has cells, "二、 部门履职差异考核项目 60"); the scale's first line is its own heading."""
    if _STOP.match(plain):
        return True
    if not item or item.kind not in (SECTION, PAREN_CHINESE):
        return False
    return len(_CELLS.split(item.rest.strip())) == 1 and not (scale and _SCALE.search(item.rest))


def _row_unit(cells: list[str]) -> tuple[int, list[str]] | None:
    """(index, units) of the unit cell among a row's first two cells (a group label may come first)."""
    for index, cell in enumerate(cells[:2]):
        names = unit_cell(cell)
        if names and not _FIGURE.match(cell):
            return index, names
    return None


def _task(text: str, line, cells: list[str], number: str, units: list[str], rule: str) -> dict:
    if cells and _FIGURE.match(cells[0]):
        cells = cells[1:]  # the row's score
    body = " ".join(cells)
    spans, cursor = [], line.start  # each cell is read for targets on its own: cells are not one sentence
    for cell in cells:
        position = text.find(cell, cursor, line.end)
        if position >= 0:
            spans.append((position, position + len(cell)))
            cursor = position + len(cell)
    start = spans[0][0] if spans else line.start
    return {
        "number": number,
        "title": headline(cells[0] if cells else body)[0].rstrip("。；;，,"),
        "group": None,
        "lead": list(units),
        "support": [],
        "text": body,
        "responsibility": "、".join(units),
        "rule": rule,
        "unsure": False,
        "start": start,
        "end": line.end,
        "target_spans": spans or [(start, line.end)],
    }
