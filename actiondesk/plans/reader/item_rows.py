"""Rows of a one-cell-per-line table that lists items by name under a category: "序号 / 项目类别 / 项目名称 / 布点数量 /
责任部门". The 名称 column stands after the category's and only count columns stand between it and the unit cell, so a
row is an item: titled by its 名称 cell, the category's cells (printed over several lines) before it; the figures of
the count columns are its targets (a 数量 column whose header gives no unit counts 个); and the (名称, figure) cells
printed after the unit cell are further items under that unit cell, which spans them."""

import re

from .table_cells import NUMBER_CELL, header_unit, unit_cell

_NAME_LABEL = re.compile(r"名称$")
_COUNT_LABEL = re.compile(r"数量$|个数$")


def item_columns(labels: list[str]) -> int | None:
    """How many count columns follow the 名称 column when they alone stand between it and the unit column (the
    labels of the columns before the unit column, the number's excluded); None when the table is not such a list."""
    at = next((index for index, label in enumerate(labels) if _NAME_LABEL.search(label)), None)
    counts = labels[at + 1:] if at else []
    if not at or not counts or not all(_COUNT_LABEL.search(label) or header_unit(label) for label in counts):
        return None
    return len(counts)


def item_rows(lines, number: str, row_lines: list[int], cells: list[str], labels: list[str], counts: int,
              target) -> list[dict] | None:
    """The items of one row (its own, then those under its unit cell); None when the row is not read so. ``target``
    makes a column target (cell, figure, unit, label, line, task number)."""
    at = next((index for index in range(1, len(cells)) if unit_cell(cells[index]) is not None), None)
    if at is None or at < counts + 2:
        return None
    units = unit_cell(cells[at])
    pieces = [(at - counts - 1, cells[at - counts - 1], cells[at - counts:at])]
    rest = at + 1
    while rest + counts < len(cells):
        figures = cells[rest + 1:rest + 1 + counts]
        if len(figures) < counts or unit_cell(cells[rest]) is not None \
                or not all(NUMBER_CELL.match(figure) for figure in figures):
            break
        pieces.append((rest, cells[rest], figures))
        rest += counts + 1
    found = []
    for index, name, figures in pieces:
        if not name or NUMBER_CELL.match(name) or not all(NUMBER_CELL.match(figure) for figure in figures):
            return None
        line = lines[row_lines[1 + index]]
        label_of = labels[-counts:]
        task_number = f"{number}-{name}"
        found.append({
            "number": task_number, "title": name, "group": None, "lead": list(units), "support": [],
            "text": name, "responsibility": cells[at], "rule": "table" if index < at else "table_spanning",
            "unsure": False, "start": line.start, "end": line.end, "target_spans": [(line.start, line.start)],
            "column_targets": [
                target(f"{name} {figure}", NUMBER_CELL.match(figure), header_unit(label) or "个", label,
                       lines[row_lines[2 + index + offset]], task_number)
                for offset, (figure, label) in enumerate(zip(figures, label_of, strict=True))],
        })
    return found
