"""A scanned plan's unit names mended from the document itself. Recognition now and then misreads one character of a
name ('守波市数据局' for 宁波市数据局, '合州市' for 台州市), loses the 、 between two names ('省发展改革委省金融控股公司')
or keeps the bracket of a clause whose opening bracket it lost ('省经信厅）'). A name is mended only into what the same
document prints elsewhere — another clause's unit, or the place the name starts with — so a name printed once, or
misread every time, stays as read: the review page shows the scan's names as recognised, to be checked."""

import re
from collections import Counter

from .unit_names import is_department, named_body

# Characters the Simplified Chinese model reads for another of like shape in a unit's name: what it reads, what was
# printed. Each is mended only into a name the document prints, so '合肥市' never becomes '台肥市'.
_LIKE_SHAPES = {"守": "宁", "合": "台", "军": "室"}
_PLACE = re.compile(r"^[^省市区县州各]{1,4}[省市区县州]+")  # '台州市', '柯桥区': the place a unit's name starts with
_OPENERS, _CLOSERS = "（〔〈【", "）〕〉】"


def mend_scanned_names(reading: dict) -> dict:
    """The reading of a scan with its tasks' unit names mended (see the module), its departments listed anew."""
    text = reading.get("text", "")
    tasks = reading["tasks"]
    for task in tasks:
        for role in ("lead", "support"):
            task[role] = _unique([name for name in task[role] for name in _bracket_mended(name)])
    listed = Counter(name for task in tasks for name in set(task["lead"] + task["support"]))
    for task in tasks:
        own = set(task["lead"] + task["support"])
        others = {name for name, count in listed.items() if count > (name in own)}
        for role in ("lead", "support"):
            names = _moved_level(task[role], others)
            task[role] = _unique([name for name in names
                                  for name in _parted(name, others) or [_shape_mended(name, others, text)]])
    names = {name for task in tasks for name in task["lead"] + task["support"]}
    reading["departments"] = sorted(name for name in names if is_department(name))
    return reading


def _bracket_mended(name: str) -> list[str]:
    """A name without a closing bracket it never opened, or an opening one it never closed, at either end."""
    if name.endswith(tuple(_CLOSERS)) and not any(mark in name for mark in _OPENERS):
        name = name.rstrip(_CLOSERS)
    if name.startswith(tuple(_OPENERS)) and not any(mark in name for mark in _CLOSERS):
        name = name.lstrip(_OPENERS)
    return [name] if name else []


def _parted(name: str, others: set[str]) -> list[str] | None:
    """Two names read as one ('省发展改革委省金融控股公司'): both listed apart by another clause of the document, or one
    of them, the other a body of a level of its own ('省…公司')."""
    if name in others:
        return None
    for cut in range(3, len(name) - 2):
        first, second = name[:cut], name[cut:]
        if (first in others or _levelled_body(first)) and (second in others or _levelled_body(second)) and (
                first in others or second in others):
            return [first, second]
    return None


def _levelled_body(name: str) -> bool:
    return name[0] in "省市区县" and is_department(name)


def _moved_level(names: list[str], others: set[str]) -> list[str]:
    """A level's character carried to the name before it across a lost 、 ('温州市数据局省' / '数据局'), put back."""
    names = list(names)
    for index in range(len(names) - 1):
        first, second = names[index], names[index + 1]
        if (first not in others and first[-1] in "省市区县" and first[:-1] in others
                and first[-1] + second in others):
            names[index], names[index + 1] = first[:-1], first[-1] + second
    return names


def _shape_mended(name: str, others: set[str], text: str) -> str:
    """The name with one character of like shape put back, where the mended name is another clause's unit or the
    place it starts with ('宁波市') is printed at least as often as the place as read; or without a character the
    recognition added ('浙江人金融监管局'), where that is another clause's unit or, after its place, the body other
    places' units are named by ('绍兴市经信有局' beside 宁波市经信局 and 台州市经信局); or a name cut short that no body
    ends like ('之江'), where one other clause's unit alone starts with it."""
    if name not in others and len(name) >= 5:
        for index in range(1, len(name) - 1):
            if name[:index] + name[index + 1:] in others:
                return name[:index] + name[index + 1:]
    mended = _body_mended(name, others) if len(name) >= 5 else None
    if mended:
        return mended
    if name not in others and len(name) >= 2 and not named_body(name):
        longer = [other for other in others if other.startswith(name) and is_department(other)]
        if len(longer) == 1:
            return longer[0]
    for index, character in enumerate(name):
        printed = _LIKE_SHAPES.get(character)
        if not printed:
            continue
        mended = name[:index] + printed + name[index + 1:]
        if mended in others:
            return mended
        place = _PLACE.match(mended)
        if place and index < place.end():
            read_place, mended_place = name[:place.end()], mended[:place.end()]
            if text.count(mended_place) >= max(1, text.count(read_place)):
                return mended
    return name


def _body_mended(name: str, others: set[str]) -> str | None:
    place = _PLACE.match(name)
    if not place:
        return None
    own_place, body = name[:place.end()], name[place.end():]
    bodies = Counter(other[found.end():] for other in others
                     for found in [_PLACE.match(other)] if found and other[:found.end()] != own_place)
    if bodies[body]:
        return None
    for index in range(len(body)):
        if bodies[body[:index] + body[index + 1:]] >= 2:
            return name[:place.end()] + body[:index] + body[index + 1:]
    return None


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
