"""Rows of an annexed task list whose task cells carry no number of their own ("类别 / 项目 / 主要任务 / 牵头单位 /
配合单位"): the group cells ("一、做好政策保障", "1.做好规划配套", a 项目 cell spanning rows, printed over two
lines) are short lines without sentence marks; a task cell is a sentence; the unit cells follow it. Each row is
numbered by the group cell above it ("1", or "2-1", "2-2" when a group holds several rows).
"""

import re

from .table_cells import schedule_cell

_SENTENCE = re.compile(r"[，,。；;：:]")
_GROUP_NUMBER = re.compile(r"^(?:(\d{1,3})\s*[.．、]|[（(]?([一二三四五六七八九十]{1,3})[）)、])")
_END = re.compile(r"^附件|^附表")
_MIN_TASK = 24  # a cell this long is a task's sentence even without a mark


def content_rows(
    lines, start: int, units, short_tasks: bool = False, scheduled: bool = False
) -> tuple[list[tuple], int]:
    """Rows as (task cell line, unit cell lines, number, body, name or None) and the line after the list; ``units``
    tells a unit cell ("区委编办、各街道") from the others. A group cell without a number right above a task cell
    ("加强规划引领") is that row's name. ``short_tasks``: the units end each row (no schedule column after them), so a
    short cell right above unit cells is a task cell. ``scheduled``: a schedule cell closes each row, so the cell right
    after a row's unit cells is its schedule ("重大节日"), no name of the next row."""
    rows: list[list] = []
    group = None
    names: dict[int, str] = {}  # task cell line -> the name cell printed right above it
    name, name_at, group_at = None, None, None
    cursor = start
    while cursor < len(lines) and not _END.match(lines[cursor].text.strip()):
        squashed = re.sub(r"\s+", "", lines[cursor].text)
        continued = rows and rows[-1][1] and re.sub(r"\s+", "", lines[rows[-1][1][-1]].text).endswith("、")
        if rows and (continued or units(squashed) is not None) and len(rows[-1]) == 4:
            rows[-1][1].append(cursor)
        elif _SENTENCE.search(squashed) or len(squashed) >= _MIN_TASK or short_tasks and _short_task(lines, cursor, squashed, units):
            rows.append([cursor, [], group, lines[cursor].text.strip()])
            if name_at == cursor - 1:
                names[cursor] = name
        else:  # a group cell: the rows below it belong to it
            number = _GROUP_NUMBER.match(squashed)
            if number and number.group(1):
                group = number.group(1)
            # "加强规划引领" right above the task cell is the row's name; a group cell printed over two lines
            # ("5.实化运行消防" / "安全委员会") is none, and a schedule cell ("2025年6月") is the row above's.
            after_units = scheduled and rows and rows[-1][1] and rows[-1][1][-1] == cursor - 1
            if not schedule_cell(squashed) and not after_units:
                if not number and cursor - 1 not in (name_at, group_at):
                    name, name_at = squashed, cursor
                group_at = cursor
            if rows and len(rows[-1]) == 4:
                rows[-1].append("closed")  # no unit cell after a group cell
        cursor += 1
    if not rows or not any(row[1] for row in rows):
        return [], start
    return [(*row, names.get(row[0])) for row in _numbered(rows)], cursor


def _short_task(lines, cursor: int, squashed: str, units) -> bool:
    """"出租屋安全隐患" / "社会事业处": a short cell with the unit cells right below it is the row's task cell (a group or
    name cell stands above a task cell, not above units)."""
    following = re.sub(r"\s+", "", lines[cursor + 1].text) if cursor + 1 < len(lines) else ""
    return bool(following) and units(following) is not None and units(squashed) is None \
        and not _GROUP_NUMBER.match(squashed) and not schedule_cell(squashed)


def _numbered(rows: list[list]) -> list[tuple]:
    counts: dict = {}
    for row in rows:
        counts[row[2]] = counts.get(row[2], 0) + 1
    seen: dict = {}
    numbered = []
    for index, (line, unit_lines, group, body, *_) in enumerate(rows, start=1):
        seen[group] = seen.get(group, 0) + 1
        number = str(index) if group is None else group if counts[group] == 1 else f"{group}-{seen[group]}"
        numbered.append((line, unit_lines, number, body))
    return numbered
