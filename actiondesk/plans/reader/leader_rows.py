"""Rows of an annexed table keyed by the person who answers for them ("分管领导 / 大检查重点单位·行业领域单位 /
牵头落实部门"), printed one cell a line without row numbers: each row opens with its person cell ("高凌霞", "林 娟" —
a name, no unit), then its task cells (what the person's row covers), then its unit cells; the next person cell
opens the next row. The person is no unit and no task word. A header printed again at a page break is passed over.
"""

import re

from .numbered_cells import squash
from .numbering import headline
from .schedule_rows import person_line

_MAX_TASK_CELLS = 3  # more lines without a unit cell: the table has ended
# "分管领导", "包村领导", "挂钩领导": the leader a row belongs to (a 联系人 column of a roster is no such key).
_LEADER_HEAD = re.compile(r"领导$")


def keyed_by_person(labels: list[str]) -> bool:
    """Whether the first column names the person of each row ("分管领导", "包村领导", "责任领导")."""
    return bool(labels) and bool(_LEADER_HEAD.search(labels[0]))


def leader_rows(lines, header: list[str], start: int, units):
    """Rows as (task cell line, unit cell lines, number, its first line, None), the line after the table and by each
    row's task line its words (a task cell may run over lines); ``header`` holds the header's lines squashed (to pass
    over a repeat), ``units`` tells a unit cell."""
    rows, words_of, cursor = [], {}, start
    while cursor < len(lines):
        if [squash(line) for line in lines[cursor : cursor + len(header)]] == header:
            cursor += len(header)  # the header printed again at a page break
            continue
        if not person_line(squash(lines[cursor])):
            break
        task_lines = []
        at = cursor + 1
        while at < len(lines) and len(task_lines) < _MAX_TASK_CELLS and squash(lines[at]) \
                and units(squash(lines[at])) is None and not person_line(squash(lines[at])):
            task_lines.append(at)
            at += 1
        unit_lines = []
        while at < len(lines) and squash(lines[at]) and units(squash(lines[at])) is not None:
            unit_lines.append(at)
            at += 1
        if not task_lines or not unit_lines:
            break
        words = "".join(lines[index].text.strip() for index in task_lines)
        words_of[task_lines[0]] = {"group": None, "text": words, "title": headline(words)[0].rstrip("。；;"),
                                   "end": lines[task_lines[-1]].end}
        rows.append((task_lines[0], unit_lines, str(len(rows) + 1), lines[task_lines[0]].text.strip(), None))
        cursor = at
    if len(rows) < 2:
        return [], start, {}
    return rows, cursor, words_of
