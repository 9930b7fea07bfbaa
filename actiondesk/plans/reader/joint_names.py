"""Two names printed as one ("市经信局市新经济委"): the reader parts them where each ends as a body, but a body with two
names (one office, two titles) is printed so every time. Such a run stays one unit when the document never names either
half on its own; where it does ("城市提升办" alone elsewhere), the two are two units."""


def rejoin_run_together(tasks: list[dict], text: str) -> None:
    for task in tasks:
        for field in ("lead", "support"):
            task[field] = _rejoined(task[field], text)


def _rejoined(names: list[str], text: str) -> list[str]:
    result: list[str] = []
    for name in names:
        if result and _one_body(result[-1], name, text):
            result[-1] = result[-1] + name
        else:
            result.append(name)
    return result


def _one_body(first: str, second: str, text: str) -> bool:
    joined = first + second
    runs = text.count(joined)
    return runs > 0 and text.count(first) == runs and text.count(second) == runs
