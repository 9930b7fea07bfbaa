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
from .item_rows import item_columns, item_rows
from .numbering import headline
from .spanned_rows import EMPTY, spanned_task, sub_rows, support_cells, year_spans
from .table_cells import (
    NUMBER_CELL,
    WORK_START,
    cell_groups,
    header_unit,
    schedule_cell,
    schedule_column,
    spanning_rows,
    split_row,
    unit_cell,
)
from .unit_rows import read_unit_rows

NUMBER = "number"
TEXT = "text"
LEAD = "lead"
SUPPORT = "support"
OTHER = "other"

_NUMBER_HEAD = re.compile(r"^(?:序号|编号|序)$")
_LEAD_HEAD = re.compile(r"^(?:主要)?(?:牵头|责任|主责|承办|推进|负责考核|考核)(?:单位|部门|科室)$|^牵头责任单位$")
_SUPPORT_HEAD = re.compile(r"^(?:协同|配合|协办|参与|协同配合|协同责任|配合责任)(?:单位|部门)$")
_OTHER_HEAD = re.compile(r"领导|负责人|时限|期限|时间|进度|备注|分值|牵头领导")
_NAME_LABEL = re.compile(r"名称$")
_YEAR_LABEL = re.compile(r"^20\d\d年")
_CELL_SPLIT = re.compile(r"\s*\|\s*|\s+")
# A task cell holding a numbered list ("1. 强化…。2. 紧扣…。"): the title is its first item's, without the "1.".
_LIST_MARK = re.compile(r"^\d{1,2}\s*[.．、]\s*(?!\d)")


class Column(NamedTuple):
    role: str
    label: str


def _role(label: str, has_lead_label: bool) -> str:
    label = re.sub(r"\s+", "", label)
    if _NUMBER_HEAD.match(label):
        return NUMBER
    if _LEAD_HEAD.match(label):
        # 牵头单位 and 责任单位 side by side: the 责任单位 work with the lead.
        if has_lead_label and label.startswith("责任"):
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
            end = _read_spanning(text, lines, after, columns, tasks)
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
            labels.append(label)
            cursor += 1
        columns = _columns(labels)
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


def _read_spanning(text: str, lines, start: int, columns: list[Column], tasks: list[dict]) -> int:
    """A one-cell-per-line table whose unit cells may span rows (see table_cells); returns the end line."""
    rows, end = spanning_rows(lines, start, _clean, header=[column.label for column in columns])
    lead_at = [column.role for column in columns].index(LEAD)
    before_lead = columns[1:lead_at]
    units, support = None, []
    has_support = lead_at + 1 < len(columns) and columns[lead_at + 1].role == SUPPORT
    # Year columns after the unit columns ("2024年工作任务", "2025年工作计划"): their cells state the row's targets.
    years_after = any(_YEAR_LABEL.match(column.label) for column in columns[lead_at + 1:])
    first = len(tasks)
    units_last = lead_at + (2 if has_support else 1) == len(columns)
    counts = item_columns([column.label for column in columns[1:lead_at]]) if units_last else None
    for number, row_lines, cells in rows:
        items = counts and item_rows(lines, number, row_lines, cells, [c.label for c in before_lead], counts,
                                     _column_target)
        if items:  # "项目类别 / 项目名称 / 布点数量 / 责任部门": items by name, more of them under the unit cell
            tasks += items
            continue
        if before_lead and len(tasks) > first and cells and unit_cell(cells[0]) is not None \
                and not WORK_START.match(cells[0]):
            # The row starts with its unit cell: its task cell spans it from the row above (its own units).
            spanned_task(lines, number, row_lines, cells, tasks, has_support, years_after)
            continue
        before, found, after = split_row(cells, max(1, len(before_lead)))
        groups = [[index] for index in range(len(cells))]
        if found is None:  # cells written over several lines: try the row's cells joined line to line
            groups = cell_groups(cells)
            joined = ["".join(cells[i] for i in group) for group in groups]
            before, found, after = split_row(joined, max(1, len(before_lead)))
            if found is None:
                groups = [[index] for index in range(len(cells))]
                before, found, after = split_row(cells, max(1, len(before_lead)))
        at = len(before_lead)
        if found is None and 0 < at < len(cells) and EMPTY.fullmatch(cells[at]):  # "——" under 牵头: no lead
            before, found, after = cells[:at], [], cells[at + 1:]
        spanned = found is None
        units = found if found is not None else units
        used = 0
        if has_support and not spanned:  # the 配合单位 cells right after the lead's, when the row has them
            support, used = support_cells(after)
        if spanned:  # no unit cell: a group label printed after the row is not part of its text
            before = before[:max(1, len(before_lead))]
        if not before:
            continue
        # The cells before the unit cell fill the columns before it from the right: a spanning 事项 cell on the
        # left is printed only in its first row.
        shift = max(0, len(before_lead) - len(before))
        text_lines, targets, group = [], [], None
        for offset, cell in enumerate(before):
            column = before_lead[min(len(before_lead) - 1, offset + shift)] if before_lead else None
            line = lines[row_lines[1 + groups[offset][0]]]
            unit = header_unit(column.label) if column else None
            figure = NUMBER_CELL.match(cell)
            if column and _NAME_LABEL.search(column.label) and offset + 1 < len(before):
                group = cell  # "任务名称" beside "任务内容": the name of the rows' group (it may span rows)
            elif unit and figure:
                targets.append(_column_target(cell, figure, unit, column.label, line, number))
            elif column and schedule_column(column.label) and schedule_cell(cell):
                continue  # "全年推进" under 时间进度: when, not what
            else:
                text_lines += [lines[row_lines[1 + index]] for index in groups[offset]]
        if not text_lines:
            continue
        body = "".join(_clean(line.text) for line in text_lines)
        tasks.append({
            "number": number, "title": headline(_LIST_MARK.sub("", body))[0].rstrip("。；;"), "group": group,
            "lead": list(units or []), "support": [name for name in support if name not in (units or [])],
            "text": body,
            "responsibility": "、".join((units or []) + support), "rule": "table_spanning" if spanned else "table",
            "unsure": not units, "start": text_lines[0].start, "end": text_lines[-1].end,
            "column_targets": targets,
            "target_spans": [(text_lines[0].start, text_lines[-1].end)] + (
                year_spans(lines, row_lines, len(cells) - len(after) + used) if years_after and found else []),
        })
        if units_last and found is not None and len(groups) == len(cells) and len(before) > 1:
            tasks += sub_rows(lines, number, row_lines, cells, after[used:], before[0], has_support)
    if tasks and end + 1 < len(lines) and re.match(r"^(?:汇总|合计|总计)$", _clean(lines[end].text)):
        figure_columns = [column for column in columns if header_unit(column.label)]
        figure = NUMBER_CELL.match(_clean(lines[end + 1].text))
        if len(figure_columns) == 1 and figure:  # the total row: its figure is a target of the whole table
            column = figure_columns[0]
            tasks[-1]["column_targets"].append(_column_target(
                _clean(lines[end + 1].text), figure, header_unit(column.label), column.label, lines[end + 1], None))
            end += 2
    return end


def _column_target(cell: str, figure, unit: str, label: str, line, task) -> dict:
    def number(value: str):
        return float(value) if "." in value else int(value)

    high = figure.group("high")
    return {
        "text": cell, "indicator": re.sub(r"[（(][^（）()]*[）)]$", "", label), "value": number(figure.group("low")),
        "unit": unit, "comparator": "range" if high else ">=", "value_max": number(high) if high else None,
        "kind": "table", "rule": "table_column", "unsure": False, "start": line.start, "end": line.end,
        "task": task, "sentence": cell,
    }
