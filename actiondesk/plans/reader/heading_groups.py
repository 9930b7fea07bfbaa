"""A group heading that carries its own clause on its line ("（三）加强重点行业消防安全管理（甲处负责）") over items
that carry none ("1.…2.…"), in a plan whose other items each carry their own clause: the plan names who is
responsible item by item, and where it names them for a whole group at its heading, the group is one task (its items
the work written under it). Where no item carries a clause of its own, this rule stays out: a heading's clause is
then handed down to its items (the policy measures of cangnan-2023, wucheng-2025, zhejiang-2023), or the headings
are the tasks (``group_items.headings_assign``)."""

from .clause_search import find_responsibility
from .departments import DocumentRules

_NO_CLAUSE = ("none", "inherited")


def heading_closes_group(
    text: str, items: list[dict], head: dict, tasks: list[dict], rules: DocumentRules
) -> bool:
    """Whether ``head`` (the group's task as the level above reads it) is one task over its ``items``, ``tasks``
    being every item of the document."""
    if (
        not all(item["rule"] == "inherited" for item in items)
        or head["rule"] in _NO_CLAUSE
        or not head["lead"]
    ):
        return False
    line_start = text.rfind("\n", 0, head["start"]) + 1
    line_end = text.find("\n", head["start"])
    if find_responsibility(text[line_start : line_end if line_end >= 0 else len(text)], rules) is None:
        return False  # the clause closes an opening paragraph, not the heading
    group = items[0]["group"]
    return any(task["group"] != group and task["rule"] not in _NO_CLAUSE for task in tasks)
