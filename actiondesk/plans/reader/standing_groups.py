"""Work assigned by standing groups: '（二）海上撤离工作组组成人员及主要职责' over '组 长：…' and '成 员：A、B、C'.

The '成员：' line names the group's units (all lead, no 牵头/配合 word); the '组长：' line names a person and no unit.
Where the group's duties open with the unit that does them ('①党政办公室负责…'), the duties are the tasks, each
with its own unit, and a duty naming none takes the unit of the duty above it ('（2）各村居负责…：' / '①负责…').
A leading group's roster ('（一）加强组织领导' / '组 长：' / '成 员：') assigns no work and is left to the outline.
Which line names the members, and which of them leads by the document's own rule: group_members.py.
"""

import re

from .group_members import any_unit, members_of, noted_lead
from .numbering import LEVELS
from .unit_names import CATCH_ALL, is_unit_name

_PERSON_LABEL = re.compile(r"^(?:副\s*)?(?:组\s*长|主\s*任|召\s*集\s*人)\s*[：:]")
_SUB_HEADING = re.compile(r"(?:组成人员|成员)\s*$")
_HEADING_TAIL = re.compile(r"(?:组成人员)?(?:及|和)?(?:主要|工作)?职责\s*$|组成人员\s*$")
_LEADING = re.compile(r"领导|组织保障|保障措施")
_DUTY_LABEL = re.compile(r"^(?:主要|工作)?职责\s*[：:]?\s*$")
_SUBJECT = re.compile(r"^(?P<unit>[^，。；：、\s]{2,16}?)负责")
_CLAUSE_END = re.compile(r"[，。；：,;:]")
_STAFF = re.compile(r"(?:组成员|队员|干部|工作队)$")  # staff groups stand in the lists beside offices


def read_standing_groups(text: str, lines: list) -> tuple[list[dict], set[int]]:
    """Tasks of the document's standing groups and the indexes of the lines they take."""
    tasks: list[dict] = []
    used: set[int] = set()
    for index, line in enumerate(lines):
        members = members_of(line.text)
        heading = _heading_of(lines, index) if members else None
        if heading is None or heading in used:
            continue
        end = _extent_end(lines, heading)
        if not any_unit(members.names, _STAFF):
            continue  # a list of people (a command's roster), not of units
        duties = _duty_tasks(lines, heading, index + 1, end)
        if duties:
            tasks += duties
        else:
            head = lines[heading]
            group = _task(
                head.item.number,
                _HEADING_TAIL.sub("", head.item.rest).strip().rstrip("。"),
                members.names,
                "standing_group",
                head.start,
                lines[end - 1].end,
                head.item.rest,
            )
            if noted_lead(text, members):  # '（联络单位，…）' under the document's '联络单位负责牵头…'
                group["lead"] = members.noted
                group["support"] = [name for name in members.names if name not in members.noted]
                group["rule"] = "standing_group_liaison"
                group["responsibility"] = "、".join(members.names)
            # The members' names are a roster: their '各1人' is no goal ('成员由…组成，…' goes on to the work).
            roster = (line.start + members.start, line.start + members.end)
            group["target_spans"] = [(head.start, roster[0]), (roster[1], lines[end - 1].end)]
            tasks.append(group)
        used |= set(range(heading, end))
    return tasks, used


def _heading_of(lines: list, index: int) -> int | None:
    """The group heading above a '成员：' line: over its person lines and a '1.…组成人员' sub-heading."""
    cursor = index - 1
    while (
        cursor >= 0
        and index - cursor <= 4
        and not lines[cursor].item
        and _PERSON_LABEL.match(lines[cursor].text.strip())
    ):
        cursor -= 1
    if cursor < 0 or cursor == index - 1 or not lines[cursor].item:
        return None  # no person line: not a group's roster
    if _SUB_HEADING.search(lines[cursor].item.rest):
        cursor -= 1
        if cursor < 0 or not lines[cursor].item:
            return None
    head = lines[cursor].item
    if _LEADING.search(head.rest) or "组" not in head.rest and "办公室" not in head.rest:
        return None
    return cursor


def _extent_end(lines: list, heading: int) -> int:
    level = LEVELS.index(lines[heading].item.kind)
    for index in range(heading + 1, len(lines)):
        item = lines[index].item
        if item and item.kind in LEVELS and LEVELS.index(item.kind) <= level:
            return index
    return len(lines)


def _subject(rest: str) -> str | None:
    match = _SUBJECT.match(rest)
    unit = match and match.group("unit")
    return unit if unit and (is_unit_name(unit) or CATCH_ALL.match(unit)) else None


def _duty_tasks(lines: list, heading: int, start: int, end: int) -> list[dict]:
    """The group's duties as tasks when they open with the units that do them; [] when none names its own."""
    path: list[tuple[int, str, str | None]] = []  # (level, number, subject) of the duties above
    tasks, own = [], False
    for index in range(start, end):
        item = lines[index].item
        if not item or item.kind not in LEVELS:
            continue
        level = LEVELS.index(item.kind)
        while path and path[-1][0] >= level:
            path.pop()
        subject = _subject(item.rest)
        inherited = next((unit for _, _, unit in reversed(path) if unit), None)
        path.append((level, "" if _DUTY_LABEL.match(item.rest) else item.number, subject))
        following = next((lines[after].item for after in range(index + 1, end) if lines[after].item), None)
        if following and following.kind in LEVELS and LEVELS.index(following.kind) > level:
            continue  # a duty with duties under it: they are the tasks
        unit = subject or inherited
        if not unit:
            continue
        own = own or bool(subject and not CATCH_ALL.match(subject))
        number = lines[heading].item.number + "".join(number for _, number, _ in path)
        title = _CLAUSE_END.split(item.rest, 1)[0]
        tasks.append(
            _task(
                number,
                title,
                [unit],
                "standing_group_duty" if subject else "inherited",
                lines[index].start,
                lines[index].end,
                item.rest,
            )
        )
    return tasks if own else []


def _task(number: str, title: str, lead: list[str], rule: str, start: int, end: int, text: str) -> dict:
    return {
        "number": number,
        "title": title,
        "group": None,
        "lead": lead,
        "support": [],
        "text": text,
        "responsibility": "、".join(lead),
        "rule": rule,
        "unsure": False,
        "start": start,
        "end": end,
        "target_spans": [(start, end)],
    }
