"""Task tables as web pages and Word render them into text: a header row (序号 · 工作任务 · 责任单位 · 配合单位 ·
完成时限) and one row per task, either one row per line (cells separated by spaces or "|") or one cell per line.

The header decides what each column is; the row's cells are assigned from both ends, so that a lead column written
over several lines still lands in its column. A row whose cell count differs from the header's is marked unsure.
"""

import re
from typing import NamedTuple

from .category_rows import category_header, read_category_rows
from .column_targets import count_targets, once_per_merged_cell
from .departments import split_names
from .goal_tables import read_goal_table
from .indicator_grid import read_indicator_grid, read_indicator_table, unowned_indicator_table
from .measure_rows import read_measure_rows
from .numbering import headline
from .outline_rows import outline_rows, outline_targets
from .role_words import LEAD, SUPPORT
from .spanned_rows import said_roles
from .spanning_table import DIVISIONS, read_spanning
from .table_cells import (
    CATEGORY_HEAD,
    header_unit,
    row_number,
    unit_cell,
)
from .table_labels import (
    DIVISIONS_HEAD,
    FIRST_LEADS_NOTE,
    LEAD_HEAD,
    NUMBER_HEAD,
    OTHER_HEAD,
    SUPPORT_HEAD,
    nest_unit_labels,
    nest_year_labels,
)
from .table_line_rows import CELL_SPLIT, line_rows
from .unit_rows import read_unit_rows
from .unnumbered_rows import read_unnumbered_rows

NUMBER = "number"
TEXT = "text"
OTHER = "other"

# A header label wrapped before its bracketed tail ("责任部门" / "（单位）"): the tail belongs to the label above.
_LABEL_TAIL = re.compile(r"^[（(][^（()）]{1,6}[）)]$")
_BRACKET_END = re.compile(r"[（(][^（()）]{1,14}[）)]$")
_SECTION_ROW = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]|^[（(][一二三四五六七八九十]{1,3}[）)]")  # "（一）夯实根基" too


class Column(NamedTuple):
    role: str
    label: str


def _role(label: str, working: tuple) -> str:
    label = re.sub(r"\s+", "", label)
    label = _BRACKET_END.sub("", label) or label  # "责任部门（单位）" is a 责任部门 column
    if NUMBER_HEAD.match(label):
        return NUMBER
    if DIVISIONS_HEAD.search(label):
        return DIVISIONS
    if LEAD_HEAD.match(label):
        # 牵头单位 and 责任单位 (实施单位, 推进单位, 主责单位) side by side, or 责任单位 beside a 主责单位 that leads
        return SUPPORT if working and label.startswith(working) else LEAD
    if SUPPORT_HEAD.match(label):
        return SUPPORT
    if OTHER_HEAD.search(label):
        return OTHER
    return TEXT


def _columns(labels: list[str]) -> list[Column] | None:
    squashed = [re.sub(r"\s+", "", label) for label in labels]
    # "牵头处室（牵头部门）" beside "责任部门（建设单位）": a 牵头 label with its bracketed note is one too.
    leads = [label for label in squashed if LEAD_HEAD.match(_BRACKET_END.sub("", label) or label)]
    working = (("责任", "落实", "实施", "推进", "主责") if any(label.startswith(("牵头", "主要责任")) for label in leads)
               else ("责任", "落实", "实施", "推进") if any(label.startswith("主责") for label in leads) else ())
    columns = [Column(_role(label, working), label) for label in squashed]
    roles = [column.role for column in columns]
    if roles.count(NUMBER) != 1 or roles[0] != NUMBER or LEAD not in roles or TEXT not in roles:
        return None
    first_text = roles.index(TEXT)
    return [column if column.role != TEXT or index == first_text else Column(OTHER, column.label)
            for index, column in enumerate(columns)]


def heads_task_rows(labels: list[str]) -> bool:
    """Whether a row heads task rows (序号 first, a task and a unit column): such tables are written between pipes."""
    return _columns(labels) is not None


def read_tables(text: str, lines) -> tuple[list[dict], set[int], list[tuple[int, int]], list[dict]]:
    """Tasks read from the document's task tables, the indexes of the lines the tables used, the spans of
    table rows that are no task (their figures are read as the plan's targets) and the targets of goal tables."""
    tasks: list[dict] = []
    used: set[int] = set()
    loose: list[tuple[int, int]] = []
    targets: list[dict] = []
    index = 0
    while index < len(lines):
        goals = read_goal_table(lines, index) or read_indicator_table(lines, index)  # "指标 / 单位 / 2025年"
        if goals:  # "表2 …任务表" without a unit column: its figures are the plan's goals, no task
            targets += goals[0]
            used.update(range(index, goals[1]))
            index = goals[1]
            continue
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
        outlined = outline_rows(lines, after, [column.label for column in columns]) if layout == "cells" else None
        if outlined:  # "一" / "（一）": rows numbered by outline numerals, parent and 合计 rows without units
            tasks += [dict(task, rule="table+outline_rows", column_targets=outline_targets(
                lines, row_lines, cells, [column.label for column in columns], task["number"]))
                for row_lines, cells in outlined[0] if (task := _task(text, lines, row_lines, cells, columns[:outlined[2]]))]
            used.update(range(index, outlined[1]))
            index = outlined[1]
            continue
        measured = read_measure_rows(text, lines, after, columns) if layout == "cells" else None
        if measured:  # "1" / "推进…" / "1、建立…" / "3月" / units / "2、制定…": measures numbered across the table
            tasks += measured[0]
            used.update(range(index, measured[1]))
            index = measured[1]
            continue
        if layout == "cells" and not lines[after - 1].text.strip().endswith("|"):
            found_before = len(tasks)
            # A category column before 序号 prints each row's category cell after the row above's units.
            categorised = bool(CATEGORY_HEAD.match(_clean(lines[index].text)))
            end = read_spanning(text, lines, after, columns, tasks, categorised)
            if len(tasks) == found_before:  # no printed row number: the rows are found from their unit cells
                # The header ran on into the first row's group cell ("深入开展宣传教育"): it is no label.
                width = len(columns)
                while width and columns[width - 1].role not in (LEAD, SUPPORT) \
                        and _role(columns[width - 1].label, ()) == TEXT:
                    width -= 1
                rows, unnumbered_end = read_unnumbered_rows(text, lines, after - len(columns) + width,
                                                            columns[:width])
                tasks += rows
                end = unnumbered_end if rows else end
            used.update(range(index, end))
            index = max(end, index + 1)
            continue
        rows, end = (_cell_rows if layout == "cells" else line_rows)(lines, after, len(columns))
        columns = _titled_past_groups(columns, rows)
        above, first = None, len(tasks)
        for row_lines, cells in rows:
            task = _task(text, lines, row_lines, cells, columns)
            if task and not task["lead"] and not task["support"] and above:
                # A row without units under a unit cell that spans rows: the units of the row above.
                task.update(lead=list(above["lead"]), support=list(above["support"]), rule="table_spanning", unsure=False)
            if task:
                tasks.append(task)
                above = task
        once_per_merged_cell(tasks[first:])
        used.update(range(index, end))
        index = max(end, index + 1)
    return tasks, used, loose, targets


def _titled_past_groups(columns: list[Column], rows: list) -> list[Column]:
    """A first text column whose merged cell runs down the rows (repeated beside each, or empty below a page break:
    "医疗健康（牵头单位：…）") groups them: the next text column ("数据集名称") titles them."""
    first = [column.role for column in columns].index(TEXT)
    values = [cells[first] for _, cells in rows if len(cells) == len(columns)]
    if len(values) < 3 or sum(1 for above, below in zip(values, values[1:], strict=False) if below in (above, "")) * 2 < len(values):
        return columns
    after = next((index for index in range(first + 1, len(columns))
                  if columns[index].role == OTHER and _role(columns[index].label, ()) == TEXT), None)
    if after is None or len({cells[after] for _, cells in rows if len(cells) == len(columns)}) * 2 <= len(values):
        return columns
    return [Column(OTHER, column.label) if index == first else Column(TEXT, column.label) if index == after else column
            for index, column in enumerate(columns)]


def _clean(line: str) -> str:
    return line.strip().rstrip("|").strip()


def _header(lines, index: int):
    if CATEGORY_HEAD.match(_clean(lines[index].text)) and index + 1 < len(lines) \
            and NUMBER_HEAD.match(_clean(lines[index + 1].text)):
        index += 1  # the category cells fall before each row's number and after the row above's units: no cell
    first = lines[index].text.strip()
    cells = [cell for cell in CELL_SPLIT.split(first.strip("| ")) if cell]
    if len(cells) >= 3 and NUMBER_HEAD.match(cells[0]):
        columns = _columns(cells)
        if columns:
            # The header on one line and the rows one cell per line ("1" / "完成…。" / "区建管委"): a cells layout.
            cells_below = index + 1 < len(lines) and row_number(_clean(lines[index + 1].text))
            return columns, "cells" if cells_below else "lines", index + 1
    if NUMBER_HEAD.match(_clean(first)):
        labels, cursor = [_clean(first)], index + 1
        while cursor < len(lines) and len(labels) < 10:  # a project list has nine ("建设性质", "总投资（万元）"…)
            label = _clean(lines[cursor].text)
            # "主要工作内容及工作目标", "责任单位（第一个为牵头单位）": the words of a label, without a bracketed note
            size = len(_BRACKET_END.sub("", re.sub(r"\s+", "", label)))
            if not label or len(label) == 1 or row_number(label) or size > (16 if header_unit(label) else 12) \
                    or _SECTION_ROW.match(label):  # "一、提升道路设施水平": a section row above the first row
                break
            joined = re.sub(r"\s+", "", labels[-1] + label)
            if _LABEL_TAIL.match(re.sub(r"\s+", "", label)) and len(labels) > 1:
                labels[-1] += label
            elif len(labels) > 1 and len(label) <= 2 and (LEAD_HEAD.match(joined) or SUPPORT_HEAD.match(joined)):
                labels[-1] = joined  # "牵头" / "单位": a unit label printed over two lines
            else:
                labels.append(label)
            cursor += 1
        columns = _columns(nest_unit_labels(nest_year_labels(labels)))
        if columns:
            return columns, "cells", cursor
    return None


def _unlabelled_header(lines, index: int) -> bool:
    """"序号 考核项目 各项分值 考核内容 评分标准": a header of one line with a number and a text column but no unit column."""
    cells = [cell for cell in CELL_SPLIT.split(lines[index].text.strip().strip("| ")) if cell]
    if len(cells) < 3 or not NUMBER_HEAD.match(cells[0]):
        return False
    roles = [_role(cell, ()) for cell in cells]
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
    worded = said_roles(get[LEAD][0]) if len(get[LEAD]) == 1 else None  # "X（牵头）、Y", "牵头单位：X；配合单位：Y"
    lead = worded[0] if worded else [name for cell in get[LEAD] for name in split_names(cell)]
    support = (worded[1] if worded else []) + [name for cell in get[SUPPORT] for name in split_names(cell)
                                               if name not in lead and not (worded and name in worded[1])]
    if not support and FIRST_LEADS_NOTE.search(columns[lead_at].label):  # "责任单位（第一位为牵头单位）"
        lead, support = lead[:1], lead[1:]
    return {
        "number": "".join(get[NUMBER]).strip(),
        "title": headline(body)[0].rstrip("。；;"),
        "group": None,
        "lead": lead,
        "support": support,
        "text": body,
        "responsibility": " | ".join(get[LEAD] + get[SUPPORT]),
        "rule": "table" + (f"+{worded[2]}" if worded else ""),
        "unsure": unsure or not lead,
        "start": body_start,
        "end": min(end, body_start + len(body)) if position >= 0 else end,
        "target_span": (body_start, lines[row_lines[-1]].end),  # the row's other cells (考核指标) state figures too
        "column_targets": count_targets(cells, [c.label for c in columns], lines[row_lines[0]], "".join(get[NUMBER]).strip()),
    }
