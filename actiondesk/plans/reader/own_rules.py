"""The rules a document states for itself, found once for the whole text: how plain lists split ("列第一位者为牵头单位",
"逗号前为牵头单位"), who is carried along to later tasks ("以下…均需X落实，不再单独列出", "…为实施单位，下同",
"以下分工均含X") and the short names it gives to bodies ("（以下简称“各单位”）")."""

import re
from typing import NamedTuple

from .role_words import FIRST_LEADS, LEAD_LABEL_WORDS, SUPPORT_LABEL_WORDS, WORKING_LABEL_WORDS
from .unit_names import DEPARTMENT_END, is_unit_name, split_names

# "；各项任务均需市县政府落实，不再列出": the note worded by the tasks it covers, this one among them.
_COVERED = r"(?:以下|各项任务|各项工作|各项措施|所有任务)"
_NOT_LISTED = r"不再(?:单独|重复|逐一|一一|——)?列出"  # "不再列出", "不再单独列出", "不再重复列出"…
CARRY = re.compile(
    _COVERED + r"[^。；;（）()]{0,12}?(?:均需要|均需|均由|均要|需要|需|由)(?P<names>(?:[^。；;（）()]|[（(][^。；;（）()]{1,10}[）)]){2,80}?)"
    # "…均需X落实，Y负责Z的…工作，不再单独列出": a carve-out between the note and 不再列出 is passed over.
    # "以下均需各县（市、区）人民政府…组织实施，不再列出": 组织实施 / 实施 carry the units as leads too; so does 贯彻落实.
    # "以下各项均需各市按职责分工负责，不再列出": how the units do it is no part of their names.
    r"(?:按照职责分工|按职责分工|按职责|根据职责)?(?:组织|贯彻)?(?P<role>负责|落实|配合|参与|协助|实施|推进)(?:[，,][^。；;（）()]{2,40}?[，,])?[^。；;（）()]{0,6}?" + _NOT_LISTED
)
# "以下均需各片区配合落实，不再列出": units carried along only to help support every later task.
CARRY_ROLES = {"配合": "helps", "参与": "helps", "协助": "helps"}
# The whole carry note, cut from the clause before its units are read.
# "…负责落实(以下均需…落实，不再列出）": a note in brackets of its own goes with its brackets.
# A short bracket inside a name ("各县（市、区）人民政府") stays inside the note.
_NOTE_WORDS = r"(?:[^。；;（）()]|[（(][^。；;（）()]{1,10}[）)])*?"
CARRY_SENTENCE = re.compile(
    rf"[（(]\s*{_COVERED}{_NOTE_WORDS}{_NOT_LISTED}\s*[）)]"
    rf"|[。；;，,]?\s*{_COVERED}{_NOTE_WORDS}{_NOT_LISTED}"
)
# "配合单位：…，县产管委负责落实(以下均需各乡镇、街道，县产管委落实，不再列出）": a note printed in a support label's
# line carries its units along as supports.
_LEAD_WORDS = "|".join(LEAD_LABEL_WORDS)
_SUPPORT_WORDS = "|".join(SUPPORT_LABEL_WORDS)
_WORKING_WORDS = "|".join(WORKING_LABEL_WORDS)
_SUPPORT_LINE = re.compile(rf"(?:{_SUPPORT_WORDS})(?:单位|部门|主体)?\s*[：:][^\n]*$")
# "〔牵头单位：X，责任单位：各相关县（市、区）人民政府。以下均需相关县（市、区）人民政府落实，不再单独列出〕": a note whose
# units the clause stating it lists after a 牵头 label as the ones that work with the lead carries them along as such.
_LABELLED_SUPPORT = re.compile(rf"(?:{_LEAD_WORDS})(?:单位|部门|主体)?\s*[：:][^。；;：:]*?[，,；;]\s*"
                               rf"(?:{_WORKING_WORDS}|{_SUPPORT_WORDS})(?:单位|部门|主体)?\s*[：:]"
                               r"(?P<names>[^：:。；;]*?)[。；;，,]?\s*$")


# "牵头单位：X" / "责任单位：…（以下任务均需Y落实，不再列出）": a 责任 line under a 牵头 line is the support label's.
_LEAD_LINE = re.compile(rf"^\s*(?:{_LEAD_WORDS})(?:单位|部门|主体)?\s*[：:]")
_RESPONSIBLE_LINE = re.compile(rf"^\s*(?:{_WORKING_WORDS})(?:单位|部门|主体)?\s*[：:]")


def _carried_role(text: str, match: re.Match) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    line = text[start : match.start()]
    above = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
    labelled = _LABELLED_SUPPORT.search(line)
    names = split_names(match.group("names"))
    if _SUPPORT_LINE.search(line) or labelled and names and all(name in labelled.group("names") for name in names) \
            or _RESPONSIBLE_LINE.match(line) and _LEAD_LINE.match(above):
        return "helps"
    return CARRY_ROLES.get(match.group("role"), "lead")


# "（责任单位：…，各县区人民政府、市各功能区管委会，以下均涉及各县区、功能区，不再重复列出）": the same note worded by what the
# tasks involve, its bodies in short forms of names the clause gives in full.
CARRY_INVOLVED = re.compile(
    r"以下[^。；;（）()]{0,8}?(?:均|都)?涉及(?P<names>[^。；;（）()]{2,60}?)[，,]?\s*不再(?:单独|重复|逐一|一一)?列出"
)
# "（责任单位：…，各区人民政府，以下分工均含各区人民政府）": the document's own rule — X leads this task and every later one.
# The names end where the clause does, whichever its brackets ("〔责任单位：…，以下分工均含各区人民政府〕").
INCLUDED = re.compile(r"[，,；;。]?\s*以下[^。；;，,（）()]{0,8}?均(?:包)?含"
                      r"(?P<names>(?:[^。；;，,（）()〔〕【】\[\]\n]|〔[^〔〕]{1,12}〕|[（(][^（）()]{1,12}[）)]){2,40})")
# "（责任单位：X，Y。各项措施责任单位均包括Y，以下不再列出）": the same rule worded by what every measure's units include.
INCLUDED_ALL = re.compile(
    r"[，,；;。]?\s*(?:各项|所有|全部)[^。；;，,（）()]{0,8}?均(?:包括|包含|含)"
    r"(?P<names>(?:[^。；;，,（）()〔〕]|〔[^〔〕]{1,12}〕|[（(][^（）()]{1,12}[）)]){2,60}?)[，,]?\s*以下不再(?:单独|重复|逐一|一一)?列出"
)
# "（牵头单位：X，Y、Z为实施单位，下同）": Y and Z carry out this task and every later one (they support); so do they in
# "（X牵头，…。Y、Z均为责任单位，以下不再列出）".
SAME_BELOW = re.compile(
    rf"[，,；;。]\s*(?P<names>[^，,；;：:（）()。]{{2,80}}?)(?:均)?为(?:{_WORKING_WORDS}|{_SUPPORT_WORDS})(?:单位|部门|主体)\s*[，,；;]\s*"
    r"(?:下同|以下(?:均)?不再(?:单独|重复|逐一|一一)?列出)"
)
_BEFORE_COMMA = re.compile(r"(?P<mark>逗号|分号)前(?:的|面的)?(?:单位|部门|主体)?为(?:牵头|主责)")
# "各区市场监管局和市局执法总队（以下简称“各单位”）": the short name stands for those bodies in the clauses below.
_ALIAS = re.compile(r"[（(]\s*以下(?:简称|统称|称)\s*[“\"「]?(?P<name>[^“”\"「」《》（）()，,。；;：:]{2,12}?)[”\"」]?\s*[）)]")


class DocumentRules(NamedTuple):
    """Rules a document states for itself, found once: how to split plain lists, and who is carried along."""

    split: str | None = None  # "first" | "comma"
    carried: tuple = ()       # (offset, names, role) of each "以下…不再列出", "…为实施单位，下同", "以下…均含X" note
    #                           role: lead / helps (以下…不再列出), support (下同), included (均含)
    aliases: tuple = ()       # short names the document gives to bodies ("…执法总队（以下简称“各单位”）")


def document_rules(text: str) -> DocumentRules:
    split = None
    if FIRST_LEADS.search(text):
        split = "first"
    elif _BEFORE_COMMA.search(text):
        split = "comma"
    carried = tuple((match.start(), _local_names(split_names(match.group("names")), text, match.start()),
                     _carried_role(text, match)) for match in CARRY.finditer(text))
    carried += tuple((match.start(), _full_names(split_names(match.group("names")), text, match.start()), "lead")
                     for match in CARRY_INVOLVED.finditer(text))
    carried += tuple((match.start(), tuple(split_names(match.group("names"))), "support")
                     for match in SAME_BELOW.finditer(text))
    carried += tuple((match.start(), tuple(split_names(match.group("names"))), "included")
                     for pattern in (INCLUDED, INCLUDED_ALL) for match in pattern.finditer(text))
    aliases = tuple(dict.fromkeys(
        match.group("name") for match in _ALIAS.finditer(text)
        if DEPARTMENT_END.search(re.split(r"[，,。；;]", text[max(0, match.start() - 40):match.start()])[-1])
        or is_unit_name(match.group("name"))))
    return DocumentRules(split, carried, aliases)


NO_RULES = DocumentRules()


def _local_names(names: list[str], text: str, at: int) -> tuple:
    """"以下均需地方落实": the places' governments the same clause names ("各市、县（市、区）人民政府"); none when it names
    none (地方 is no body's name)."""
    if names not in (["地方"], ["各地"]):
        return tuple(names)
    clause = re.split(r"[：:]", text[max(0, at - 160) : at])[-1]  # the units after the clause's label
    return tuple(name for name in split_names(clause) if name.endswith("政府"))


def _full_names(names: list[str], text: str, at: int) -> tuple:
    """Each short form ("各县区", "功能区") as the full name the same clause gives it ("各县区人民政府")."""
    clause = re.split(r"[：:]", text[max(text.rfind("（", 0, at), text.rfind("(", 0, at), at - 120) + 1 : at])[-1]
    given = split_names(clause)
    return tuple(next((full for full in given if name in full and name != full), name) for name in names)


def carry_along(tasks: list[dict], rules: DocumentRules) -> None:
    """"以下…均需X落实，不再单独列出": X is responsible for every later task too (it supports where the document says
    the first-listed unit leads); "…，Y为实施单位，下同": Y supports the task whose clause says so and every later one;
    "以下分工均含X": X leads."""
    for offset, names, role in rules.carried:
        for task in tasks:
            later = task["start"] > offset if role in ("lead", "helps") else task["end"] > offset
            if later and (task["lead"] or task["support"]):
                added = [name for name in names if name not in task["lead"] + task["support"]]
                if added:
                    field = "support" if role in ("support", "helps") or rules.split == "first" else "lead"  # 列第一位…
                    task[field] = task[field] + added
                    task["rule"] = task["rule"] + {"lead": "+carried", "helps": "+carried",
                                                   "support": "+same_below"}.get(role, "+included")
