"""Where a document's rule that the first-listed unit leads starts to apply. Stated with 下同 inside one clause
("（责任单位：乙局、甲局，列第一位的为牵头单位，下同）", the second clause of a task annex) it holds from that clause on:
the lists of the clauses before it name no lead of their own and are read all-lead, as without the rule. Stated
without 下同 (in 保障措施, in a note under a table) it holds for the whole document (departments.document_rules)."""

import re

from .role_words import FIRST_LEADS

# "列第一位的为牵头单位，下同": the rule, then 下同 within a few characters.
_FROM_HERE = re.compile(rf"(?:{FIRST_LEADS.pattern})[^。；;（）()\n]{{0,8}}?[，,、]?\s*下同")


def first_listed_from(text: str) -> int | None:
    """The offset of the first statement of the rule written with 下同, when no statement without it comes first."""
    stated = FIRST_LEADS.search(text)
    here = _FROM_HERE.search(text)
    return here.start() if stated and here and here.start() == stated.start() else None


def lists_before_rule(tasks: list[dict], text: str) -> None:
    """Read all-lead the lists of tasks that end before the clause stating the rule with 下同 (their rule said
    document_first for the whole document)."""
    start = first_listed_from(text)
    if start is None:
        return
    for task in tasks:
        if "document_first" in task.get("rule", "") and task.get("end", start + 1) <= start:
            task["lead"], task["support"] = task["lead"] + task["support"], []
            task["rule"] = task["rule"].replace("document_first", "single_list") + "+rule_below"
