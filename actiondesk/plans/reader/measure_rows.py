"""Numbered task tables whose 序号 rows each hold several measures numbered across the whole table ("序号 / 主要工作任务 /
具体工作措施 / 完成时限 / 主要责任单位 / 任务来源"): "1" / "推进生态文明建设" / "1、建立…" / "3月" / "区经发局" / "区环土局" /
"1、…（岚综委〔2016〕5号）" / … / "2、制定…" / "6月" / "区环土局" / … / "2" / "分解推动…" / "7、分解细化…".

Each measure ("k、…", k following the measure before it, its schedule cell right below it) is a task of its own,
of the group its 序号 row names; its unit lines follow the schedule cell. The lines after them belong to columns to the
right of the units ("任务来源", numbered "1、2、…" anew in each group): no task words and no units. A note under the
table ("注：主要责任单位第一个为牵头单位，其余为主要配合单位") makes each row's first unit its lead.
"""

import re

from .numbering import headline
from .role_words import LEAD
from .table_cells import schedule_cell, schedule_column, unit_cell
from .table_labels import FIRST_LEADS_TABLE_NOTE

_MEASURE = re.compile(r"^(?P<number>\d{1,3})\s*[、.．]\s*(?P<body>\S.*)$")
_GROUP_NUMBER = re.compile(r"^\d{1,3}$")
_END = re.compile(r"^(?:注[:：]|附件|附表)|^20\d\d年\d{1,2}月\d{1,2}日")
_NOTE_LINES = 3  # the note stands right under the table
_MEASURE_LINES = 3  # a measure cell may run over up to three lines


def _clean(line) -> str:
    return line.text.strip().rstrip("|").strip()


def _measure(lines, index: int, expected: int, with_schedule: bool) -> tuple[re.Match, int] | None:
    """The measure numbered ``expected`` on line ``index`` and the number of its lines: its schedule cell (or, without
    a schedule column, a unit cell) stands right below it, or below one or two lines it runs on over."""
    found = _MEASURE.match(_clean(lines[index]))
    if not found or int(found.group("number")) != expected:
        return None
    for width in range(1, _MEASURE_LINES + 1):
        if index + width >= len(lines):
            return None
        below = _clean(lines[index + width])
        if schedule_cell(below) if with_schedule else unit_cell(below) is not None:
            return found, width
        if not below or _MEASURE.match(below) or schedule_cell(below) or unit_cell(below) is not None:
            return None
    return None


def read_measure_rows(text: str, lines, start: int, columns) -> tuple[list[dict], int] | None:
    """Tasks of a table whose rows hold measures numbered across the table, and the line after it; None when the
    first row holds fewer than two measures (the table is read row by row elsewhere)."""
    roles = [column.role for column in columns]
    if LEAD not in roles or roles.index(LEAD) < 3:  # 序号, a group name and the measures before the units
        return None
    with_schedule = any(schedule_column(column.label) for column in columns[: roles.index(LEAD)])
    if (
        start + 2 >= len(lines)
        or _clean(lines[start]) != "1"
        or not _measure(lines, start + 2, 1, with_schedule)
    ):
        return None
    rows: list[dict] = []
    group, expected_group, expected, cursor, state = None, 1, 1, start, None
    while cursor < len(lines):
        line = _clean(lines[cursor])
        if not line or _END.match(line):
            break
        if line == str(expected_group) and _GROUP_NUMBER.match(line) and cursor + 1 < len(lines):
            group, expected_group, cursor = _clean(lines[cursor + 1]), expected_group + 1, cursor + 2
            state = None
            continue
        measure = _measure(lines, cursor, expected, with_schedule)
        if measure:
            found, width = measure
            rows.append(
                {
                    "number": found.group("number"),
                    "group": group,
                    "line": lines[cursor],
                    "last": lines[cursor + width - 1],
                    "opening": found.group("body"),
                    "body": found.group("body")
                    + "".join(_clean(line) for line in lines[cursor + 1 : cursor + width]),
                    "units": [],
                }
            )
            expected += 1
            cursor += width + (1 if with_schedule else 0)
            state = "units"
            continue
        names = unit_cell(line) if state == "units" and not _MEASURE.match(line) else None
        if names:
            rows[-1]["units"] += [name for name in names if name not in rows[-1]["units"]]
        elif rows:
            state = "other"  # "任务来源" and the like: right of the units
        else:
            return None
        cursor += 1
    if sum(1 for row in rows if row["group"] == rows[0]["group"]) < 2:
        return None
    first_leads = any(
        FIRST_LEADS_TABLE_NOTE.match(_clean(line)) for line in lines[cursor : cursor + _NOTE_LINES]
    )
    return [_task(row, first_leads) for row in rows], cursor


def _task(row: dict, first_leads: bool) -> dict:
    line, body, units, end = row["line"], row["body"], row["units"], row["last"].end
    lead, support = (units[:1], units[1:]) if first_leads else (units, [])
    start = line.start + line.text.find(row["opening"])
    rule = "table_measure" + ("+table_note_first" if first_leads and len(units) > 1 else "")
    return {
        "number": row["number"],
        "group": row["group"],
        "title": headline(body)[0].rstrip("。；;"),
        "lead": lead,
        "support": support,
        "text": body,
        "responsibility": "、".join(units),
        "rule": rule,
        "unsure": not units,
        "start": start,
        "end": end,
        "column_targets": [],
        "target_spans": [(start, end)],
    }
