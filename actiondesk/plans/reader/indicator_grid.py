"""An indicator grid whose first column names who answers for it, printed one cell per line in blocks:

    主要责任单位 / 新能源环卫车辆配置（辆） / 环卫小压站规范升级（座） / 区绿化市容局 / 2024年 / 2025年 / 2024年 / 2025年 /
    40 / 38 / 13 / 12

A block opens with the unit label and the indicator headings (a unit of measure in their closing bracket; a block may
repeat the label before each heading), then the unit cells and the year labels, then one figure per year label ('/'
is none). Each indicator is a task of the units of its block — of the unit cells before its own run of year labels
when each indicator has its own — and each figure a target of its year with the heading's unit of measure."""

import re
from difflib import SequenceMatcher

from .departments import split_names
from .numbered_cells import squash
from .table_cells import unit_cell

_UNIT_LABEL = re.compile(r"^(?:主要)?(?:责任|落实|牵头)(?:单位|部门|主体)$")
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


# "类别 / 序号 / 指标 / 单位 / 2025年": an indicator table with a column for the unit of measure and one per goal, and none
# for who answers for the indicators. Its category cells span rows and may be printed over several lines ('商业流通' /
# '基础设施'); an indicator cell may run over two lines; a goal cell may carry a comparison sign ('>100').
_CATEGORY_LABEL = re.compile(r"^(?:类别|类型|分类|领域|方面|维度)$")
_NUMBER_LABEL = re.compile(r"^序号$")
_MEASURE_LABEL = re.compile(r"^(?:计量)?单位$")
_VALUE_LABEL = re.compile(r"^(?:(?P<year>20\d\d)年(?:目标值?)?|目标值?|预期目标)$")
_PAST_LABEL = re.compile(r"基期|基数|现状|完成值|实际")
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
_GOAL_CELL = re.compile(r"^(?P<sign>[>＞≥<＜≤])?(?P<value>\d+(?:\.\d+)?)$")
_NO_GOAL = re.compile(r"^[/／—－-]+$")
_MEASURE = re.compile(r"^[^\d\s（(【\[/／—－-][^\d\s]{0,5}$")
_SIGNS = {">": ">=", "＞": ">=", "≥": ">=", "<": "<=", "＜": "<=", "≤": "<="}  # '>100' read as 超过 is: a floor


def read_indicator_table(lines, start: int) -> tuple[list[dict], int] | None:
    """(targets, the line after the table) when an indicator table with a unit-of-measure column starts at
    ``start`` (see above), else None. Each goal cell is a target of the plan in its row's unit; no row is a task."""
    cursor, categories, values = start, False, []
    if _CATEGORY_LABEL.match(squash(lines[cursor])):
        cursor, categories = cursor + 1, True
    for label in (_NUMBER_LABEL, _NAME_LABEL, _MEASURE_LABEL):
        if cursor >= len(lines) or not label.match(squash(lines[cursor])):
            return None
        cursor += 1
    while cursor < len(lines) and _VALUE_LABEL.match(squash(lines[cursor])):
        values.append(squash(lines[cursor]))
        cursor += 1
    if not values:
        return None
    targets, rows = [], 0
    while cursor < len(lines) and not lines[cursor].item:
        row = _indicator_row(lines, cursor, values) if _ROW_NUMBER.match(squash(lines[cursor])) else None
        if row:
            targets += row[0]
            cursor, rows = row[1], rows + 1
        elif categories and any(_ROW_NUMBER.match(squash(line)) for line in lines[cursor + 1:cursor + 4]):
            cursor += 1  # a category cell spanning the rows below, maybe over two lines ('商业流通' / '基础设施')
        else:
            break
    return (targets, cursor) if rows >= 2 else None


def _indicator_row(lines, cursor: int, values: list[str]):
    """(targets, the line after the row): '1' / the indicator over one or two lines / its unit / one cell a goal."""
    for size in (1, 2):
        names = lines[cursor + 1:cursor + 1 + size]
        measure = cursor + 1 + size
        cells = lines[measure + 1:measure + 1 + len(values)]
        if measure >= len(lines) or len(cells) < len(values) or any(line.item for line in names):
            return None
        if any(_ROW_NUMBER.match(squash(line)) or _GOAL_CELL.match(squash(line)) for line in names):
            return None
        if _MEASURE.match(squash(lines[measure])) and all(_GOAL_CELL.match(squash(line)) or _NO_GOAL.match(
                squash(line)) for line in cells):
            name = "".join(squash(line) for line in names)
            targets = [_indicator_target(names, lines[measure], line, name, label, len(values) > 1)
                       for line, label in zip(cells, values, strict=True)
                       if _GOAL_CELL.match(squash(line)) and not _PAST_LABEL.search(label)]
            return targets, measure + 1 + len(values)
    return None


def _indicator_target(names, measure, line, name: str, label: str, by_label: bool) -> dict:
    cell, unit = _GOAL_CELL.match(squash(line)), squash(measure)
    year = _VALUE_LABEL.match(label).group("year")
    text = " ".join(row.text.strip() for row in [*names, measure, line])  # '新建…综合体 （含服务中心） 家 >100'
    return {
        "text": text, "indicator": f"{name}（{label}）" if by_label else name,
        "value": float(cell.group("value")) if "." in cell.group("value") else int(cell.group("value")),
        "unit": unit, "comparator": _SIGNS.get(cell.group("sign"), ">="), "value_max": None,
        "kind": "ratio" if unit in ("%", "％") else "absolute", "rule": "table_indicator", "unsure": False,
        "start": names[0].start, "end": line.end, "task": None, "sentence": text, **({"year": int(year)} if year else {}),
    }


_RESTATING_RUN = 4  # '农产品商品化预处理' in '实现重点农产品商品化预处理100%'; not '覆盖率' alone


def drop_restated_rows(targets: list[dict]) -> list[dict]:
    """Without the indicator-table rows the plan states again in its text: a row whose figure and unit a goal of the
    text has and whose indicator shares a run of words with that goal's ('新增冷库库容 万立方米 1500' and '全省新增冷库库容
    1500万立方米') is that goal, read once — from the sentence."""
    stated = [target for target in targets if target["rule"] != "table_indicator"]

    def restated(row: dict) -> bool:
        name = re.sub(r"[（(][^（）()]*[）)]$", "", row["indicator"])
        return any((goal["value"], goal["unit"]) == (row["value"], row["unit"]) and _common_run(name, goal["text"])
                   >= _RESTATING_RUN for goal in stated)

    return [target for target in targets if target["rule"] != "table_indicator" or not restated(target)]


def _common_run(one: str, other: str) -> int:
    return SequenceMatcher(None, one, other, autojunk=False).find_longest_match(0, len(one), 0, len(other)).size
