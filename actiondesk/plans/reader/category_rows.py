"""Task tables exported one cell per line whose rows sit under a category column and year sub-rows.

The header opens with a category column before 序号 ("类别 / 序号 / 主要任务 / 节点 / 指标数 / 责任单位 / 配合单位"). A
category cell is printed as its number ("1.") and then one character per line ("分" / "类" / "投" / "放"); row numbers
restart at 1 in each category. A row is its number, its task cell (one or more lines), then sub-rows, each a year
cell ("2018年", "2018—2020年"), the cell of its figure ("24.3万户/682个") and, in the first sub-row or in a sub-row
with units of its own, the unit lines of the 责任单位 and 配合单位 columns.

Both unit columns print one unit per line with nothing between the two cells, so the split is a convention (rule
``table_unit_lines``): the first unit line is the 责任单位 cell, the other lines the 配合单位 cell; a run of more than
one line is marked unsure (待确认) for a person to check. A later sub-row with unit lines of its own is a task of its
own (numbered by its year or its label, "6-2019"), its first unit line the lead, its 配合单位 those of the row when it
prints none. The figures of every sub-row are targets of its task.
"""

import re

from .annex_tables import whole_figure
from .departments import split_names
from .numbered_cells import squash
from .numbering import headline
from .table_cells import names_a_body, unit_cell
from .table_labels import GROUP_HEAD, LEAD_HEAD, NUMBER_HEAD, SUPPORT_HEAD
from .targets import find_targets

_CATEGORY = re.compile(r"^\d{1,2}[.．、]$")
_ROW = re.compile(r"^\d{1,3}$")
_YEAR = re.compile(r"^20\d\d年?(?:[—－\-~～至]20\d\d)?年$")
# "634吨/日": a figure per day (per month, per year) written with its period.
_RATE = re.compile(r"^(?P<value>\d+(?:\.\d+)?)(?P<unit>[^\d/]{1,3}/[日天月年])$")
# "干垃圾末端控制量": a row whose task is a quantity to hold down states caps.
_CAP = re.compile(r"控制量|控制在|上限")


def unit_lines(cell: str) -> list[str] | None:
    """The bodies named by one unit line: "区绿化市容局", or a list sharing its last word ("欧阳、曲阳、广中街道");
    a figure ("2个街道") is none."""
    if re.match(r"\d", cell):
        return None
    names = unit_cell(cell)
    if names is not None:
        return names
    parts = split_names(cell)
    if len(parts) > 1 and names_a_body(parts[-1]) and all(2 <= len(part) <= 12 for part in parts) \
            and not re.search(r"\d|全覆盖", cell):
        return parts
    return None


def figures(line, task: dict) -> list[dict]:
    """The targets of a figure cell: "345个", "24.3万户/682个" (two figures), "634吨/日" (a rate), "党政机关全覆盖"."""
    cell = line.text.strip()
    at = line.start + line.text.index(cell) if cell else line.start
    parts = cell.split("/") if all(re.match(r"\d", part) for part in cell.split("/")) else [cell]
    found = []
    for part in parts:
        rate = _RATE.match(part)
        whole = whole_figure(part) or (rate and {
            "text": part, "indicator": "", "value": float(rate["value"]) if "." in rate["value"] else int(rate["value"]),
            "unit": rate["unit"], "comparator": ">=", "value_max": None, "kind": "absolute", "unsure": False})
        if not whole:
            found += find_targets(cell, offset=at, task=task["number"]) if part == cell else []
            continue
        found.append({**whole, "text": cell, "indicator": task["title"], "rule": "table_year", "start": at,
                      "end": at + len(cell), "task": task["number"], "sentence": cell})
    if _CAP.search(task["title"]):
        for target in found:
            target["comparator"] = "<=" if target["comparator"] == ">=" else target["comparator"]
    return found


def category_header(lines, index: int) -> int | None:
    """The line after the header when a category-first header with 责任单位 and 配合单位 starts at ``index``."""
    if not GROUP_HEAD.match(squash(lines[index])) or index + 1 >= len(lines) \
            or not NUMBER_HEAD.match(squash(lines[index + 1])):
        return None
    labels, cursor = [], index + 2
    while cursor < len(lines) and len(labels) < 8 and not _CATEGORY.match(squash(lines[cursor])):
        labels.append(squash(lines[cursor]))
        cursor += 1
    if len(labels) < 3 or not labels[-2:] or not LEAD_HEAD.match(labels[-2]) or not SUPPORT_HEAD.match(labels[-1]):
        return None
    return cursor if cursor < len(lines) else None


def _skip_category(lines, cursor: int) -> int:
    """Past a category cell: "1." and its characters, one per line (printed again after a page break)."""
    while cursor < len(lines) and _CATEGORY.match(squash(lines[cursor])):
        cursor += 1
        while cursor < len(lines) and len(squash(lines[cursor])) == 1 and not _ROW.match(squash(lines[cursor])):
            cursor += 1
    return cursor


def read_category_rows(lines, start: int) -> tuple[list[dict], int]:
    """The tasks of the table whose header ends at ``start`` and the line after the table."""
    tasks: list[dict] = []
    cursor = _skip_category(lines, start)
    expected = 1
    while cursor < len(lines):
        cursor = _skip_category(lines, cursor)
        if cursor >= len(lines) or not _ROW.match(squash(lines[cursor])):
            break
        number = int(squash(lines[cursor]))
        if number not in (expected, 1):
            break
        found, after = _row(lines, cursor, len(tasks))
        if not found:
            break
        tasks += found
        cursor, expected = after, number + 1
    return tasks, cursor


def _row(lines, cursor: int, before: int) -> tuple[list[dict], int]:
    number = squash(lines[cursor])
    text_lines = []
    cursor += 1
    while cursor < len(lines) and not _YEAR.match(squash(lines[cursor])) and len(text_lines) < 4:
        text_lines.append(lines[cursor])
        cursor += 1
    if not text_lines or cursor >= len(lines) or not _YEAR.match(squash(lines[cursor])):
        return [], cursor
    body = "".join(squash(line) for line in text_lines)
    found: list[dict] = []
    while cursor + 1 < len(lines) and _YEAR.match(squash(lines[cursor])):
        year, figure = squash(lines[cursor]), lines[cursor + 1]
        cursor += 2
        units = []
        while cursor < len(lines) and unit_lines(squash(lines[cursor])) is not None:
            units.append(unit_lines(squash(lines[cursor])))
            cursor += 1
        if found and not units:
            found[-1]["column_targets"] += figures(figure, found[-1])
            continue
        label = year if not found or year != found[0]["year"] else squash(figure)
        lead = units[0] if units else []
        support = [name for cell in units[1:] for name in cell if name not in lead]
        if found and len(units) == 1:
            support = [name for name in found[0]["support"] if name not in lead]
        found.append({
            "number": number if not found else f"{number}-{label}", "title": headline(body)[0].rstrip("。；;"),
            "group": None, "lead": list(lead), "support": support, "text": body, "year": year,
            "responsibility": "、".join(lead + support), "rule": "table_unit_lines",
            "unsure": not lead or len(units) > 1, "start": text_lines[0].start, "end": text_lines[-1].end,
            "column_targets": [],
            # The task cell's own figures once, in the row's first task; a sub-row states only its figure cell.
            "target_spans": [(text_lines[0].start, text_lines[-1].end) if not found else (figure.start, figure.start)],
        })
        found[-1]["column_targets"] += figures(figure, found[-1])
    for task in found:
        del task["year"]
    return found, cursor
