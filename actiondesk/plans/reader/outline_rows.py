"""Rows of a task table printed one cell per line whose 序号 cells are outline numerals ("一" … "九", sub-rows
"（一）" … under a parent row): "序号 / 工程包及项目名称 / 2016年计划完成投资(亿元) / 投资重点内容 / 推进单位 / 牵头部门"
then "合计" / "12.17" / "一" / "易地扶贫搬迁工程包" / "3.30" / "实施…" / "区国有资产投资集团有限公司" / "区环境与国土资源局".

A row runs from its number to the next number. Only a row with a cell in every column is a task (its cells fall in
the header's columns in order); a parent row whose sub-rows carry the units ("五" / "信息网络工程包" / "2.30") and a
合计 row fill fewer cells and are no task. The table ends after the last cell of a full row when no number follows.
"""

import re

from .numbered_cells import SquashedLines
from .table_cells import NUMBER_CELL, header_unit

_NUMERAL = "[一二三四五六七八九十]{1,3}"
_ROW_NUMBER = re.compile(rf"^(?:{_NUMERAL}|[（(]{_NUMERAL}[）)])$")
_SUB_ROW = re.compile(r"^[（(]")
_TOTAL = re.compile(r"^(?:合计|总计|小计)$")
_MIN_TASKS = 2


def outline_rows(lines, start: int, labels: list[str]) -> tuple[list[tuple], int, int] | None:
    """Full rows as (row line indexes, cells with the row's number first), the line after the table and the
    number of columns; None unless the table's rows are numbered by outline numerals."""
    squashed = SquashedLines(lines)
    width = len(labels)
    if labels and _TOTAL.match(labels[-1]):  # the 合计 cell, short like a label, was read into the header
        width, start = width - 1, start - 1
    cursor = start
    if cursor < len(lines) and _TOTAL.match(squashed[cursor]):  # "合计" / "12.17" before the first row
        cursor += 1
        while cursor < len(lines) and not _ROW_NUMBER.match(squashed[cursor]) and cursor - start < width:
            cursor += 1
    if cursor >= len(lines) or not _ROW_NUMBER.match(squashed[cursor]) or _SUB_ROW.match(squashed[cursor]):
        return None
    rows: list[tuple] = []
    parent = ""
    while cursor < len(lines) and _ROW_NUMBER.match(squashed[cursor]):
        number = squashed[cursor]
        if _SUB_ROW.match(number):
            number = parent + "（" + number[1:-1] + "）"
        else:
            parent = number
        row_lines = [cursor]
        cursor += 1
        while cursor < len(lines) and len(row_lines) < width and not _ROW_NUMBER.match(squashed[cursor]):
            row_lines.append(cursor)
            cursor += 1
        if len(row_lines) == width:
            rows.append((row_lines, [number] + [lines[index].text.strip() for index in row_lines[1:]]))
    if len(rows) < _MIN_TASKS:
        return None
    return rows, cursor, width


def outline_targets(
    lines, row_lines: list[int], cells: list[str], labels: list[str], task: str
) -> list[dict]:
    """A full row's bare figures under a column whose header states the unit ("2016年计划完成投资(亿元)" / "3.30"):
    each a target of the row (a parent row's or the 合计 row's figure is none)."""
    found = []
    for at, (cell, label) in enumerate(zip(cells, labels, strict=False)):
        unit = header_unit(label)
        figure = NUMBER_CELL.match(re.sub(r"\s+", "", cell)) if at else None
        if unit and figure and not figure.group("high"):
            line = lines[row_lines[at]]
            value = float(figure.group("low")) if "." in figure.group("low") else int(figure.group("low"))
            found.append(
                {
                    "text": cell.strip(),
                    "indicator": re.sub(r"[（(][^（）()]*[）)]$", "", label),
                    "value": value,
                    "unit": unit,
                    "comparator": ">=",
                    "value_max": None,
                    "kind": "table",
                    "rule": "table_column",
                    "unsure": False,
                    "start": line.start,
                    "end": line.end,
                    "task": task,
                    "sentence": cell.strip(),
                }
            )
    return found
