"""Rows of a one-cell-per-line task table that share a task cell printed once: a row that starts with its own unit
cells under a 内容 cell spanning it ("3" / "交通建设处" / "设施养护处" / year cells), and, when the unit columns are
the table's last, further content cells with their own unit cells inside one numbered row ("（四）" / task cell /
content / lead / "——" / content / lead / "——"). The 配合 cells, "——" for an empty one, and the year cells after
the unit cells (whose figures are the row's targets) are read here too."""

import re

from .departments import parse_clause_rule, split_names
from .numbering import headline
from .table_cells import WORK_START, schedule_cell, split_row, unit_cell

EMPTY = re.compile(r"[—－\-–]{1,3}|无|/")
_ALIAS = re.compile(r"[（(][^（）()\d]{2,10}[）)]")
_DIVISION = re.compile(r"(?![市区县省])[\u4e00-\u9fff]{1,6}[处科室]")  # "基层处": a body's own division
_PLAIN_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}")


def support_cells(after: list[str], one: bool = False) -> tuple[list[str], int]:
    """The units of the 配合 column and how many lines they take: a cell wrapped after "、" ("区绿化市容局、" /
    "区农业农村委") and the unit lines that follow it (three unit lines under 牵头 and 配合: the lead cell holds the
    first)."""
    names: list[str] = []
    cell = ""
    used = 0
    for index, line in enumerate(after):
        if EMPTY.fullmatch(line) and not cell:  # "——": an empty 配合 cell
            return names, index + 1
        if names and not cell and _ALIAS.fullmatch(line):  # "市商务委" / "（市口岸办）": the alias of the name above
            names[-1], used = names[-1] + line, index + 1
            continue
        cell += line
        if line.endswith(("、", "，", ",")):
            continue
        units = unit_cell(cell)
        if units is None and (names or index + 1 < len(after) and unit_cell(after[index + 1])) \
                and _PLAIN_NAME.fullmatch(cell) and not schedule_cell(cell) \
                and not WORK_START.match(cell):
            units = [cell]  # "中远海运", "亿通国际" in a run of names one a line: a name, though no body word ends it
        if units is None or one and all(_DIVISION.fullmatch(name) for name in units):
            break  # "科教处" beside an empty 配合 cell joined to the lead's: the first of the divisions' cells
        names += [name for name in units if name not in names]
        cell, used = "", index + 1
        if one:  # more columns follow (a body's own divisions): the 配合 cell is the one cell
            break
    return names, used


def year_spans(lines, row_lines: list[int], skip: int) -> list[tuple[int, int]]:
    """The lines of a row after its unit cells, under year columns: each a span whose figures are targets."""
    return [(lines[index].start, lines[index].end) for index in row_lines[1 + skip:]]


def spanned_task(lines, number: str, row_lines: list[int], cells: list[str], tasks: list[dict],
                  has_support: bool, years_after: bool) -> None:
    """A row under a task cell that spans it: the task of the row above, with the row's own units and figures."""
    above = tasks[-1]
    _, found, after = split_row(["", *cells], 1)
    support, used = support_cells(after) if has_support else ([], 0)
    lead = list(found or [])
    tasks.append({
        **{key: above[key] for key in ("title", "group", "text", "start", "end")}, "number": number,
        "lead": lead, "support": [name for name in support if name not in lead],
        "responsibility": "、".join(lead + support), "rule": "table_spanning_task", "unsure": not lead,
        "column_targets": [],
        "target_spans": year_spans(lines, row_lines, len(cells) - len(after) + used) if years_after else [],
    })


def division_cells(after: list[str], count: int) -> int:
    """How many of the cells after a row's unit cells are the cells of ``count`` columns of a body's own divisions
    ("基层处" / "医政处、中医药处" / "/"): one line each, a name list or empty."""
    used = 0
    while used < min(count, len(after)) and (EMPTY.fullmatch(after[used]) or unit_cell(after[used]) is not None):
        used += 1
    return used


def sub_rows(lines, number: str, row_lines: list[int], cells: list[str], rest: list[str], name: str,
             has_support: bool, divisions: int = 0) -> list[dict]:
    """Further rows of one task cell when the unit columns are the table's last: after the row's 配合 cells, a
    content cell and its own unit cells ("开展…工作。" / "区绿化市容局" / "——") are another task of that cell."""
    found: list[dict] = []
    while len(rest) >= 2 and unit_cell(rest[0]) is None and not EMPTY.fullmatch(rest[0]):
        _, units, after = split_row(rest, 1)
        if units is None:
            break
        support, used = support_cells(after, one=bool(divisions)) if has_support else ([], 0)
        used += division_cells(after[used:], divisions)
        line = lines[row_lines[1 + len(cells) - len(rest)]]
        body = name + rest[0]
        found.append({
            "number": f"{number}-{len(found) + 2}", "title": headline(body)[0].rstrip("。；;"), "group": None,
            "lead": list(units), "support": [unit for unit in support if unit not in units], "text": body,
            "responsibility": "、".join(list(units) + support), "rule": "table_sub_row", "unsure": not units,
            "start": line.start, "end": line.end, "column_targets": [],
        })
        rest = after[used:]
    return found


_ROLE_WORD = re.compile(r"牵头|配合|协同|协办|参与")
_WORDED_RULES = ("wording", "named_as", "together", "lead_groups", "lead_mark")


def worded_cell(cell: str) -> tuple[list[str], list[str], str] | None:
    """A unit cell that says in words who leads ("区建管委（牵头）、区规划资源局", "区残联牵头，区民政局配合"): (lead,
    support, the wording's rule), read as the clause reader reads a responsibility clause; None for other cells."""
    if not _ROLE_WORD.search(cell) or len(cell) > 120 or re.search(r"[。；;！？]", cell.rstrip("。；;")):
        return None
    for clause in (cell, "责任单位：" + cell):  # the column's label makes "X（牵头）、Y" a labelled clause
        parsed = parse_clause_rule(clause)
        if parsed and parsed[0] and parsed[2].split("+")[0] in _WORDED_RULES:
            return parsed[0], parsed[1], parsed[2].split("+")[0]
    bare = _LEAD_THEN_NAMES.match(cell.strip())
    if bare and not _ROLE_WORD.search(bare.group("rest")):
        # "区经发局牵头，区交建局、环土局": in a unit cell the names after the 牵头 group work with it.
        lead, support = split_names(bare.group("lead")), split_names(bare.group("rest"))
        if lead and support and all(unit_cell(name) is not None for name in lead + support):
            return lead, support, "lead_then_names"
    return None


_LEAD_THEN_NAMES = re.compile(r"^(?P<lead>[^，,；;：:]+?)牵头\s*[，,；;]\s*(?P<rest>[^；;：:。]+)$")
