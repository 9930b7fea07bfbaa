"""Roles written inside one 责任分工 sentence with no 牵头 word: "责任分工：区规划局负责开展规划编制工作，所在乡镇人民政府
组织实施，区直有关部门配合，区交通与建设局业务检查指导。" Each comma part names units and then what they do: units that only
help (配合, 协助, 参与) support, every other role (负责, 组织实施, 指导, 作为业主单位) leads. Only a clause under a 分工 label
is read so — a body sentence of the same shape is work, not a split of roles."""

import re

# What a part's units do, longest first; add a wording here. The help words are SUPPORT's words of role_words.LABEL_WORDS.
HELP_ROLES = ("全力配合", "积极配合", "协同配合", "共同配合", "配合", "协助", "参与", "协同")
LEAD_ROLES = (
    "业务检查指导",
    "负责检查指导",
    "负责组织实施",
    "具体负责",
    "负责实施",
    "组织实施",
    "负责",
    "检查指导",
    "业务指导",
    "指导",
    "作为业主单位",
    "作为实施主体",
)
# Roles of a clause with no label in which each unit answers for its own part.
EACH_ROLES = ("负责", "具体负责", "负责实施", "负责组织实施")
# "区直各部门各司其职，协同配合": the part says no role yet; the next part's bare role word gives it.
OPEN_ROLES = ("各司其职",)
_ROLES = sorted(HELP_ROLES + LEAD_ROLES + OPEN_ROLES, key=len, reverse=True)
_PART = re.compile(r"^(?P<names>.+?)(?P<role>" + "|".join(_ROLES) + ")")
# "竹屿湖二期项目由X负责实施", "其他项目由X负责": the work named before 由 is no unit.
_BY = re.compile(r"^(?:[^，,；;由]{0,12}?由)")
# "各片区开发管理局（或业主单位）": an alternative in brackets is no unit of its own.
_OR_BRACKET = re.compile(r"[（(]或[^（）()]{1,10}[）)]")
_JOIN = re.compile(r"和|及|以及")


def read_role_sentence(sentence: str, split_names, is_unit, each: bool = False):
    """(lead, support) of a sentence of roles, or None when a part with a role names no unit or nobody leads.

    ``split_names`` splits a list into names; ``is_unit`` says whether a name is a unit. With ``each`` (a clause with
    no label, "甲局负责平台建设，乙局负责资金保障") every part must name units that 负责 or help, two units at least."""
    lead: list[str] = []
    support: list[str] = []
    pending: list[str] = []
    for part in re.split(r"[，,；;]", sentence.strip("。.；; ")):
        part = part.strip()
        if part in _ROLES and pending:  # "…各司其职，协同配合": the role of the names before
            (support if part in HELP_ROLES else lead).extend(pending)
            pending = []
            continue
        match = _PART.match(_BY.sub("", part, count=1) if "由" in part[:13] else part)
        if not match or each and match.group("role") not in EACH_ROLES + HELP_ROLES:
            if each:
                return None
            continue  # "按照城市片林规划要求": a lead-in naming nobody
        names = _names(match.group("names"), split_names, is_unit)
        if names is None:
            return None
        lead.extend(pending)
        pending = []
        role = match.group("role")
        if role in OPEN_ROLES:
            pending = names
        else:
            (support if role in HELP_ROLES else lead).extend(names)
    lead.extend(pending)
    if each and len(lead) + len(support) < 2:
        return None
    return (lead, support) if lead else None


def _names(text: str, split_names, is_unit) -> list[str] | None:
    """The units of a part; a name cut short before a shared ending ("金井、澳前片区开发管理局") is kept as printed
    when the last name is a unit."""
    names: list[str] = []
    for name in split_names(_OR_BRACKET.sub("", text.strip())):
        joined = _JOIN.split(name)  # "区直各有关部门和各有关乡镇": two units joined by 和
        if not is_unit(name) and len(joined) > 1 and all(is_unit(part) for part in joined):
            names.extend(joined)
        else:
            names.append(name)
    if not names or not is_unit(names[-1]):
        return None
    if any(not is_unit(name) and (len(name) > 6 or re.search(r"[的了，。\d]", name)) for name in names[:-1]):
        return None
    return names
