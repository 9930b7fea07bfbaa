"""The rows of a task table printed one row a line ("3 加强要素保障 供应工业用地500亩 区规划资源局", or a Word table's row
between pipes), a cell spilling onto the lines below it (tables.py decides what each column is)."""

import re

from .table_cells import unit_cell

CELL_SPLIT = re.compile(r"\s*\|\s*|\s+")


def line_rows(lines, start: int, width: int):
    """One row per line (a cell may spill onto the next lines); a row starts with its number and a space.

    A scored table ("序号 考核项目 分值 考核指标 负责考核部门") puts section rows ("一、 巩固成果… 31") between the
    numbered rows and numbers the lines of a cell ("1.…得2分。"): both are passed over while the next row in
    sequence follows; a section row after the last numbered row that names its own department is a row too."""
    rows = []
    cursor = start
    expected = None
    while cursor < len(lines):
        row = re.match(r"^(\d{1,3})\s", lines[cursor].text.strip())
        if not row:
            ahead = _next_row(lines, cursor, expected)
            if ahead is None:
                break
            cursor = ahead
            continue
        expected = int(row.group(1)) + 1
        row_lines, cursor = _row_lines(lines, cursor)
        rows.append((row_lines, _row_tokens(lines, row_lines)))
    while expected and cursor < len(lines) and (lines[cursor].item or _Kind()).kind == "section":
        row_lines, after = _row_lines(lines, cursor)
        tokens = [token for i in row_lines for token in CELL_SPLIT.split(lines[i].text.strip()) if token]
        if _SCALE.search(lines[cursor].item.rest.split()[0]):
            cursor = after  # the bonus and penalty scale of the table: part of it, no task
            continue
        if not unit_cell(tokens[-1]):
            break
        rows.append((row_lines, [lines[cursor].item.number.rstrip("、.．"), *tokens[1:]]))
        cursor = after
    return rows, cursor


class _Kind:
    kind = None


_SCALE = re.compile(r"奖扣|加分|扣分|奖励")


def _piped_row(line: str) -> list[str] | None:
    """"3 | 加强要素保障 | 供应工业用地500亩 | 区规划资源局 | ": a whole row between pipes (a Word table's row, see
    documents.py) — its cells split at the pipes only, so a cell keeps its spaces and an empty cell its place."""
    line = line.strip()
    return [cell.strip() for cell in line.split("|")] if line.count("|") >= 2 and not line.startswith("|") else None


def _row_tokens(lines, row_lines: list[int]) -> list[str]:
    piped = _piped_row(lines[row_lines[0]].text) if len(row_lines) == 1 else None
    return piped or [token for i in row_lines for token in CELL_SPLIT.split(lines[i].text.strip()) if token]


def _row_lines(lines, cursor: int) -> tuple[list[int], int]:
    row_lines = [cursor]
    cursor += 1
    if _piped_row(lines[row_lines[0]].text):
        return row_lines, cursor  # a row between pipes is whole on its line: what follows is not its spill
    while cursor < len(lines) and not re.match(r"^\d{1,3}\s", lines[cursor].text.strip()) \
            and not (lines[cursor].item and lines[cursor].item.kind in ("section", "paren_cn")):
        row_lines.append(cursor)
        cursor += 1
    return row_lines, cursor


def _next_row(lines, cursor: int, expected: int | None) -> int | None:
    """The line of the next row in sequence when only section rows and notes stand before it."""
    for ahead in range(cursor, min(len(lines), cursor + 12)):
        row = re.match(r"^(\d{1,3})\s", lines[ahead].text.strip())
        if row:
            return ahead if int(row.group(1)) == (expected or 1) else None
    return None
