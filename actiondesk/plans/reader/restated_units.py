"""Rows of an annexed work list without row numbers whose person column restates the unit cell and whose goal
columns close each row: "攻坚事项 / 具体任务 / 责任单位 / 责任领导 / 二季度目标任务 / 三季度目标任务 / 四季度目标任务",
one cell a line.

A row: the task cell, the unit cell one name a line, the 责任领导 cell — the same bodies again, an official's name
beside the body he heads ("区经济发展局" / "陈 华"), a catch-all spelt out ("各片区管理局" → "金井片区管理局", …) —
then the lines of the goal cells, up to the next task cell (the line right above a unit line) or a group row
("一、紧抓工业新增长点"). The unit cell ends where the rest of the lines restate every name in it; the restated
names are no units of the row.
"""

import re

from .numbered_cells import squash
from .numbering import headline
from .schedule_rows import person_line
from .unit_names import CATCH_ALL

_GROUP_ROW = re.compile(r"^[一二三四五六七八九十]{1,3}、")
# The end of the list: the next annex or table caption, a note, the imprint line ("…办公室 2022年6月14日印发").
_LIST_END = re.compile(r"^附件\s*\d|^附表\s*\d|^表\s*\d|^注[:：]|印发$")
# "商贸领域挂钩责任领导": the officials of a class of bodies, restating "商贸领域挂钩责任单位".
_OFFICIALS = re.compile(r"(?:领导|负责人)$")
# "平潭金融港": a short name without a body word, taken for a unit inside the unit lines only.
_NAME = re.compile(r"^[^\d\s，,。；;：:、（）()《》“”]{3,16}$")
_MAX_ROW_LINES = 40


def restated_rows(lines, start: int, units):
    """Rows as (task cell line, unit cell lines, number, body, None), the line after the list and by each row's task
    line its group, words, last line and leads (all the unit cell's names lead: 责任单位 alone); ``units`` gives the
    names of a unit line (None for other lines)."""
    squashed = [squash(line) for line in lines]
    rows, groups, group, cursor = [], {}, None, start
    while cursor < len(lines):
        if _GROUP_ROW.match(squashed[cursor]) and not units(squashed[cursor]):
            # "一、紧抓工业新增长点": the rows below belong to it
            group, cursor = squashed[cursor], cursor + 1
            continue
        block = _block(squashed, cursor + 1, units)
        if not block or units(squashed[cursor]) is not None or person_line(squashed[cursor]):
            break
        end = block[-1] + 1
        while end < len(lines) and end - cursor < _MAX_ROW_LINES and not _row_ends(squashed, end, units):
            end += 1
        leads = _unit_lines(squashed, block, units)
        names = list(dict.fromkeys(name for at in leads for name in units(squashed[at]) or [squashed[at]]))
        words = lines[cursor].text.strip()
        groups[cursor] = {
            "group": group,
            "text": words,
            "title": headline(words)[0].rstrip("。；;"),
            "end": lines[end - 1].end,
            "lead": names,
            "responsibility": "、".join(names),
            "unsure": not names,
        }
        rows.append((cursor, leads, str(len(rows) + 1), words, None))
        cursor = end
    if len(rows) < 2:
        return [], start, {}
    return rows, cursor, groups


def _block(squashed: list[str], at: int, units) -> list[int]:
    """The lines of the unit and person cells from ``at``: names of bodies, officials, classes of officials, and a
    name without a body word ("平潭金融港") between such lines or restating one above."""
    block = []
    while at < len(squashed):
        line = squashed[at]
        following = squashed[at + 1] if at + 1 < len(squashed) else ""
        restates = line in (squashed[index] for index in block)
        official = bool(_OFFICIALS.search(line)) and len(line) <= 16
        named = bool(_NAME.match(line)) and (
            restates or units(following) is not None or person_line(following)
        )
        if not (units(line) is not None or person_line(line) or block and (official or named)):
            break
        block.append(at)
        at += 1
    return block if block and units(squashed[block[0]]) is not None else []


def _row_ends(squashed: list[str], at: int, units) -> bool:
    line = squashed[at]
    following = squashed[at + 1] if at + 1 < len(squashed) else ""
    return bool(
        _GROUP_ROW.match(line)
        or _LIST_END.search(line)
        or following
        and units(following) is not None
        and units(line) is None
        and not person_line(line)
    )


def _unit_lines(squashed: list[str], block: list[int], units) -> list[int]:
    """The unit cell's lines: the longest run of distinct unit lines whose every name the rest restate; without such
    a run, the unit lines before the first official (the 责任领导 cell then names people only)."""
    names = [
        units(squashed[at]) or ([] if _official(squashed[at], units) else [squashed[at]]) for at in block
    ]
    for cut in range(len(block) - 1, 0, -1):
        own = [name for line in names[:cut] for name in line]
        if any(_official(squashed[at], units) for at in block[:cut]) or len(set(own)) != len(own):
            continue
        rest = [name for line in names[cut:] for name in line] + [squashed[at] for at in block[cut:]]
        if all(_restated(name, rest) for name in own):
            return block[:cut]
    first_person = next(
        (index for index, at in enumerate(block) if _official(squashed[at], units)), len(block)
    )
    return block[:first_person] or block[:1]


def _official(line: str, units) -> bool:
    return units(line) is None and (person_line(line) or bool(_OFFICIALS.search(line)))


def _restated(name: str, rest: list[str]) -> bool:
    """ "区经济发展局" again; "各片区管理局" as "金井片区管理局"; "…挂钩责任单位" as "…挂钩责任领导"."""
    if name in rest:
        return True
    if CATCH_ALL.match(name) and len(name) > 3:
        kind = name[1:]
        if any(other.endswith(kind) and other != name for other in rest):
            return True
    stem = re.sub(r"(?:单位|部门)$", "", name)
    return stem != name and any(other in (stem + "领导", stem + "负责人") for other in rest)
