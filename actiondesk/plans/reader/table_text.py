"""A table's rows written as the lines the reader reads a task table from (a Word table, an Excel sheet)."""

import re

from .table_labels import ROW_NUMBER

_SENTENCE_END = re.compile(r"[。；;！!？?]$")


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
