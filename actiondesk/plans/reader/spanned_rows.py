"""Rows of a one-cell-per-line task table that share a task cell printed once: a row that starts with its own unit
cells under a 内容 cell spanning it ("3" / "交通建设处" / "设施养护处" / year cells), and, when the unit columns are
the table's last, further content cells with their own unit cells inside one numbered row ("（四）" / task cell /
content / lead / "——" / content / lead / "——"). The 配合 cells, "——" for an empty one, and the year cells after
the unit cells (whose figures are the row's targets) are read here too."""

import re

from .departments import parse_clause_rule, split_names
from .numbering import headline
from .table_cells import WORK_START, row_number, schedule_cell, split_row, unit_cell
from .table_labels import BUILDER_HEAD, PLACE_HEAD

EMPTY = re.compile(r"[—－\-–]{1,3}|无|/")
_ALIAS = re.compile(r"[（(][^（）()\d]{2,10}[）)]")
_DIVISION = re.compile(r"(?![市区县省])[\u4e00-\u9fff]{1,6}[处科室]")  # "基层处": a body's own division
_PLAIN_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}")


_PARAGRAPHS = 6  # a content cell runs over at most six paragraphs before its schedule cell
_SUPPORT_TAIL = re.compile(r"(?<=[^\s，,、])(?:配合|协助|参与|协同)(?:落实|实施)?$")


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
        units = unit_cell(_SUPPORT_TAIL.sub("", cell))  # "…、各包村工作大队配合": the column's role said again
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
             has_support: bool, divisions: int = 0, closing: int = 0, title: str | None = None,
             width: int = 1, scheduled: bool = False) -> list[dict]:
    """Further rows of one task cell when the unit columns are the table's last (or only ``closing`` schedule columns,
    完成时限, follow them): after the row's 配合 (or schedule) cells, a content cell and its own unit cells ("开展…工作。"
    / "区绿化市容局" / "——") are another task of that cell. A unit cell may name one unit a line, or say in words who
    leads ("甲处配合区乙局落实", "甲处牵头，" / "乙处、丙处配合"). ``title``: the row's name cell titles each sub-row.
    ``scheduled``: a schedule column stands right before the unit columns, so a content cell of several paragraphs
    runs to its schedule cell ("推动…。" / "推动…。" / "11月底前" / units)."""
    found: list[dict] = []
    rest = _past_schedule(rest, closing)
    while len(rest) >= 2 and unit_cell(rest[0]) is None and not EMPTY.fullmatch(rest[0]):
        if len(rest) > 2 and row_number(rest[0]) == number and rest[1] == name:
            rest = rest[2:]  # the row's number and name cell printed again after a page break: the same group
            continue
        line = lines[row_lines[1 + len(cells) - len(rest)]]
        at = next((i for i in range(1, min(len(rest) - 1, _PARAGRAPHS + 1)) if schedule_cell(rest[i])), 0) \
            if scheduled else 0
        if at > 1 and not any(unit_cell(cell) is not None for cell in rest[1:at]):
            end = lines[row_lines[len(cells) - len(rest) + at]].end
            rest = ["".join(rest[:at]), *rest[at:]]
        else:
            end = line.end
        _, units, after = split_row(rest, max(1, width))  # "…；" / "现场调研查阅资料" (评价方法) / "通管办"
        support: list[str] = []
        worded = None if units is not None or not closing else worded_lines(rest[1:])
        if worded:
            units, support, after, _ = worded
        if units is None:
            break
        while closing and not has_support and not worded and after and unit_cell(after[0]) is not None:
            units = units + [unit for unit in unit_cell(after[0]) if unit not in units]  # one unit a line
            after = after[1:]
        used = 0
        if has_support:
            support, used = support_cells(after, one=bool(divisions))
        used += division_cells(after[used:], divisions)
        body = name + rest[0]
        found.append({
            "number": f"{number}-{len(found) + 2}", "title": title or headline(body)[0].rstrip("。；;"), "group": None,
            "lead": list(units), "support": [unit for unit in support if unit not in units], "text": body,
            "responsibility": "、".join(list(units) + support),
            "rule": "table_sub_row" + (f"+{worded[3]}" if worded else ""), "unsure": not units,
            "start": line.start, "end": end, "column_targets": [],
        })
        rest = _past_schedule(after[used:], closing)
    return found


def _past_schedule(rest: list[str], closing: int) -> list[str]:
    """The cells after a sub-row's schedule cells ("2022年4月20日前")."""
    skipped = 0
    while skipped < closing and rest and schedule_cell(rest[0]):
        rest, skipped = rest[1:], skipped + 1
    return rest


def worded_lines(cells: list[str]):
    """(lead, support, cells after, rule) of a unit cell that says in words who leads, over one line or several
    ("甲处牵头，" / "乙处、丙处配合": a line ending in "，" runs on)."""
    cell, last = cells[0] if cells else "", 0
    while cell.endswith(("，", ",", "、")) and last + 1 < len(cells):
        last += 1
        cell += cells[last]
    worded = worded_cell(cell) if cell else None
    if not worded:
        return None
    lead, support = list(worded[0]), list(worded[1])
    # "政法综治处牵头" / "各处室配合" / "各村委会": one name a line, each saying its own role; once a second line says
    # one, the cell runs on over the unit lines below, and a line that says none is of the column (it leads).
    if last + 1 < len(cells) and _ROLE_WORD.search(cells[last + 1]) and _line_roles(cells[last + 1]):
        while last + 1 < len(cells) and (own := _line_roles(cells[last + 1])):
            lead += [name for name in own[0] if name not in lead + support]
            support += [name for name in own[1] if name not in lead + support]
            last += 1
    return lead, support, cells[last + 1:], worded[2]


def _line_roles(line: str) -> tuple[list[str], list[str]] | None:
    """(lead, support) of one unit line: "X牵头", "Y配合" (those who work with the lead, alone on their line), "Z"."""
    assisting = _ASSISTING_LINE.match(line)
    if assisting:
        names = unit_cell(assisting.group("names"))
        return ([], names) if names else None
    worded = worded_cell(line) if _ROLE_WORD.search(line) else None
    if worded:
        return worded[0], worded[1]
    names = unit_cell(line)
    return (names, []) if names else None


_ASSISTING_LINE = re.compile(r"^(?P<names>[^，,；;。：:]+?)(?:配合|协同|协办|参与)$")


_ROLE_WORD = re.compile(r"牵头|配合|协同|协办|参与")
_WORDED_RULES = ("wording", "named_as", "together", "lead_groups", "lead_mark")
# A unit cell that says its units carry the work out ("X落实", "X负责"), with no other role word.
_CARRIES_OUT = re.compile(r"(?:负责|落实)$")


_LABELLED_CELL = re.compile(r"^\s*(?:牵头|主责|责任)(?:单位|部门)\s*[:：]")


def said_roles(cell: str) -> tuple[list[str], list[str], str] | None:
    """A unit cell that says who leads: in words (``worded_cell``) or with the clause's own labels ("牵头单位：X；
    配合单位：Y" typed into a 责任单位 cell)."""
    if _LABELLED_CELL.match(cell):
        parsed = parse_clause_rule(cell.strip())
        if parsed and parsed[0] and parsed[2].split("+")[0] in ("labels", "responsible_after_lead"):
            return parsed[0], parsed[1], parsed[2].split("+")[0]
    return worded_cell(cell)


def worded_cell(cell: str) -> tuple[list[str], list[str], str] | None:
    """A unit cell that says in words who leads ("区建管委（牵头）、区规划资源局", "区残联牵头，区民政局配合"): (lead,
    support, the wording's rule), read as the clause reader reads a responsibility clause; None for other cells."""
    if len(cell) > 120:
        return None
    parsed = parse_clause_rule(cell.strip())
    if parsed and parsed[2] == "assists":  # "甲处配合区乙局负责商场；丙处配合…": clauses of one kind, "；" between
        return parsed[0], parsed[1], "assists"
    if parsed and _CARRIES_OUT.search(cell) and parsed[2].split("+")[0] == "single_list" and not parsed[3]:
        return parsed[0], parsed[1], parsed[2]  # "政法综治处落实", "各包村处室按照职责分工落实": the units lead
    if not _ROLE_WORD.search(cell) or re.search(r"[。；;！？]", cell.rstrip("。；;")):
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


# "45.城市生态廊道建设样板": a numbered heading (二级指标) printed between two rows, after the cells of the row above.
_HEADING = re.compile(r"^\d{1,3}[.．、]\s*(?P<name>[^\d。；;，,：:（）()]{2,24})$")


def headed_runs(lines, start: int, rows, tasks: list[dict]) -> None:
    """Rows under one task cell that spans them ("贯彻新发展理念…情况" / "海坛片区管理局" / "45.城市生态廊道建设样板" /
    "82" / "资源生态局"), each under a numbered heading of its own: the headings name the rows; the spanning cell is
    the words they share."""
    headings: dict[str, str] = {}
    cells_above = [lines[index].text.strip() for index in range(start, rows[0][1][0])] if rows else []
    for (_, _, cells), (number, _, _) in zip([(None, None, cells_above), *rows], rows, strict=False):
        heading = _HEADING.match(re.sub(r"\s+", "", cells[-1])) if cells else None
        if heading:
            headings[number] = heading.group("name")
    index = 0
    while index < len(tasks):
        end = index + 1
        while end < len(tasks) and tasks[end]["rule"] == "table_spanning_task":
            end += 1
        run = tasks[index:end]
        if len(run) > 1 and all(task["number"] in headings for task in run):
            for task in run:
                task["title"] = headings[task["number"]]
        index = end


def owned_row(cells: list[str], before: list, found: list, after: list, columns: list, lead_at: int) -> tuple:
    """The row split again when the unit cell found stands under a column of where the work is ("建设地点" / "乙街道")
    or of who builds it ("建设主体" / "甲医院" before "责任单位" / "市卫生健康委"): the unit cell is the lead column's.
    Cells fill the columns before the lead's from the right (a spanning 领域 cell is printed only in a group's first
    row), so the column of the cell found is counted from the row's end."""
    at = lead_at - 1  # the lead column among the row's cells (no 序号)
    if found is None:
        return before, found, after
    if at < len(cells) and len(before) < at and PLACE_HEAD.search(columns[1 + len(before)].label) \
            and unit_cell(cells[at]) is not None:
        return cells[:at], unit_cell(cells[at]), cells[at + 1:]
    trailing = len(columns) - 1 - lead_at  # the columns after the lead's
    blank = len(cells) - len(trimmed(cells))  # an empty line closing the table is no cell
    under = lead_at - len(after) + blank + trailing
    index = len(cells) - blank - 1 - trailing
    if 0 < under < lead_at and BUILDER_HEAD.match(columns[under].label) and len(before) < index < len(cells) \
            and unit_cell(cells[index]) is not None:
        return cells[:index], unit_cell(cells[index]), cells[index + 1:]
    return before, found, after


def group_rows(rows) -> set[str]:
    """Numbers of the rows that head sub-rows ("1" before "1.1") and name no unit: group rows."""
    return {number for (number, _, cells), (after, _, _) in zip(rows, rows[1:], strict=False)
            if re.match(re.escape(number) + "[.．]", after) and 0 < len(cells) <= 2 and not any(map(unit_cell, cells))}


def trimmed(cells: list[str]) -> list[str]:
    """The row's cells without the empty lines after its last one."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]
