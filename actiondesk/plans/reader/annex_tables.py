"""Annexed task lists (附件 任务清单) written one cell per line, whose header names its columns in words but has no
序号 column: "任务 / 分类 / 主要方向 / 重点任务 / 2024年工作项目 / 2025年计划 / 牵头 / 部门 / 配合 / 部门 / 实施 / 主体".

Each row starts with its task cell, numbered "（1）" in sequence; group cells printed above it ("（一）", "1、改善…")
belong to no task. After the task cell come the cells of the year columns, then the unit cells; a unit cell that
spans rows is printed only in its first row, so a row without unit cells has the units of the row above. More unit
cells than unit columns means the lead cell runs over several lines (the first cells are the lead's). The roles of
the columns come from the label lists of table_labels, not from their positions.
"""

import re

from .annex_rows import content_rows
from .departments import is_unit_name, split_names
from .division_leads import DIVISION_LEAD_LABEL, division_lead_lines
from .leader_rows import keyed_by_person, leader_rows
from .numbered_cells import numbered_cell_rows, squash
from .numbering import headline
from .problem_rows import problem_rows
from .project_rows import base_label, project_header, project_rows
from .quantities import find_quantities
from .restated_units import restated_rows
from .schedule_rows import schedule_rows
from .spanned_rows import worded_cell
from .table_cells import schedule_column, unit_cell
from .table_labels import (
    LEAD_LABELS,
    NUMBER_HEAD,
    OTHER_HEAD,
    PERIOD_HEAD,
    PERSON_HEAD,
    PROBLEM_HEAD,
    SUPPORT_LABELS,
    TASK_LABEL,
)
from .targets import find_targets
from .titled_rows import read_titled_rows
from .unit_names import CATCH_ALL

_YEAR_LABEL = re.compile(r"^(20\d\d)年")
_TASK_CELL = re.compile(r"^[（(](\d{1,3})[）)]\s*(.+)$")
# "1.政府工作要做到公开透明": the row's number printed at the head of its task cell (no 序号 column).
_DOTTED_CELL = re.compile(r"^(\d{1,3})[.．、]\s*(\D.*)$")
_SKIPPED_ROWS = 2  # rows missing in print ("34." then "37."): the numbers go on after a short gap
_HEADER_LINE = re.compile(r"^[^。；;：:，,、]{1,16}$")
_CAPTION = re.compile(r"(?:清单|一览表|分解表|计划表|^附件\d*|^附表\d*)$")  # the table's caption, not a label
_NOTE = re.compile(r"^注[:：]")
_MAX_ROW_LINES = 20


def read_annex_tables(text: str, lines) -> tuple[list[dict], set[int]]:
    """Tasks read from the document's annexed task lists and the indexes of the lines the lists used."""
    tasks: list[dict] = []
    used: set[int] = set()
    index = 0
    while index < len(lines):
        titled = read_titled_rows(lines, index)
        if titled:  # "重点任务 / 工作措施 / 牵头单位 / 参与单位" over rows titled "1.优化产业布局"
            tasks += titled[0]
            used.update(range(index, titled[1]))
            index = titled[1]
            continue
        header = _header(lines, index)
        if not header:
            index += 1
            continue
        labels, after = header
        if project_header(labels):  # "项目名称 / … / 建设年限 / … / 牵头处室（牵头部门）": a project a row
            found, end = project_rows(text, lines, after, labels, _units)
            tasks += found
            used.update(range(index, end) if found else ())
            index = end if found else after
            continue
        rows, end = _rows(lines, after)
        dotted = numbered = False
        if not rows:  # "1.…" cells: the row number opens the task cell
            rows, end = _rows(lines, after, _DOTTED_CELL, _SKIPPED_ROWS)
            dotted = bool(rows)
        problems = {}
        if not rows and PROBLEM_HEAD.match(labels[0]):  # "存在问题 / 整改目标和措施 / 责任单位", no row number
            rows, end, problems = problem_rows(lines, after, lambda cell: _unit_cell(cell) is not None)
        groups = {}
        persons = any(PERSON_HEAD.search(label) for label in labels)  # "责任领导", "责任人": officials between cells
        if not rows and not persons and any(TASK_LABEL.search(label) for label in labels):
            # "1" / "科学编制…规划" / "①结合…": a bare row number, then the row's name cell (numbered_cells)
            rows, end = numbered_cell_rows(lines, after, _units)
            numbered = bool(rows)
            scheduled = schedule_column(labels[-1])
            rows, end = (rows, end) if rows else content_rows(lines, after, _units, not scheduled)
            if rows and not numbered and scheduled:
                # Rows of sentences then a schedule cell ("区局" / "全年"): short cells above unit cells are rows too
                # ("开展…飞行检查10家次"); a list of short cells only is left to schedule_rows.
                rows, end = content_rows(lines, after, _units, True, True)
        if not rows and labels and schedule_column(labels[-1]):  # "…/ 责任处室 / 责任人 / 完成时限": rows end at "12月"
            units_at = min(at for at, label in enumerate(labels) if label in LEAD_LABELS + SUPPORT_LABELS)
            header_lines = [squash(line) for line in lines[index:after]]
            rows, end, groups = schedule_rows(lines, header_lines, after, labels, units_at, _units)
        restated = not rows and persons and PERIOD_HEAD.match(labels[-1])
        if restated:  # "… / 责任单位 / 责任领导 / 二季度目标任务 / …": the person cell restates the units
            rows, end, groups = restated_rows(lines, after, _units)
        keyed = not rows and persons and keyed_by_person(labels)
        if keyed:  # "分管领导 / 大检查重点单位 / 牵头落实部门": each row opens with its person ("林 娟")
            rows, end, groups = leader_rows(lines, [squash(line) for line in lines[index:after]], after, _units)
        if not rows:
            index = after
            continue
        found = _tasks(text, lines, rows, labels)
        for task, row in zip(found, rows, strict=True) if groups else ():
            kind = "+restated_units" if restated else "+leader_rows" if keyed else "+schedule_rows"
            task.update(groups[row[0]], rule=task["rule"] + kind,
                        target_spans=[(task["start"], groups[row[0]]["end"])])
        for task, row in zip(found, rows, strict=True) if problems else ():
            task.update(group=problems[row[0]], rule=task["rule"] + "+problem_rows")
        for task, row in zip(found, rows, strict=True) if dotted else ():
            # The row's other cells ("工作要求": "每年至少1次…") state its figures too.
            task["target_spans"] = [(task["start"], lines[row[1][-1]].end if row[1] else task["end"])]
            task["rule"] += "+task_cell_number"
        for task in found if numbered else ():
            task["rule"] += "+numbered_cells"
        tasks += found
        used.update(range(index, end))
        index = end
    return tasks, used


def _header(lines, index: int):
    """(column labels, the line after the header) when a header starts at ``index``: short lines without
    sentence marks, among them a lead label, then the first task cell."""
    if index and _header_like(lines[index - 1]) or not _header_like(lines[index]):
        return None
    cursor = index
    while cursor < len(lines) and cursor - index < 24 and _header_like(lines[cursor]):
        cursor += 1
    pieces = [squash(line) for line in lines[index:cursor]]
    if any(NUMBER_HEAD.match(piece) for piece in pieces):  # a numbered table: tables.py reads it
        return None
    last = max((at for at, piece in enumerate(pieces) if _column_piece(piece)), default=len(pieces) - 1)
    project = project_header(_labels(pieces))  # "牵头处室（牵头部门）": a unit label with its bracketed note
    if any(_leads(base_label(piece) if project else piece) for piece in pieces[:last + 1]):
        # "完成时间" / "加强规划引领": a short cell after the last column label is the first row's, not a label.
        cursor, pieces = index + last + 1, pieces[:last + 1]
    labels = _labels(pieces)
    if project_header(labels):
        return labels, cursor
    if not any(_leads(label) for label in labels) or not any(label in LEAD_LABELS for label in labels) \
            and not any(TASK_LABEL.search(label) for label in labels):
        return None
    return labels, cursor


def _leads(label: str) -> bool:
    """A label of a column whose units lead: 牵头/主责 units, or 责任单位 when no 牵头 column stands beside it."""
    return label in LEAD_LABELS or label in ("责任单位", "责任部门", "责任主体", "责任处室", "责任科室", "落实单位", "落实部门")


def _column_piece(piece: str) -> bool:
    """A label of a unit or other column, or a piece of one printed over two lines ("牵头" / "部门")."""
    return bool(OTHER_HEAD.search(piece) or _YEAR_LABEL.match(piece) or PERIOD_HEAD.match(piece)
                or any(piece in label for label in LEAD_LABELS + SUPPORT_LABELS))


def _header_like(line) -> bool:
    squashed = squash(line)
    return bool(_HEADER_LINE.match(squashed)) and not line.item and not _CAPTION.search(squashed)


def _labels(pieces: list[str]) -> list[str]:
    """Header lines joined into labels: a known label printed over two lines, or two fragments of two characters."""
    known = LEAD_LABELS + SUPPORT_LABELS
    labels: list[str] = []
    index = 0
    while index < len(pieces):
        joined = pieces[index] + pieces[index + 1] if index + 1 < len(pieces) else ""
        if joined and (joined in known or len(pieces[index]) <= 2 and len(pieces[index + 1]) <= 2):
            labels.append(joined)
            index += 2
        else:
            labels.append(pieces[index])
            index += 1
    return labels


def _rows(lines, start: int, cell_mark=_TASK_CELL, skipped: int = 0) -> tuple[list[tuple], int]:
    """Rows as (task cell line, lines after it); a row runs to the next task cell in sequence (``skipped`` numbers
    may be missing in print). Rows of "1.…" cells also carry their number and task words."""
    rows: list[tuple] = []
    expected = 1
    cursor = start
    while cursor < len(lines):
        cell = cell_mark.match(squash(lines[cursor]))
        dotted = cell_mark is not _TASK_CELL
        # A "1.…" task cell has its unit cells right below it ("1.做好规划配套" over a task sentence is a group).
        if dotted and cell and (cursor + 1 >= len(lines) or _units(squash(lines[cursor + 1])) is None):
            cell = None
        if cell and expected <= int(cell.group(1)) <= expected + (skipped if rows else 0):
            rows.append((cursor, [], cell.group(1), lines[cursor].text.strip()[len(cell.group(1)) + 1:].strip(), None)
                        if dotted else (cursor, []))
            expected = int(cell.group(1)) + 1
        elif rows and len(rows[-1][1]) < _MAX_ROW_LINES:
            rows[-1][1].append(cursor)
        elif rows:
            break
        elif cursor - start > 4:  # group cells only stand above the first row
            return [], start
        cursor += 1
    return rows, cursor


def _cells(lines, indexes: list[int]) -> list[list[int]]:
    """Lines of one cell: a line ending in "；" runs on, a "注：" line belongs to the cell above it."""
    cells: list[list[int]] = []
    for index in indexes:
        text = squash(lines[index])
        # A unit cell wrapped after its "、" ("区委编办、" / "各街道") runs on too.
        if cells and (squash(lines[cells[-1][-1]]).endswith(("；", ";", "、")) or _NOTE.match(text)):
            cells[-1].append(index)
        else:
            cells.append([index])
    return cells


def _unit_cell(cell: str):
    """The names of a unit cell, or (lead, support) when it says in words who leads; None for other cells."""
    names = _units(cell)
    if names is not None:
        return names
    return worded_cell(cell)  # (lead, support, the wording's rule)


def _units(cell: str) -> list[str] | None:
    if re.search(r"[。；;：:！？]", cell) or len(cell) > 120:
        return None
    names = split_names(cell)
    # "各街镇", "属地街镇": a catch-all or a town is a unit as written, though no body word ends it.
    return names if names and all(len(name) <= 20 and (is_unit_name(name) or unit_cell(name) is not None)
                                  for name in names) else None


def _tasks(text: str, lines, rows, labels: list[str]) -> list[dict]:
    units_at = min(index for index, label in enumerate(labels) if label in LEAD_LABELS + SUPPORT_LABELS)
    task_at = max((index for index, label in enumerate(labels[:units_at]) if TASK_LABEL.search(label)), default=None)
    # The columns between the task column and the first unit column ("2024年工作项目", "2025年计划", "工作目标").
    between = labels[task_at + 1:units_at] if task_at is not None else labels[:units_at]
    years = [int(match.group(1)) if match else None for match in map(_YEAR_LABEL.match, between)]
    if task_at is None:
        years = [year for year in years if year] or [None]
    roles = ["lead" if label in LEAD_LABELS else "support" for label in labels
             if label in LEAD_LABELS + SUPPORT_LABELS]
    if "lead" not in roles:  # "工作任务 / 责任单位 / 完成时限": with no 牵头 column the responsible units lead
        roles[0] = "lead"
    divisions = any(DIVISION_LEAD_LABEL.match(label) for label in labels)  # "责任处室": the lead cell's names are 处
    tasks: list[dict] = []
    above = None
    for task_line, rest, *named in rows:
        cells = _cells(lines, rest)
        year_cells = []
        while cells and len(year_cells) < len(years) and _units(_cell_text(lines, cells[0])) is None:
            year_cells.append(cells.pop(0))
        unit_cells = []
        while cells and _unit_cell(_cell_text(lines, cells[0])) is not None:
            unit_cells.append(_unit_cell(_cell_text(lines, cells.pop(0))))
        worded = len(unit_cells) == 1 and isinstance(unit_cells[0], tuple)
        if worded:  # "区经发局牵头，区交建局、环土局": the cell says in words who leads
            lead, support = list(unit_cells[0][0]), list(unit_cells[0][1])
        else:
            unit_cells = [cell[0] + cell[1] if isinstance(cell, tuple) else cell for cell in unit_cells]
            lead, support = _split_units(unit_cells, roles, divisions)
        spanned = not unit_cells and above is not None
        if spanned:
            lead, support = list(above["lead"]), list(above["support"])
        line = lines[task_line]
        number, body, name = named or (*_TASK_CELL.match(line.text.strip()).groups(), None)
        start = line.start + line.text.find(body)
        task = {
            "number": number if named else f"（{number}）", "title": (name or headline(body)[0]).rstrip("。；;"),
            "group": None,
            "lead": lead, "support": support, "text": body,
            "responsibility": "、".join(lead + support),
            "rule": "table_spanning" if spanned else "annex_table" + (f"+{unit_cells[0][2]}" if worded else ""),
            "unsure": not lead,
            "start": start, "end": line.end,
            "target_spans": [(start, line.end)], "column_targets": [],
        }
        for offset, cell in enumerate(year_cells):
            year = years[offset] if offset < len(years) and len(year_cells) == len(years) else None
            task["column_targets"] += _year_targets(text, lines, cell, year, task)
        tasks.append(task)
        above = task
    return tasks


def _cell_text(lines, cell: list[int]) -> str:
    return "".join(squash(lines[index]) for index in cell)


def _split_units(unit_cells: list[list[str]], roles: list[str], divisions: bool = False) -> tuple[list[str], list[str]]:
    """Unit cells to columns from the right; the first column takes the cells left over (a lead over two lines)."""
    if not unit_cells or not roles:
        return [], []
    extra = max(0, len(unit_cells) - len(roles))
    first = extra + 1
    if extra and len(roles) > 1 and divisions:  # "社会事业处" / "区消防救援支队" / "各村居" under 责任处室 / 配合单位
        first = division_lead_lines(unit_cells)
    elif extra and len(roles) > 1:
        # "旅游处" / "各联合党委" / "各包村工作大队" under 责任处室 and 配合单位: a catch-all after a named body opens the
        # next column (the catch-alls work with the named bodies), not the lead cell run over a further line.
        first = next((index for index in range(1, first) if _catch_alls(unit_cells[index])
                      and not _catch_alls(unit_cells[index - 1])), first)
    rest = unit_cells[first:]
    later = len(roles) - 1  # the cells after the lead's fill the later columns; the last takes any left over
    columns = [unit_cells[:first]] + [[cell] for cell in rest[:later - 1]] + [rest[max(0, later - 1):]]
    lead: list[str] = []
    support: list[str] = []
    for role, cells in zip(roles, columns, strict=False):
        for name in (name for cell in cells for name in cell):
            if role == "lead" and name not in lead:
                lead.append(name)
            elif role != "lead" and name not in lead and name not in support:
                support.append(name)
    return lead, support


def _catch_alls(names: list[str]) -> bool:
    return all(CATCH_ALL.match(name) for name in names)


def _year_targets(text: str, lines, cell: list[int], year: int | None, task: dict) -> list[dict]:
    """Figures of a year column's cell: each a target of that year; a bare figure ("200辆") is one too."""
    start, end = lines[cell[0]].start, lines[cell[-1]].end
    whole = whole_figure(text[start:end].strip())
    if whole:
        found = [{**whole, "indicator": task["title"], "rule": "table_year", "start": start, "end": end,
                  "task": task["number"], "sentence": text[start:end].strip()}]
    else:
        found = find_targets(text[start:end], offset=start, task=task["number"])
    for target in found:
        target["year"] = year
        if year:  # the indicator names its year: three cells "200辆" are three yearly goals of one task
            target["indicator"] = f"{target['indicator']}（{year}年）"
    return found



def whole_figure(cell: str) -> dict | None:
    """"200辆" alone in a cell of a year column: the cell is the figure, a target stated by its column."""
    quantities = list(find_quantities(cell))
    if len(quantities) != 1 or (quantities[0].start, quantities[0].end) != (0, len(cell)) or not quantities[0].unit:
        return None
    quantity = quantities[0]
    return {"text": cell, "indicator": "", "value": quantity.value, "unit": quantity.unit,
            "comparator": "range" if quantity.value_max is not None else ">=", "value_max": quantity.value_max,
            "kind": "ratio" if quantity.unit in ("%", "％") else "absolute", "unsure": False}
