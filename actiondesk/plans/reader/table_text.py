"""A table's rows written as the lines the reader reads a task table from (a Word table, an Excel sheet)."""

import re

from .table_cells import CATEGORY_HEAD
from .table_labels import ROW_NUMBER
from .tables import heads_task_rows

_SENTENCE_END = re.compile(r"[。；;！!？?]$")
_BARE_ROLES = ("牵头", "配合", "协同", "参与", "主责", "责任", "协办", "主办")


def cell_of(parts: list[str]) -> str:
    """A cell's paragraphs as one cell: names one a line with "、" ("区税务局" / "区人社局"), sentences as they run."""
    parts = [part.strip().replace("|", "｜") for part in parts]
    parts = [part for part in parts if part]
    names = len(parts) > 1 and all(len(part) <= 20 and not _SENTENCE_END.search(part) for part in parts)
    return ("、" if names else "").join(parts)


def pipe_rows(rows: list[list[str]]) -> list[str]:
    """The head row and the rows under it between pipes ("3 | 加强要素保障 | 供应工业用地500亩 | 区规划资源局 | "): an
    empty cell in its place, so a column is never mistaken for the next one; the head's labels without spaces
    ("牵 头 单 位"), a row's number without its mark ("1." → "1"), as rows are found by it."""
    if not rows:
        return []
    rows = [[re.sub(r"\s+", "", label) for label in rows[0]], *(list(cells) for cells in rows[1:])]
    for cells in rows[1:]:
        if cells and ROW_NUMBER.match(cells[0]):
            cells[0] = ROW_NUMBER.match(cells[0]).group(1)
    return [" | ".join(cells) for cells in rows]


def sub_label(child: str, parent: str) -> str:
    """A column's label printed under a label merged across columns: "牵头" under "责任单位" reads 牵头单位, under
    "责任部门" 牵头部门; a whole label ("配合单位") as it is."""
    return child + (parent[-2:] if parent.endswith(("单位", "部门")) else "单位") if child in _BARE_ROLES else child


def joined_head(rows: list[list[str]]) -> list[list[str]]:
    """A Word table headed on two rows ("责任单位" merged over "牵头" / "配合", the other labels merged down both):
    the second row, which Word repeats the merged-down labels into, is the head, its bare roles named whole."""
    if len(rows) < 3 or len(rows[1]) <= len(rows[0]) or not rows[1] or rows[1][0] != rows[0][0]:
        return rows
    parents = iter(label for label in rows[0] if label not in rows[1])
    parent = next(parents, "")
    return [[sub_label(label, parent) for label in rows[1]], *rows[2:]]


def categories_as_groups(rows: list[list[str]]) -> list[list[str]]:
    """A category column before 序号 ("领域 | 序号 | 重点任务 | 牵头单位"): each category a group row above the rows
    it heads, as the eye reads a cell merged down them, and the table headed by 序号."""
    if not rows or len(rows[0]) < 3 or not CATEGORY_HEAD.match(re.sub(r"\s+", "", rows[0][0])) \
            or not re.fullmatch(r"序号|编号", re.sub(r"\s+", "", rows[0][1])):
        return rows
    table, last = [rows[0][1:]], None
    for row in rows[1:]:
        if len(row) > 1 and row[0] and row[0] != last:
            table.append([row[0]])
            last = row[0]
        table.append(row[1:] if len(row) > 1 else row)
    return table


def task_table(rows: list[list[str]]) -> list[list[str]] | None:
    """The rows as a task table (a head on two rows joined, a category column made group rows), or None when
    they head no task rows."""
    rows = categories_as_groups(joined_head(rows))
    return rows if len(rows) > 1 and heads_task_rows(rows[0]) else None
