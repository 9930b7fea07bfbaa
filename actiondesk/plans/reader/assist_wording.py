"""Who assists whom, said in one clause or unit cell: "经济发展处配合区经发局、市场监督管理局落实". The bodies named after
配合 carry the work (they lead); the one named before it assists them (it supports). A cell may hold several such
clauses parted by "；" or "，", and a later one may leave out its subject ("甲处配合区乙局负责商场，配合区丙局负责文化娱乐
场所": 甲处 assists 丙局 too). "X牵头，Y配合" is another wording (role_words.LEADS_SUPPORT)."""

import re

# What the assisted bodies do, after their names; what follows is the work ("负责养老院"), not a name.
_WORK_WORDS = ("负责", "落实", "实施", "开展", "做好", "推进")
_ASSISTS = re.compile(
    r"^(?P<support>[^，,；;：:]*?)(?:积极|全力)?(?:配合|协助)(?P<lead>[^，,；;：:]+?)(?:"
    + "|".join(_WORK_WORDS)
    + r")"
    r"(?P<work>[^，,；;：:]*)$"
)
_PARTS = re.compile(r"[，,；;]")
# "甲处、乙局按职责协助区级职能部门分工负责": a helped class of bodies ("区级职能部门", "相关部门") names no unit of the
# plan; the named helpers carry the work, so they lead and the class drops.
_NO_UNIT = re.compile(
    r"^(?:[省市区县]级|[市区县]直)?(?:各|相关|有关|其他)?(?:职能|业务|主管)?(?:部门|单位)(?:按职责分工|按职责|分工)?$"
)


def read_assisted(clause: str, split_names, is_unit) -> tuple[list[str], list[str]] | None:
    """(lead, support) of a clause in which units assist named bodies, or None when a part reads otherwise.

    ``split_names`` splits a list into names; ``is_unit`` says whether every name of a list is a unit. A part
    without its subject takes the one of the part before it."""
    lead: list[str] = []
    support: list[str] = []
    subject: list[str] = []
    for part in _PARTS.split(clause.strip().strip("。.；;，, ")):
        match = _ASSISTS.match(part.strip())
        if not match:
            return None
        helpers = split_names(match.group("support")) if match.group("support").strip() else subject
        helped = split_names(match.group("lead"))
        if not helpers or not helped or not is_unit(helpers) or not is_unit(helped):
            return None
        subject = helpers
        if all(_NO_UNIT.match(name) for name in helped):
            helped, helpers = helpers, []
        lead += [name for name in helped if name not in lead]
        support += [name for name in helpers if name not in support and name not in lead]
    return (lead, support) if lead else None
