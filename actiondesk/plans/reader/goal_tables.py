"""A table of the plan's goals with no unit column, printed one cell a line under its caption:

    表2“十四五”新增养老床位数任务表 / “十三五”末存量 / “十四五”计划新增量 / 养老床位数（张） / 其中普惠…（张） / … /
    2578 / 210 / 422 / 250
    表3 托位数分年度目标表 / 年份 / 累计托位数（个） / 每千人口托位数（个） / 2021年 / 610 / 1.58 / 2022年 / …

The caption names a table of goals or tasks (…目标表, …任务表); the labels ending in a unit bracket are its figure
columns, the labels before them without one group the columns in equal runs. Each figure is a goal in its column's unit
(by year when rows open with a year label), but none under a group of where the plan starts from ("末存量", "完成值")."""

import re

from .numbered_cells import squash
from .table_cells import header_unit

_CAPTION = re.compile(r"^表\s*\d{1,2}\s*\S.{0,40}(?:目标|任务)表$")
_FIGURE = re.compile(r"^\d+(?:\.\d+)?$")
_YEAR = re.compile(r"^(20\d\d)年(?:度)?$")
_ROW_LABEL = re.compile(r"^(?:年份|年度|时间)$")
_PAST_GROUP = re.compile(r"存量|现状|完成值|基期|基数|实际")
_MAX_LABELS = 12


def read_goal_table(lines, start: int) -> tuple[list[dict], int] | None:
    """(targets, the line after the table) when a captioned goal table starts at ``start``, else None."""
    if not _CAPTION.match(squash(lines[start])):
        return None
    cursor, groups, columns = start + 1, [], []
    while cursor < len(lines) and len(groups) + len(columns) < _MAX_LABELS:
        cell = squash(lines[cursor])
        if _FIGURE.match(cell) or _YEAR.match(cell) or not cell or lines[cursor].item:
            break
        if columns and not header_unit(cell):
            return None  # a label without a unit after the figure columns: no table of this shape
        (columns if header_unit(cell) else groups).append(cell)
        cursor += 1
    if not columns:
        return None
    if len(groups) == 1 and _ROW_LABEL.match(groups[0]):
        return _year_rows(lines, cursor, columns)
    return _figure_row(lines, cursor, columns, groups)


def _figure_row(lines, cursor: int, columns: list[str], groups: list[str]):
    figures = lines[cursor : cursor + len(columns)]
    if len(figures) < len(columns) or not all(_FIGURE.match(squash(line)) for line in figures):
        return None
    if groups and len(columns) % len(groups):
        return None
    each = len(columns) // len(groups) if groups else len(columns)
    targets = [
        _target(line, column, None)
        for index, (line, column) in enumerate(zip(figures, columns, strict=True))
        if not (groups and _PAST_GROUP.search(groups[index // each]))
    ]
    return targets, cursor + len(columns)


def _year_rows(lines, cursor: int, columns: list[str]):
    targets = []
    while cursor + len(columns) < len(lines) and _YEAR.match(squash(lines[cursor])):
        figures = lines[cursor + 1 : cursor + 1 + len(columns)]
        if not all(_FIGURE.match(squash(line)) for line in figures):
            break
        year = int(_YEAR.match(squash(lines[cursor])).group(1))
        targets += [_target(line, column, year) for line, column in zip(figures, columns, strict=True)]
        cursor += 1 + len(columns)
    return (targets, cursor) if targets else None


def _target(line, column: str, year: int | None) -> dict:
    cell = squash(line)
    unit = header_unit(column)
    name = re.sub(r"[（(][^（）()]*[）)]$", "", column)
    return {
        "text": cell,
        "indicator": f"{name}（{year}年）" if year else name,
        "value": float(cell) if "." in cell else int(cell),
        "unit": unit,
        "comparator": ">=",
        "value_max": None,
        "kind": "ratio" if unit in ("%", "％") else "absolute",
        "rule": "table_year" if year else "table_column",
        "unsure": False,
        "start": line.start,
        "end": line.end,
        "task": None,
        "sentence": cell,
        **({"year": year} if year else {}),
    }
