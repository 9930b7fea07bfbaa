"""An indicator grid whose first column names who answers for it, printed one cell per line in blocks:

    主要责任单位 / 新能源环卫车辆配置（辆） / 环卫小压站规范升级（座） / 区绿化市容局 / 2024年 / 2025年 / 2024年 / 2025年 /
    40 / 38 / 13 / 12

A block opens with the unit label and the indicator headings (a unit of measure in their closing bracket; a block may
repeat the label before each heading), then the unit cells and the year labels, then one figure per year label ('/'
is none). Each indicator is a task of the units of its block — of the unit cells before its own run of year labels
when each indicator has its own — and each figure a target of its year with the heading's unit of measure."""

import re

from .departments import split_names
from .numbered_cells import squash
from .table_cells import unit_cell

_UNIT_LABEL = re.compile(r"^(?:主要)?(?:责任|牵头)(?:单位|部门)$")
_INDICATOR = re.compile(r"^(?P<name>[^。；;，,：:]{2,30}?)[（(](?P<unit>[^（()）\d]{1,4})[）)]$")
_YEAR = re.compile(r"^(20\d\d)年$")
_FIGURE = re.compile(r"^(?:\d+(?:\.\d+)?|[/／—－-]+)$")


# "指标名称 / 目标 / 指标类型": the header of an indicator table with no column for who answers for the indicators.
_NAME_LABEL = re.compile(r"^指标(?:名称|内容)?$")
_GOAL_LABEL = re.compile(r"^(?:目标|目标值|预期目标|\d{4}年目标)$")
_KIND_LABEL = re.compile(r"^(?:指标类型|指标属性|属性|类型)$")
_OWNER_LABEL = re.compile(r"单位|部门")


def unowned_indicator_table(lines, start: int) -> int | None:
    """The line after an indicator table that names no one responsible ("指标名称 / 目标 / 指标类型", its rows up to the
    next heading; a label may be wrapped over two lines, "指标" / "类型"): its cells are the plan's own description of
    its aims, neither tasks nor targets (the corpus's reading); None when no such table starts at ``start``."""
    cursor = start
    for label in (_NAME_LABEL, _GOAL_LABEL, _KIND_LABEL):
        wrapped = ["".join(squash(line) for line in lines[cursor : cursor + size]) for size in (1, 2)]
        taken = next((size for size, joined in zip((1, 2), wrapped, strict=True) if label.match(joined)), None)
        if taken is None:
            return None
        cursor += taken
    if any(_OWNER_LABEL.search(squash(line)) for line in lines[cursor : cursor + 1]):
        return None
    while cursor < len(lines) and not lines[cursor].item:
        cursor += 1
    return cursor


def read_indicator_grid(text: str, lines, start: int) -> tuple[list[dict], int] | None:
    """(tasks, the line after the grid) when an indicator grid starts at ``start``, else None."""
    if not _UNIT_LABEL.match(squash(lines[start])):
        return None
    tasks: list[dict] = []
    cursor = start
    while cursor < len(lines) and _UNIT_LABEL.match(squash(lines[cursor])):
        block = _block(text, lines, cursor, len(tasks))
        if not block:
            break
        tasks += block[0]
        cursor = block[1]
    return (tasks, cursor) if tasks else None


def _block(text: str, lines, cursor: int, done: int):
    indicators = []
    while cursor < len(lines) and (_UNIT_LABEL.match(squash(lines[cursor])) or _INDICATOR.match(squash(lines[cursor]))):
        if _INDICATOR.match(squash(lines[cursor])):
            indicators.append(_INDICATOR.match(squash(lines[cursor])))
        cursor += 1
    groups: list[list[str]] = []  # unit cells, each group closed by a run of year labels
    years: list[int] = []
    units: list[str] = []
    while cursor < len(lines):
        cell = squash(lines[cursor])
        year = _YEAR.match(cell)
        if year:
            if units:
                groups.append(units)
                units = []
            years.append(int(year.group(1)))
        elif unit_cell(cell) and not _FIGURE.match(cell):
            units.append(cell)
        else:
            break
        cursor += 1
    figures = lines[cursor:cursor + len(years)]
    if not indicators or not years or units or len(years) % len(indicators) or len(figures) < len(years) \
            or not all(_FIGURE.match(squash(line)) for line in figures) or len(groups) not in (1, len(indicators)):
        return None
    each = len(years) // len(indicators)
    tasks = []
    for index, indicator in enumerate(indicators):
        names = [name for cell in groups[index if len(groups) > 1 else 0] for name in split_names(cell)]
        own = figures[index * each:(index + 1) * each]
        number = str(done + index + 1)
        title = indicator.group("name")
        targets = [_target(line, indicator.group("unit"), title, year, number)
                   for line, year in zip(own, years[index * each:(index + 1) * each], strict=True)
                   if re.match(r"\d", squash(line))]
        tasks.append({
            "number": number, "title": title, "group": None, "lead": names, "support": [], "text": title,
            "responsibility": "、".join(names), "rule": "table", "unsure": not names,
            "start": own[0].start, "end": own[-1].end, "target_span": (own[0].start, own[0].start),
            "column_targets": targets,
        })
    return tasks, cursor + len(years)


def _target(line, unit: str, title: str, year: int, number: str) -> dict:
    cell = squash(line)
    return {
        "text": cell, "indicator": f"{title}（{year}年）", "value": float(cell) if "." in cell else int(cell),
        "unit": unit, "comparator": ">=", "value_max": None, "kind": "ratio" if unit in ("%", "％") else "absolute",
        "rule": "table_year", "unsure": False, "start": line.start, "end": line.end, "task": number,
        "sentence": cell, "year": year,
    }
