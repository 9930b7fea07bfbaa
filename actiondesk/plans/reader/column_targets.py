"""A table's figures stated in a column of their own ("场景数量" / "15"): the row's goal, in the column's unit."""

import re

from .table_cells import NUMBER_CELL
from .table_labels import count_unit


def column_target(cell: str, figure, unit: str, label: str, line, task) -> dict:
    def number(value: str):
        return float(value) if "." in value else int(value)

    high = figure.group("high")
    return {
        "text": cell, "indicator": re.sub(r"[（(][^（）()]*[）)]$", "", label), "value": number(figure.group("low")),
        "unit": unit, "comparator": "range" if high else ">=", "value_max": number(high) if high else None,
        "kind": "table", "rule": "table_column", "unsure": False, "start": line.start, "end": line.end,
        "task": task, "sentence": cell,
    }


def count_targets(cells: list[str], labels: list[str], line, task: str) -> list[dict]:
    """A piped row's bare figures under a count column ("场景数量" / "15" → 15 个): the row's goals. Only a row whose
    cells stand one under each column (a Word or PDF table's row) is read so."""
    if len(cells) != len(labels):
        return []
    found = []
    for cell, label in zip(cells, labels, strict=True):
        figure, unit = NUMBER_CELL.match(cell.strip()), count_unit(label)
        if figure and unit:  # the row's first cell after its number: the group a merged count cell spans
            found.append({**column_target(cell.strip(), figure, unit, label, line, task), "group": cells[1]})
    return found


def once_per_merged_cell(tasks: list[dict]) -> None:
    """A count cell merged down a group of rows ("15" beside every row of '2.“数据要素×”商圈消费', as a Word or PDF
    table's text repeats it) is one goal, the group's first row's: a figure the row above in the same group states
    too is dropped; the next group's "15" is its own."""
    previous: set = set()
    for task in tasks:
        stated = task.get("column_targets", [])
        keys = [(target["indicator"], target["text"], target.pop("group", None)) for target in stated]
        task["column_targets"] = [target for target, key in zip(stated, keys, strict=True) if key not in previous]
        previous = set(keys)
