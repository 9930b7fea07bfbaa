"""The members of a standing group and who of them leads.

A group names its units on a '成 员：' line ('成 员：甲局（联络单位，张三，13800000000）、乙队等单位各1人。') or inside a
sentence under its '组 长：' line ('成员由甲站、乙办等工作人员组成，负责…'). A note after a member naming its role in the
group ('（联络单位，…）') is no part of its name, nor is a contact person or a phone number; the quota each unit sends
('等单位各1人', '各派1人') and the staff it sends ('的工作人员', '负责人') drop from the names. Whether the noted member leads
is the document's own rule ('各检查组联络单位负责牵头组织协调…'): then it leads and the other members support; without
such a rule every member leads, as the group's units do.
"""

import re
from typing import NamedTuple

from .unit_names import CATCH_ALL, is_unit_name, named_body, split_names

_LABELLED = re.compile(r"^\s*成\s*员\s*[：:]\s*(?P<names>\S.*?)\s*$")
# "成员由安监站、消防办等工作人员组成，负责…", "由土地所、村建所等工作人员组成，…" under a '组 长：' line.
_SENTENCE = re.compile(r"^\s*(?:成\s*员\s*)?由(?P<names>[^，,。；;：:\n]+?)组成(?=[，,。；;]|\s*$)")
_WRAPPED = re.compile(r"^由(?P<names>.+?)(?:的)?(?:相关|有关)?(?:人员|同志)?组成$")
# Role words a member's note may carry; 牵头单位 leads by its own word, the others by the document's rule.
NOTE_ROLES = ("联络单位", "召集单位", "牵头单位")
_ROLE_NOTE = re.compile(rf"[（(]\s*(?P<role>{'|'.join(NOTE_ROLES)})[^（）()]*[）)]")
_CONTACT_NOTE = re.compile(r"[（(][^（）()]*\d{7,}[^（）()]*[）)]")  # a contact person and a phone number
_NAME_BEFORE = re.compile(r"[^、，,。；;：:]*$")
# "各检查组联络单位负责牵头组织协调本组检查工作事宜": the document's rule that a noted member leads its group.
_NOTED_LEADS = r"{role}[^，,。；;\n]{{0,6}}?牵头"
# "等单位各1人", "各派2名": how many people each unit sends, no part of the last name (nor a goal).
_QUOTA_TAIL = re.compile(r"各\s*(?:派|选派|抽调|抽)?\s*\d+\s*(?:名|人)$")
# "安监站和综治办的工作人员及…", "中心幼儿园负责人": the staff a unit sends; "村两委成员", "协管员" are staff groups kept.
_STAFF_TAIL = re.compile(r"(?:的|等)?(?:相关|有关)?(?:工作)?人员(?=及|和|、|$)|负责人(?=及|和|、|$)")
# "各自牵头组织开展辖区内检查": a clause printed among the members is no member.
_CLAUSE = re.compile(r"牵头|负责|开展|落实|配合|协助")


class Members(NamedTuple):
    names: list[str]
    noted: list[str]  # the members whose note gives their role ('（联络单位，…）')
    role: str  # the note's role word, "" without one
    start: int  # the names' span in the line: a roster, no goal
    end: int


def members_of(line: str) -> Members | None:
    """The members a group's line names, or None when the line is no members line."""
    match = _LABELLED.match(line) or _SENTENCE.match(line)
    if not match:
        return None
    text = match.group("names")
    wrapped = _WRAPPED.match(text.strip().rstrip("。；;"))
    if wrapped:  # "成 员：由政法综治处、综治应急中心相关人员组成"
        text = wrapped.group("names")
    noted, role = [], ""
    for note in _ROLE_NOTE.finditer(text):
        role = role or note.group("role")
        noted.append(_NAME_BEFORE.search(text[: note.start()]).group().strip())
    text = _CONTACT_NOTE.sub("", _ROLE_NOTE.sub("", text))
    names: list[str] = []
    for sentence in re.split(r"[。；;]", text):
        sentence = _QUOTA_TAIL.sub("", sentence.strip())
        if not sentence:
            continue
        for name in split_names(_STAFF_TAIL.sub("", sentence)):
            if _CLAUSE.search(name) and not is_unit_name(name):
                continue
            names += _split_and(name)
    noted = [name for name in names if any(name == bare for bare in noted)]
    end = match.end("names") if match.re is _LABELLED else match.end()
    return Members(names, noted, role, match.start("names"), end)


def _split_and(name: str) -> list[str]:
    """ "安监站和综治办": two bodies joined by 和 are two members."""
    parts = name.split("和")
    if len(parts) > 1 and all(named_body(part) for part in parts):
        return parts
    return [name]


def noted_lead(text: str, members: Members) -> bool:
    """Whether the noted members lead their group: a '（牵头单位…）' note, or the document's own rule for the role."""
    if not members.noted or not members.role:
        return False
    if members.role == "牵头单位":
        return True
    return bool(re.search(_NOTED_LEADS.format(role=members.role), text))


def any_unit(names: list[str], staff: re.Pattern) -> bool:
    """Whether a list names a unit at all (a command's roster of people does not)."""
    return any(is_unit_name(name) or CATCH_ALL.match(name) or staff.search(name) for name in names)
