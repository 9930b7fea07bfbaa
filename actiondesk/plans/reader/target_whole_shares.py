"""A share of a whole with its floor word after the figure, before a verb of setting it aside: "政府采购计划预算总额的
30%以上应预留面向本省中小企业" sets a floor on the share reserved for a group — a goal (>=, as 以上 reads), though nothing
commits before it and a budget's share is otherwise a funding split (target_roles: "区和镇政府投入资金总额的50%",
"服务费的80%用于…薪酬分配" are no goals in the corpus, so 用于, 安排, 承担 stay out). Add a whole or a verb here."""

import re

WHOLES = ("总额", "总金额", "总数", "总量", "总人数", "总户数", "总面积", "总规模", "预算", "计划数")
MODALS = ("应", "须", "必须", "要", "需", "均", "原则上")
RESERVING_VERBS = ("预留", "留给", "面向", "专门面向", "专项用于")

_OF_WHOLE = re.compile(rf"(?:{'|'.join(WHOLES)})的\s*$")
_FLOOR_THEN_RESERVED = re.compile(rf"^\s*(?:及以上|以上)\s*(?:{'|'.join(MODALS)})?\s*(?:{'|'.join(RESERVING_VERBS)})")


def reserved_share(before: str, after: str, unit: str) -> bool:
    """Whether a share (its clause's words ``before`` and ``after`` the figure) is a floor on the share of a whole
    set aside ("…总额的30%以上应预留面向…")."""
    return unit in ("%", "％", "‰") and bool(_OF_WHOLE.search(before)) and bool(_FLOOR_THEN_RESERVED.match(after))
