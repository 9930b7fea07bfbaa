"""Items numbered straight through their groups ("（一）…" / "1.…2.…3." / "责任部门：X" / "（二）…" / "4.…"): the
numbers make the items the plan's list of tasks and the groups only headings over it, so a label on a line of its
own after a run of items without a clause closes every item of the run — since the previous label, within the
group — while an item with its own label keeps it. Where the numbering restarts in each group the items are
parts of their group and one clause after the group's items closes the group (``group_items.own_line_groups``)."""

import re

from .clause_search import find_responsibility
from .departments import DocumentRules

_LEADING = re.compile(r"\d+")


def numbered_through(tasks: list[dict]) -> bool:
    """Whether two or more groups hold items and each group's first item goes on from the last one before it."""
    groups: list[str] = []
    numbers: list[list[int]] = []
    for task in tasks:
        match = _LEADING.match(task["number"])
        if task["group"] is None or not match:
            return False
        if not groups or groups[-1] != task["group"]:
            groups.append(task["group"])
            numbers.append([])
        numbers[-1].append(int(match.group()))
    # A new part starts its groups and its items afresh ("一、…（一）1.…（七）15." / "二、…（一）1.…"): the list goes on.
    return len(numbers) >= 2 and all(
        run[0] == before[-1] + 1 or run[0] == 1 and group.strip("（）()") in ("一", "1")
        for before, run, group in zip(numbers, numbers[1:], groups[1:], strict=False)
    ) and any(run[0] == before[-1] + 1 for before, run in zip(numbers, numbers[1:], strict=False))


def straight_list(items: list[dict], groups: list[dict]) -> bool:
    """Items numbered straight through their groups that name, once labels are shared back along each run, as many
    units as the groups do: the items are the tasks though no item has a label of its own ("（一）…" / "1.…" / "2.…" /
    "责任单位：X" / "（二）…" / "3.…")."""

    def assigned(tasks):
        return sum(1 for task in tasks if task["lead"] or task["support"])

    return bool(assigned(groups)) and assigned(items) == assigned(groups) and len(items) > len(groups) \
        and numbered_through(items)


def share_run_labels(text: str, tasks: list[dict], rules: DocumentRules) -> list[dict]:
    """The items, each run without a clause given the units of the label on its own line right after the run."""
    result = list(tasks)
    for index, task in enumerate(tasks):
        if task["rule"] in ("none", "inherited") or not _own_line_label(text, task, rules):
            continue
        before = index - 1
        while before >= 0 and tasks[before]["group"] == task["group"] and tasks[before]["rule"] == "none":
            result[before] = dict(
                tasks[before],
                lead=task["lead"],
                support=task["support"],
                unsure=True,
                responsibility=task["responsibility"],
                rule=task["rule"] + "+shared_label",
            )
            before -= 1
    return result


def _own_line_label(text: str, task: dict, rules: DocumentRules) -> bool:
    """The item's clause starts a line below its first and ends the item."""
    clause = find_responsibility(text[task["start"] : task["end"]], rules)
    if clause is None:
        return False
    clause_at = task["start"] + clause.start
    line_start = text.rfind("\n", 0, clause_at) + 1
    return (
        line_start > task["start"]
        and not text[line_start:clause_at].strip()
        and not text[task["start"] + clause.end : task["end"]].strip(" 。；;\n")
    )
