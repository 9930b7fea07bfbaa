"""Two names printed as one ("市经信局市新经济委"): the reader parts them where each ends as a body, but a body with two
names (one office, two titles) is printed so every time. Such a run stays one unit when the document never names either
half on its own; where it does ("城市提升办" alone elsewhere), the two are two units."""


def rejoin_run_together(tasks: list[dict], text: str) -> None:
    seen: dict[tuple[str, str], bool] = {}  # a long plan names the same pairs many times: count each pair once
    for task in tasks:
        printed = task.get("responsibility") or task.get("text") or ""  # where the task's units are printed
        for field in ("lead", "support"):
            task[field] = _rejoined(task[field], text, printed, seen)
        lead, support = task["lead"], task["support"]
        # "列第一位的为牵头单位" parted the run before the split: its second half opens the supports.
        if lead and support and lead[-1] + support[0] in printed and _one_body(lead[-1], support[0], text, seen):
            task["lead"], task["support"] = lead[:-1] + [lead[-1] + support[0]], support[1:]


def _rejoined(names: list[str], text: str, printed: str, seen: dict) -> list[str]:
    result: list[str] = []
    for name in names:
        if result and result[-1] + name in printed and _one_body(result[-1], name, text, seen):
            result[-1] = result[-1] + name
        else:
            result.append(name)
    return result


def _one_body(first: str, second: str, text: str, seen: dict) -> bool:
    if (first, second) not in seen:
        runs = text.count(first + second)
        seen[first, second] = runs > 0 and text.count(first) == runs and text.count(second) == runs
    return seen[first, second]
