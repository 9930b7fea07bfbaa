"""Rows of an annexed task list without row numbers whose last column says when ("类别 / 项目内容 / 责任领导 /
责任处室 / 责任人 / 完成时限"): each row ends with its schedule cell ("12月"), which tells one row from the next.

Within a row: a group cell printed in the first row of its group ("改 革 创 新", spaced characters kept) when a group
column stands before the task column, the task cell, the cells of person columns (责任领导: "江裕森", "王 浩" — people,
neither task words nor units), the unit lines, more person cells, then the schedule cell. The header printed again
at a page break ("类别" / "项目内容" / …) is passed over.
"""

import re

from .numbered_cells import squash
from .numbering import headline
from .table_cells import schedule_cell, unit_cell
from .table_labels import GROUP_HEAD, PERSON_HEAD

# "江裕森", "王 浩": a person's name (spaces squashed); "现场会议" is none.
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
# "改 革 创 新" (spaces squashed): a short group cell; a task cell written over two lines ("完善…改革，" / "实现…") is none.
_GROUP_CELL = re.compile(r"^[^，,。；;：:、（）()\d]{2,10}$")
_MAX_ROW_LINES = 24


def person_line(squashed: str) -> bool:
    return bool(_PERSON.match(squashed)) and unit_cell(squashed) is None and not schedule_cell(squashed)


def schedule_rows(lines, header: list[str], start: int, labels: list[str], units_at: int, units):
    """Rows as (task cell line, unit cell lines, number, body, name) read up to each schedule cell, the line after
    the list, and by each row's task line its group and its words (a task cell may run over several lines);
    ``units_at`` is the first unit column, ``units`` tells a unit cell from the others."""
    persons_before = any(PERSON_HEAD.search(label) for label in labels[:units_at])
    grouped = bool(labels) and bool(GROUP_HEAD.match(labels[0]))
    rows, groups, group, cursor = [], {}, None, start
    while cursor < len(lines):
        if [squash(line) for line in lines[cursor : cursor + len(header)]] == header:
            cursor += len(header)  # the header printed again at a page break
            continue
        end = cursor
        while end < len(lines) and end - cursor < _MAX_ROW_LINES and not schedule_cell(squash(lines[end])):
            end += 1
        row = _row(lines, range(cursor, end), units, persons_before, grouped) if end < len(lines) else None
        if row is None or end == cursor:
            break
        task_lines, unit_lines, name = row
        group = name or group
        task_at, body = task_lines[0], lines[task_lines[0]].text.strip()
        words = "".join(lines[index].text.strip() for index in task_lines)  # a task cell over several lines
        groups[task_at] = {
            "group": group,
            "text": words,
            "title": headline(words)[0].rstrip("。；;"),
            "end": lines[task_lines[-1]].end,
        }
        rows.append((task_at, unit_lines, str(len(rows) + 1), body, None))
        cursor = end + 1
    if len(rows) < 2:
        return [], start, {}
    return rows, cursor, groups


def _row(lines, indexes: range, units, persons_before: bool, grouped: bool):
    squashed = [squash(lines[index]) for index in indexes]
    # Under a person column before the units, the unit lines follow a person's name ("组织…推演会" is the task).
    first = next(
        (
            at
            for at in range(1, len(squashed))
            if units(squashed[at]) is not None
            and not person_line(squashed[at])
            and (not persons_before or person_line(squashed[at - 1]))
        ),
        None,
    )
    if first is None:
        return None
    last = first
    while (
        last + 1 < len(squashed)
        and units(squashed[last + 1]) is not None
        and not person_line(squashed[last + 1])
    ):
        last += 1
    before = list(range(first))
    while persons_before and len(before) > 1 and person_line(squashed[before[-1]]):
        before.pop()  # "江裕森": the 责任领导 cell before the units
    name = None
    if grouped and len(before) > 1 and _GROUP_CELL.match(squashed[before[0]]):
        name, before = squashed[before[0]], before[1:]  # "改革创新": the group of this row and the rows below
    return [indexes[at] for at in before], [indexes[at] for at in range(first, last + 1)], name
