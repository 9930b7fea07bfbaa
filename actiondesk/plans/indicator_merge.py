"""Target mentions → distinct indicators.

A target stated under the goals and again under a task is one indicator linked to both
(gold notes: 科技型企业100家 / task 10). Two mentions are the same indicator when one is in
the goals and the other in a task, they have the same value, unit and kind, and their names
share at least four consecutive characters.
"""
from difflib import SequenceMatcher


def _shared_run(a: str, b: str) -> int:
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size


def same_indicator(goal_mention: dict, task_mention: dict) -> bool:
    if goal_mention.get("task") is not None or task_mention.get("task") is None:
        return False
    keys = ("value", "value_max", "unit", "kind", "comparator")
    if any(goal_mention.get(k) != task_mention.get(k) for k in keys):
        return False
    a, b = goal_mention.get("indicator") or "", task_mention.get("indicator") or ""
    return a == b or _shared_run(a, b) >= 4


def merge_targets(targets: list[dict]) -> list[dict]:
    """Group mentions into indicators: [{name, mentions:[...], tasks:[...], in_goals, ...first mention}]."""
    indicators: list[dict] = []
    for mention in targets:
        home = next((ind for ind in indicators if ind["in_goals"] and mention.get("task") is not None
                     and mention["task"] not in ind["tasks"] and same_indicator(ind["mentions"][0], mention)),
                    None)
        if home is None:
            home = {**mention, "name": mention.get("indicator") or mention.get("text", ""), "mentions": [],
                    "tasks": [], "in_goals": False}
            indicators.append(home)
        home["mentions"].append(mention)
        if mention.get("task") is None:
            home["in_goals"] = True
        elif mention["task"] not in home["tasks"]:
            home["tasks"].append(mention["task"])
    _make_names_unique(indicators)
    return indicators


def _make_names_unique(indicators: list[dict]) -> None:
    seen: dict[str, int] = {}
    for ind in indicators:
        name = ind["name"][:180]
        if name in seen:
            suffix = f"（任务{ind['tasks'][0]}）" if ind["tasks"] else f"（{seen[name] + 1}）"
            seen[name] += 1
            name = f"{name}{suffix}"
        else:
            seen[name] = 1
        ind["name"] = name
