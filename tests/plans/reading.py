"""One helper the reader's target tests share: the figures a sentence states, as (value, unit, comparator)."""

from actiondesk.plans.reader.targets import find_targets


def figures(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["comparator"]) for t in find_targets(text)]
