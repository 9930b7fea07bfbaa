"""Task tables as web pages and Word render them into text: a header row (序号 · 工作任务 · 责任单位 · 配合单位 ·
完成时限) and one row per task, either one row per line (cells separated by spaces or "|") or one cell per line.

The header decides what each column is; the row's cells are assigned from both ends, so that a lead column
written over several lines still lands in its column. A row whose cell count differs from the header's is read
the same way but marked unsure.
"""

import re
from typing import NamedTuple

from .category_rows import category_header, read_category_rows
from .departments import split_names
from .indicator_grid import read_indicator_grid, unowned_indicator_table
from .numbering import headline
from .role_words import LEAD, SUPPORT
from .spanning_table import DIVISIONS, read_spanning
from .table_cells import (
    CATEGORY_HEAD,
    header_unit,
    nest_year_labels,
    unit_cell,
)
from .unit_rows import read_unit_rows
from .unnumbered_rows import read_unnumbered_rows

NUMBER = "number"
TEXT = "text"
OTHER = "other"

_NUMBER_HEAD = re.compile(r"^(?:序号|编号|序|任务编号|项目序号|项目编号)$")
# A header label wrapped before its bracketed tail ("责任部门" / "（单位）"): the tail belongs to the label above.
_LABEL_TAIL = re.compile(r"^[（(][^（()）]{1,6}[）)]$")
_BRACKET_END = re.compile(r"[（(][^（()）]{1,6}[）)]$")
_LEAD_HEAD = re.compile(r"^(?:主要)?(?:牵头|责任|主责|承办|推进|落实推进|落实|负责考核|考核|实施)(?:单位|部门|科室)$|^牵头责任单位$|^主要(?:单位|部门)$")
_SUPPORT_HEAD = re.compile(r"^(?:协同|配合|协办|参与|协同配合|协同责任|配合责任)(?:单位|部门)$")
_OTHER_HEAD = re.compile(r"领导|负责人|时限|期限|时间|进度|备注|分值|牵头领导")
# "市卫健委内牵头处室" / "委内配合处室": a body's own divisions for the row, not units of the plan (not read).
_DIVISIONS_HEAD = re.compile(r"内(?:牵头|配合|责任|协办|主责)?(?:处室|科室)$|^内设(?:处室|科室|机构)$")
_CELL_SPLIT = re.compile(r"\s*\|\s*|\s+")


class Column(NamedTuple):
    role: str
    label: str


def _role(label: str, has_lead_label: bool) -> str:
    label = re.sub(r"\s+", "", label)
    label = _BRACKET_END.sub("", label) or label  # "责任部门（单位）" is a 责任部门 column
    if _NUMBER_HEAD.match(label):
        return NUMBER
    if _DIVISIONS_HEAD.search(label):
        return DIVISIONS
    if _LEAD_HEAD.match(label):
        # 牵头单位 and 责任单位 (实施单位) side by side: they work with the lead.
        if has_lead_label and label.startswith(("责任", "实施")):
            return SUPPORT
        return LEAD
    if _SUPPORT_HEAD.match(label):
        return SUPPORT
    if _OTHER_HEAD.search(label):
        return OTHER
    return TEXT


def _columns(labels: list[str]) -> list[Column] | None:
    squashed = [re.sub(r"\s+", "", label) for label in labels]
    has_lead_label = any(label.startswith(("牵头", "主要责任")) and _LEAD_HEAD.match(label) for label in squashed)
    columns = [Column(_role(label, has_lead_label), label) for label in squashed]
    roles = [column.role for column in columns]
    if roles.count(NUMBER) != 1 or roles[0] != NUMBER or LEAD not in roles or TEXT not in roles:
        return None
    first_text = roles.index(TEXT)
    return [column if column.role != TEXT or index == first_text else Column(OTHER, column.label)
            for index, column in enumerate(columns)]


def read_tables(text: str, lines) -> tuple[list[dict], set[int], list[tuple[int, int]]]:
    """Tasks read from the document's task tables, the indexes of the lines the tables used, and the spans of
    table rows that are no task (their figures are read as the plan's targets)."""
    tasks: list[dict] = []
    used: set[int] = set()
    loose: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        grid = read_indicator_grid(text, lines, index)
        if grid:  # "主要责任单位 / 指标（辆） / 区绿化市容局 / 2024年 / … / 40": indicators of a unit, figures by year
            tasks += grid[0]
            used.update(range(index, grid[1]))
            index = grid[1]
            continue
        unowned = unowned_indicator_table(lines, index)
        if unowned:  # "指标名称 / 目标 / 指标类型" with no unit column: no task and no target
            used.update(range(index, unowned))
            index = unowned
            continue
        after_header = category_header(lines, index)
        if after_header:  # a category column before 序号, year sub-rows, one unit per line (category_rows)
            found_rows, end = read_category_rows(lines, after_header)
            if found_rows:
                tasks += found_rows
                used.update(range(index, end))
                index = end
                continue
        found = _header(lines, index)
        if not found:
            unlabelled = _unlabelled_header(lines, index)
            rows = read_unit_rows(text, lines, index + 1) if unlabelled else None
            if rows:  # the header names no unit column: the rows name their units
                tasks += rows[0]
                loose += rows[2]
                used.update(range(index, rows[1]))
                index = rows[1]
            else:
                index += 1
            continue
        columns, layout, after = found
        if layout == "cells" and not lines[after - 1].text.strip().endswith("|"):
            found_before = len(tasks)
            end = read_spanning(text, lines, after, columns, tasks)
            if len(tasks) == found_before:  # no printed row number: the rows are found from their unit cells
                # The header ran on into the first row's group cell ("深入开展宣传教育"): it is no label.
                width = len(columns)
                while width and columns[width - 1].role not in (LEAD, SUPPORT) \
                        and _role(columns[width - 1].label, False) == TEXT:
                    width -= 1
                rows, unnumbered_end = read_unnumbered_rows(text, lines, after - len(columns) + width,
                                                            columns[:width])
                tasks += rows
                end = unnumbered_end if rows else end
            used.update(range(index, end))
            index = max(end, index + 1)
            continue
        rows, end = (_cell_rows if layout == "cells" else _line_rows)(lines, after, len(columns))
        above = None
        for row_lines, cells in rows:
            task = _task(text, lines, row_lines, cells, columns)
            if task and not task["lead"] and not task["support"] and above:
                # A row without units under a unit cell that spans rows: the units of the row above.
                task.update(lead=list(above["lead"]), support=list(above["support"]), rule="table_spanning",
                            unsure=False)
            if task:
                tasks.append(task)
                above = task
        used.update(range(index, end))
        index = max(end, index + 1)
    return tasks, used, loose


def _clean(line: str) -> str:
    return line.strip().rstrip("|").strip()


def _header(lines, index: int):
    if CATEGORY_HEAD.match(_clean(lines[index].text)) and index + 1 < len(lines) \
            and _NUMBER_HEAD.match(_clean(lines[index + 1].text)):
        index += 1  # the category cells fall before each row's number and after the row above's units: no cell
    first = lines[index].text.strip()
    cells = [cell for cell in _CELL_SPLIT.split(first.strip("| ")) if cell]
    if len(cells) >= 3 and _NUMBER_HEAD.match(cells[0]):
        columns = _columns(cells)
        if columns:
            return columns, "lines", index + 1
    if _NUMBER_HEAD.match(_clean(first)):
        labels, cursor = [_clean(first)], index + 1
        while cursor < len(lines) and len(labels) < 8:
            label = _clean(lines[cursor].text)
            size = len(re.sub(r"\s+", "", label))
            if not label or re.fullmatch(r"\d{1,3}|.", label) or size > (16 if header_unit(label) else 10):
                break
            if _LABEL_TAIL.match(re.sub(r"\s+", "", label)) and len(labels) > 1:
                labels[-1] += label
            else:
                labels.append(label)
            cursor += 1
        columns = _columns(nest_year_labels(labels))
        if columns:
            return columns, "cells", cursor
    return None


def _unlabelled_header(lines, index: int) -> bool:
    """"序号 考核项目 各项分值 考核内容 评分标准": a header of one line with a number and a text column but no unit column."""
    cells = [cell for cell in _CELL_SPLIT.split(lines[index].text.strip().strip("| ")) if cell]
    if len(cells) < 3 or not _NUMBER_HEAD.match(cells[0]):
        return False
    roles = [_role(cell, False) for cell in cells]
    return TEXT in roles and LEAD not in roles and all(len(cell) <= 10 for cell in cells)


def _cell_rows(lines, start: int, width: int):
    """One cell per line ("|" may close a cell that runs over several lines); a row starts with its number."""
    rows = []
    cursor = start
    piped = lines[start - 1].text.strip().endswith("|")
    while cursor < len(lines) and re.fullmatch(r"\d{1,3}", _clean(lines[cursor].text)):
        cells, row_lines = [], []
        while cursor < len(lines) and len(cells) < width:
            cell_lines = [cursor]
            if piped:
                while not lines[cell_lines[-1]].text.strip().endswith("|") and cell_lines[-1] + 1 < len(lines):
                    cell_lines.append(cell_lines[-1] + 1)
            cells.append("".join(_clean(lines[i].text) for i in cell_lines))
            row_lines += cell_lines
            cursor = cell_lines[-1] + 1
        rows.append((row_lines, cells))
    return rows, cursor


def _line_rows(lines, start: int, width: int):
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
        tokens = [token for i in row_lines for token in _CELL_SPLIT.split(lines[i].text.strip()) if token]
        rows.append((row_lines, tokens))
    while expected and cursor < len(lines) and (lines[cursor].item or _Kind()).kind == "section":
        row_lines, after = _row_lines(lines, cursor)
        tokens = [token for i in row_lines for token in _CELL_SPLIT.split(lines[i].text.strip()) if token]
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


def _row_lines(lines, cursor: int) -> tuple[list[int], int]:
    row_lines = [cursor]
    cursor += 1
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


def _task(text: str, lines, row_lines: list[int], cells: list[str], columns: list[Column]) -> dict | None:
    roles = [column.role for column in columns]
    if len(cells) < 2:
        return None
    unsure = len(cells) != len(columns)
    # Fill from both ends; the lead column takes whatever is left in the middle.
    lead_at = roles.index(LEAD)
    values: dict[int, list[str]] = {i: [] for i in range(len(columns))}
    left, right = 0, len(cells) - 1
    for i in range(lead_at):
        if left <= right:
            values[i].append(cells[left])
            left += 1
    for i in range(len(columns) - 1, lead_at, -1):
        if right >= left:
            values[i].append(cells[right])
            right -= 1
    values[lead_at] = cells[left:right + 1]
    if lead_at == len(columns) - 1 and lead_at and unit_cell(cells[-1]):
        # The last column names the units: the words before them belong to the column before it.
        units = len(cells)
        while units > left and unit_cell(cells[units - 1]):
            units -= 1
        values[lead_at - 1] += cells[left:units]
        values[lead_at] = cells[units:right + 1]
    get = {role: [] for role in (NUMBER, TEXT, LEAD, SUPPORT)}
    for i, role in enumerate(roles):
        if role in get:
            get[role] += values[i]
    body = "".join(get[TEXT]).strip()
    if not body:
        return None
    start = lines[row_lines[0]].start
    end = lines[row_lines[-1]].end
    position = text.find(body[:20], start, end)
    body_start = position if position >= 0 else start
    lead = [name for cell in get[LEAD] for name in split_names(cell)]
    support = [name for cell in get[SUPPORT] for name in split_names(cell) if name not in lead]
    return {
        "number": "".join(get[NUMBER]).strip(),
        "title": headline(body)[0].rstrip("。；;"),
        "group": None,
        "lead": lead,
        "support": support,
        "text": body,
        "responsibility": " | ".join(get[LEAD] + get[SUPPORT]),
        "rule": "table",
        "unsure": unsure or not lead,
        "start": body_start,
        "end": min(end, body_start + len(body)) if position >= 0 else end,
        # The row's other cells (考核指标) state its figures too.
        "target_span": (body_start, lines[row_lines[-1]].end),
    }
