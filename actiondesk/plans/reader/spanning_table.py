"""One-cell-per-line task tables whose cells may span rows (see table_cells): each numbered row is read into a task.

The columns before the unit cell fill from the right (a spanning 事项 cell on the left is printed only in its first
row). A 名称 column ("任务名称", "品牌名称") printed in every row titles its row; printed only in some rows it names
a group of rows. A schedule column (完成时限, 时间节点) holds no task words and no targets ("一季度10%二季度40%")."""

import re

from .item_rows import item_columns, item_rows
from .numbering import headline
from .role_words import LEAD, SUPPORT
from .spanned_rows import EMPTY, division_cells, spanned_task, sub_rows, support_cells, year_spans
from .table_cells import (
    NUMBER_CELL,
    WORK_START,
    cell_groups,
    header_unit,
    last_unit_cell,
    schedule_cell,
    schedule_column,
    spanning_rows,
    split_row,
    unit_cell,
    unit_cell_after_schedule,
)

_NAME_LABEL = re.compile(r"名称$")
# "分项任务": a sub-field cell printed in the first row of its rows names them, like a 名称 printed in only some rows.
_GROUP_LABEL = re.compile(r"^分项(?:任务|工作)?$")
_SCHEDULE_LABEL = re.compile(r"时限|期限|时间|进度|节点")
_YEAR_LABEL = re.compile(r"^20\d\d年")
# A task cell holding a numbered list ("1. 强化…。2. 紧扣…。"): the title is its first item's, without the "1.".
_LIST_MARK = re.compile(r"^\d{1,2}\s*[.．、]\s*(?!\d)")
# What a schedule cell says (a row short of cells may shift its task cell under the schedule column: kept as text).
_SCHEDULE = re.compile(r"20\d\d|季度|[上下]半年|月|年底|年内|全年|前|完成|持续|长期|常态")
_GROUP_CELL = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")  # "（二）增强…": a group label printed after a row
_SHORT_NAME = re.compile(r"[^。；;！？]{1,40}")


def _clean(line: str) -> str:
    return line.strip().rstrip("|").strip()


# The role of a column of a body's own divisions after the unit columns ("市卫健委内牵头处室"): its cells are skipped.
DIVISIONS = "divisions"


def read_spanning(text: str, lines, start: int, columns: list, tasks: list[dict]) -> int:
    """A one-cell-per-line table whose unit cells may span rows (see table_cells); returns the end line."""
    rows, end = spanning_rows(lines, start, _clean, header=[column.label for column in columns])
    divisions = 0
    while divisions < len(columns) and columns[-1 - divisions].role == DIVISIONS:
        divisions += 1
    columns = columns[:len(columns) - divisions]
    lead_at = [column.role for column in columns].index(LEAD)
    before_lead = columns[1:lead_at]
    units, support = None, []
    has_support = lead_at + 1 < len(columns) and columns[lead_at + 1].role == SUPPORT
    # Year columns after the unit columns ("2024年工作任务", "2025年工作计划"): their cells state the row's targets.
    years_after = any(_YEAR_LABEL.match(column.label) for column in columns[lead_at + 1:])
    first = len(tasks)
    units_last = lead_at + (2 if has_support else 1) == len(columns)
    titled = _named_rows(rows, before_lead)
    field = None  # a 分项任务 cell spans the rows under it: they are of its group too
    unit_lines: dict[int, int] = {}  # task index -> the unit lines of its row (lead cell and 配合 cells)
    counts = item_columns([column.label for column in before_lead]) if units_last else None
    for number, row_lines, cells in rows:
        items = counts and item_rows(lines, number, row_lines, cells, [c.label for c in before_lead], counts,
                                     _column_target)
        if items:  # "项目类别 / 项目名称 / 布点数量 / 责任部门": items by name, more of them under the unit cell
            tasks += items
            continue
        if before_lead and not titled and len(tasks) > first and cells and unit_cell(cells[0]) is not None \
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
        filled = list(cells)
        while filled and (not filled[-1] or _GROUP_CELL.match(filled[-1])):  # an empty line or the next rows' group
            filled.pop()
        last = units_last and not has_support and found is None and last_unit_cell(filled, len(columns) - 1)
        if last:  # a row with every cell and the units last: its last cell is the unit cell, whatever its names
            before, found, after = filled[:-1], last, []
        if found is None and 0 < at < len(cells) and EMPTY.fullmatch(cells[at]):  # "——" under 牵头: no lead
            before, found, after = cells[:at], [], cells[at + 1:]
        after_schedule = found is None and before_lead and schedule_column(before_lead[-1].label) \
            and unit_cell_after_schedule(cells)
        if after_schedule:  # "年内完成" / "卫生健康委、区委党校": the cell under the unit column, after the schedule's
            before, found, after = after_schedule
        spanned = found is None
        units = found if found is not None else units
        used = 0
        if has_support and not spanned:  # the 配合单位 cells right after the lead's, when the row has them
            support, used = support_cells(after, one=bool(divisions))
            unit_lines[len(tasks)] = 1 + used
        if divisions and not spanned:
            used += division_cells(after[used:], divisions)
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
            if column and (_NAME_LABEL.search(column.label) or _GROUP_LABEL.match(column.label)) \
                    and offset + 1 < len(before):
                group = cell  # "任务名称" beside "任务内容": the name of the rows' group (it may span rows)
                field = cell if _GROUP_LABEL.match(column.label) else field
            elif column and (column.role != "text" and _SCHEDULE_LABEL.search(column.label) and _SCHEDULE.search(cell)
                             and len(cell) <= 40 or schedule_column(column.label) and schedule_cell(cell)):
                continue  # "一季度10%二季度40%；…11月底完成。": a schedule, neither the task's words nor a goal
            elif unit and figure:
                targets.append(_column_target(cell, figure, unit, column.label, line, number))
            else:
                text_lines += [lines[row_lines[1 + index]] for index in groups[offset]]
        if not text_lines:
            continue
        body = "".join(_clean(line.text) for line in text_lines)
        tasks.append({
            "number": number, "group": None if titled else group or field,
            # A name printed in every row ("任务名称", "品牌名称") titles its row.
            "title": group.rstrip("。；;") if titled and group else headline(_LIST_MARK.sub("", body))[0].rstrip("。；;"),
            "lead": list(units or []), "support": [name for name in support if name not in (units or [])],
            "text": body,
            "responsibility": "、".join((units or []) + support), "rule": "table_spanning" if spanned else "table",
            "unsure": not units, "start": text_lines[0].start, "end": text_lines[-1].end,
            "column_targets": targets,
            "target_spans": [(text_lines[0].start, text_lines[-1].end)] + (
                year_spans(lines, row_lines, len(cells) - len(after) + used) if years_after and found else []),
        })
        if units_last and found is not None and len(groups) == len(cells) and len(before) > 1:
            tasks += sub_rows(lines, number, row_lines, cells, after[used:], before[0], has_support, divisions)
    _unit_lines_unsure(tasks, unit_lines)
    if tasks and end + 1 < len(lines) and re.match(r"^(?:汇总|合计|总计)$", _clean(lines[end].text)):
        figure_columns = [column for column in columns if header_unit(column.label)]
        figure = NUMBER_CELL.match(_clean(lines[end + 1].text))
        if len(figure_columns) == 1 and figure:  # the total row: its figure is a target of the whole table
            column = figure_columns[0]
            tasks[-1]["column_targets"].append(_column_target(
                _clean(lines[end + 1].text), figure, header_unit(column.label), column.label, lines[end + 1], None))
            end += 2
    return end


def _unit_lines_unsure(tasks: list[dict], unit_lines: dict[int, int]) -> None:
    """A row that prints more unit lines than there are unit columns (牵头 and 配合), one name a line, does not show
    where its lead cell ends and its 配合 cell begins (the lines may split 2 + 2 or 3 + 1 as well as 1 + 3): it keeps
    the reading "first line leads, the rest support", marked unsure (rule ``table_unit_lines``, shown as 待确认)."""
    for index, count in unit_lines.items():
        task = tasks[index] if index < len(tasks) else None
        if task and count > 2 and task["rule"] == "table" and len(task["lead"]) + len(task["support"]) == count:
            task.update(rule="table_unit_lines", unsure=True)


def _named_rows(rows, before_lead) -> bool:
    """Whether a 名称 column that opens the row's cells is printed in every row (then it titles each row; printed
    only in some rows, it names the group of rows under it)."""
    if len(before_lead) < 2 or not _NAME_LABEL.search(before_lead[0].label) or not rows:
        return False
    return all(cells and _SHORT_NAME.fullmatch(cells[0]) for _, _, cells in rows)


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
