"""Rows of a one-cell-per-line task table whose header has a 序号 column but whose rows print no number
("序号 / 任务名称 / 任务内容 / 责任单位 / 配合单位", the 序号 cells empty).

A row is found from its unit cells: the lines that are not unit cells are its task cells, and the row ends where its
unit cells end. Of the task cells the last is the 任务内容 cell; a cell above it in the same row is a 任务名称 group
cell, printed only in the first row of its group. '/' is an empty cell. A line ending in '、' runs on into the next.
When a row has more unit cells than the header has unit columns, the lead cell ran over several lines: the last
cells fill the columns after the lead's, the first ones are the lead's (marked unsure)."""

import re

from .departments import split_names
from .numbering import headline
from .role_words import LEAD, SUPPORT
from .table_cells import unit_cell

_EMPTY = re.compile(r"^[/／—－-]+$")
_STOP = re.compile(r"^(?:附表|附件|汇总|合计|总计|注[:：])")
# A body named as the members of a leading group ("…领导小组成员单位") answers for the row as one unit.
_MEMBERS = re.compile(r"^[^，。；、,;]{2,40}成员单位$")
_MAX_TASK_CELLS = 3  # more lines without a unit cell: the table has ended


def _clean(line) -> str:
    return re.sub(r"\s+", "", line.text.strip().rstrip("|"))


def _unit_line(cell: str) -> bool:
    return bool(_EMPTY.match(cell) or unit_cell(cell) is not None or _MEMBERS.match(cell))


def _names(cell: str) -> list[str]:
    if _EMPTY.match(cell):
        return []
    if _MEMBERS.match(cell):
        return [cell]
    return [name for name in split_names(cell) if name]


def read_unnumbered_rows(text: str, lines, start: int, columns: list) -> tuple[list[dict], int]:
    """Tasks of the table's rows and the line after the table; no rows when the unit columns are not the last."""
    roles = [column.role for column in columns]
    if LEAD not in roles:
        return [], start
    unit_at = roles.index(LEAD)
    if any(role not in (LEAD, SUPPORT) for role in roles[unit_at:]) or unit_at < 2:
        return [], start
    unit_roles = roles[unit_at:]
    rows: list[tuple[list[int], list[list[int]]]] = []  # (task cell lines, unit cells as their lines)
    pending: list[int] = []
    cursor = start
    while cursor < len(lines):
        cell = _clean(lines[cursor])
        item = lines[cursor].item
        if not cell or _STOP.match(cell) or item and item.kind in ("section", "paren_cn"):
            break
        if _unit_line(cell) and (pending or rows and rows[-1][1] and cursor == rows[-1][1][-1][-1] + 1):
            if pending:
                rows.append((pending, [[cursor]]))
                pending = []
            elif _clean(lines[cursor - 1]).endswith("、"):
                rows[-1][1][-1].append(cursor)  # a unit cell wrapped at '、'
            else:
                rows[-1][1].append([cursor])
        elif _unit_line(cell):
            break
        else:
            pending.append(cursor)
            if len(pending) > _MAX_TASK_CELLS:
                break
        cursor += 1
    if not rows:
        return [], start
    end = rows[-1][1][-1][-1] + 1
    tasks = [_task(text, lines, task_lines, cells, unit_roles, position) for position, (task_lines, cells)
             in enumerate(rows, 1)]
    return tasks, end


def _task(text: str, lines, task_lines: list[int], cells: list[list[int]], unit_roles: list[str],
          position: int) -> dict:
    values = ["".join(_clean(lines[i]) for i in cell) for cell in cells]
    extra = max(0, len(values) - len(unit_roles))
    # The last cells fill the columns after the lead's; the lead's cell takes the lines left over.
    by_column = [values[: 1 + extra]] + [[value] for value in values[1 + extra:]]
    lead: list[str] = []
    support: list[str] = []
    for role, column_cells in zip(unit_roles, by_column, strict=False):
        names = [name for value in column_cells for name in _names(value)]
        (lead if role == LEAD else support).extend(name for name in names if name not in lead + support)
    body_line = lines[task_lines[-1]]
    body = body_line.text.strip()
    group = _clean(lines[task_lines[-2]]) if len(task_lines) > 1 else None
    return {
        "number": str(position),
        "title": headline(body)[0].rstrip("。；;"),
        "group": group,
        "lead": lead,
        "support": support,
        "text": body,
        "responsibility": " | ".join(values),
        "rule": "table_lead_lines" if extra else "table",
        "unsure": bool(extra) or not lead,
        "start": body_line.start,
        "end": body_line.end,
        "target_span": (body_line.start, body_line.end),
    }
