"""A PDF's tables by their cells: the rectangles a word processor draws (or clips) for every cell of a ruled table.

A task table printed to PDF is a grid of such rectangles — a cell merged down several rows is one tall rectangle —
and its text is runs placed inside them. Read line by line, a row's cells interleave ("1 医疗健康 临床诊疗数据集 …"
with each cell's wrapped lines between the next row's), so the cells are rebuilt first: each run goes to the cell it
stands in, and each band between two row edges is a row of the cells that cover it, left to right. The rows are then
written as a Word table's are (documents.py): between pipes when the table is headed as a task table, a cell merged
down repeated beside each row; one cell a line otherwise, a merged cell once.
"""

from dataclasses import dataclass, field

_NEAR = 1.5  # points: two edges this close are one edge
_SMALLEST = 6.0  # points: a rectangle narrower or lower than this is a rule or a mark, not a cell


@dataclass
class Cell:
    x0: float
    y0: float  # bottom
    x1: float
    y1: float  # top
    runs: list = field(default_factory=list)  # (baseline, x, text)

    def holds(self, x: float, y: float) -> bool:
        return self.x0 - _NEAR <= x < self.x1 and self.y0 <= y <= self.y1

    def text(self, joined) -> str:
        lines: list[list] = []
        for y, x, text in sorted(self.runs, key=lambda run: (-run[0], run[1])):
            if lines and abs(lines[-1][0] - y) <= 2.0:
                lines[-1][1].append((x, text))
            else:
                lines.append([y, [(x, text)]])
        return "".join(joined(sorted(parts)) for _, parts in lines).strip()


@dataclass
class Row:
    """One band of a table: its cells left to right, each with whether it runs down from the band above."""
    y: float  # top
    bottom: float
    cells: list  # [(Cell, continued)]


def cells_of(rectangles: list[tuple[float, float, float, float]], width: float, height: float) -> list[Cell]:
    """The rectangles that are cells of a table: not the page, not a rule, and beside another cell on a shared edge
    (a framed box alone — a 专栏 — is no table)."""
    boxes = []
    for x0, y0, x1, y1 in rectangles:
        x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        if x1 - x0 < _SMALLEST or y1 - y0 < _SMALLEST or (x1 - x0) * (y1 - y0) > 0.5 * width * height:
            continue
        if not any(_same(x0, b.x0) and _same(x1, b.x1) and _same(y0, b.y0) and _same(y1, b.y1) for b in boxes):
            boxes.append(Cell(x0, y0, x1, y1))
    kept = [box for box in boxes if any(other is not box and _beside(box, other) for other in boxes)]
    # A row merged across the table ("一、培育一批…场景") has no cell beside it: it stands on the table's cells, from
    # its left edge to its right.
    lefts, rights = {round(box.x0) for box in kept}, {round(box.x1) for box in kept}
    spanning = [box for box in boxes if box not in kept and round(box.x0) in lefts and round(box.x1) in rights
                and any(_stacked(box, cell) for cell in kept)]
    return kept + spanning


def rows_of(cells: list[Cell]) -> list[Row]:
    """The bands between row edges, top to bottom, each with the cells covering it."""
    edges = sorted({round(edge, 1) for cell in cells for edge in (cell.y0, cell.y1)}, reverse=True)
    bands = [(top, bottom) for top, bottom in zip(edges, edges[1:], strict=False) if top - bottom > _NEAR]
    rows = []
    for top, bottom in bands:
        covering = sorted((cell for cell in cells if cell.y1 >= top - _NEAR and cell.y0 <= bottom + _NEAR),
                          key=lambda cell: cell.x0)
        if covering:
            rows.append(Row(top, bottom, [(cell, cell.y1 > top + _NEAR) for cell in covering]))
    return rows


def place_loose(rows: list[Row], runs: list) -> list:
    """Runs standing in a row's band inside the table but in no rectangle (a cell drawn without its own, "38") are
    that row's cell where they stand; the runs left over are the page's lines."""
    if not rows:
        return runs
    left = min(cell.x0 for row in rows for cell, _ in row.cells)
    right = max(cell.x1 for row in rows for cell, _ in row.cells)
    leftover = []
    for run in runs:  # (baseline, x, height, text)
        row = next((row for row in rows if row.bottom <= run[0] <= row.y and left <= run[1] <= right), None)
        if row is None:
            leftover.append(run)
            continue
        row.cells.append((Cell(run[1], row.bottom, run[1] + run[2] * len(run[3]) / 2, row.y, [(run[0], run[1], run[3])]),
                          False))
        row.cells.sort(key=lambda pair: pair[0].x0)
    return leftover


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= _NEAR


def _beside(a: Cell, b: Cell) -> bool:
    """Side by side on a shared vertical edge, their heights overlapping."""
    return (_same(a.x1, b.x0) or _same(b.x1, a.x0)) and min(a.y1, b.y1) - max(a.y0, b.y0) > _NEAR


def _stacked(a: Cell, b: Cell) -> bool:
    """One on the other on a shared horizontal edge, their widths overlapping."""
    return (_same(a.y0, b.y1) or _same(b.y0, a.y1)) and min(a.x1, b.x1) - max(a.x0, b.x0) > _NEAR
