"""A PDF's tables by their cells: the rectangles a word processor draws (or clips) for every cell of a ruled table.

A task table printed to PDF is a grid of such rectangles — a cell merged down several rows is one tall rectangle —
and its text is runs placed inside them. Read line by line, a row's cells interleave ("1 医疗健康 临床诊疗数据集 …"
with each cell's wrapped lines between the next row's), so the cells are rebuilt first: each run goes to the cell it
stands in, and each band between two row edges is a row of the cells that cover it, left to right. The rows are then
written as a Word table's are (documents.py): between pipes when the table is headed as a task table, a cell merged
down repeated beside each row; one cell a line otherwise, a merged cell once.
"""

from dataclasses import dataclass, field

NEAR = 1.5  # points: two edges this close are one edge
_SMALLEST = 6.0  # points: a rectangle narrower or lower than this is a rule or a mark, not a cell
_PAINT = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}  # operators that paint the path built
_MOST_RULES = 3000  # rules on a page: more are a drawing, not a table
_MOST_BOXES = 20000  # the smallest boxes of a page's grid: a table of 200 rows by 100 columns is none


@dataclass
class Cell:
    x0: float
    y0: float  # bottom
    x1: float
    y1: float  # top
    runs: list = field(default_factory=list)  # (baseline, x, text)

    def holds(self, x: float, y: float) -> bool:
        return self.x0 - NEAR <= x < self.x1 and self.y0 <= y <= self.y1

    def text(self, joined) -> str:
        lines: list[list] = []
        for y, x, text in sorted(self.runs, key=lambda run: (-run[0], run[1])):
            if lines and abs(lines[-1][0] - y) <= 2.0:
                lines[-1][1].append((x, text))
            else:
                lines.append([y, [(x, text)]])
        return "".join(joined(sorted(parts)) for _, parts in lines).strip()


class Drawing:
    """What a page draws besides text, as pypdf's operator visitor meets it: every rectangle (a cell's, which WPS clips
    rather than paints, or a rule's) and the rules painted — stroked or filled sides across or down; a clipping path
    draws nothing."""

    def __init__(self):
        self.rectangles: list[tuple[float, float, float, float]] = []
        self.rules: list[tuple[float, float, float, float]] = []
        self._path: list[tuple[float, float, float, float]] = []  # the sides of the path being built
        self._at: list[tuple[float, float]] = []  # the path's current point and its subpath's start

    def visit(self, operator, operands, cm, tm) -> None:
        def placed(px, py):
            return px * cm[0] + py * cm[2] + cm[4], px * cm[1] + py * cm[3] + cm[5]

        if operator == b"re" and len(operands) == 4:
            x, y, w, h = (float(value) for value in operands)
            self.rectangles.append((*placed(x, y), *placed(x + w, y + h)))
            self._path.append(self.rectangles[-1])
        elif operator == b"m" and len(operands) == 2:
            self._at[:] = [placed(float(operands[0]), float(operands[1]))] * 2
        elif operator in (b"l", b"h") and self._at:
            end = placed(float(operands[0]), float(operands[1])) if operator == b"l" and len(operands) == 2 \
                else self._at[1]
            if abs(end[0] - self._at[0][0]) < 0.5 or abs(end[1] - self._at[0][1]) < 0.5:  # a side across or down
                self._path.append((*self._at[0], *end))
            self._at[0] = end
        elif operator in _PAINT:
            self.rules += self._path
            self._path = []
        elif operator == b"n":
            self._path = []


@dataclass
class Row:
    """One band of a table: its cells left to right, each with whether it runs down from the band above."""
    y: float  # top
    bottom: float
    cells: list  # [(Cell, continued)]


def cells_of(rectangles: list[tuple[float, float, float, float]], rules: list[tuple[float, float, float, float]],
             width: float, height: float) -> list[Cell]:
    """The cells of the page's tables: the grid its painted rules close (Word, a browser, most word processors), or
    failing one the rectangles drawn or clipped one per cell (WPS) — not the page, and beside another cell on a shared
    edge (a framed box alone — a 专栏 — is no table)."""
    boxes = _ruled_cells(rules)
    if len(boxes) < 4:
        boxes = []
        for x0, y0, x1, y1 in rectangles:
            x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
            if x1 - x0 < _SMALLEST or y1 - y0 < _SMALLEST or (x1 - x0) * (y1 - y0) > 0.5 * width * height:
                continue
            if not any(_same(x0, b.x0) and _same(x1, b.x1) and _same(y0, b.y0) and _same(y1, b.y1) for b in boxes):
                boxes.append(Cell(x0, y0, x1, y1))
        # Cells of a grid touch and never overlap; rectangles that overlap are clips of text or shading, no table.
        boxes = [box for box in boxes if not any(other is not box and _overlap(box, other) for other in boxes)]
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
    bands = [(top, bottom) for top, bottom in zip(edges, edges[1:], strict=False) if top - bottom > NEAR]
    rows = []
    for top, bottom in bands:
        covering = sorted((cell for cell in cells if cell.y1 >= top - NEAR and cell.y0 <= bottom + NEAR),
                          key=lambda cell: cell.x0)
        if covering:
            rows.append(Row(top, bottom, [(cell, cell.y1 > top + NEAR) for cell in covering]))
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
    return abs(a - b) <= NEAR


def _beside(a: Cell, b: Cell) -> bool:
    """Side by side on a shared vertical edge, their heights overlapping."""
    return (_same(a.x1, b.x0) or _same(b.x1, a.x0)) and min(a.y1, b.y1) - max(a.y0, b.y0) > NEAR


def _overlap(a: Cell, b: Cell) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > NEAR and min(a.y1, b.y1) - max(a.y0, b.y0) > NEAR


def _stacked(a: Cell, b: Cell) -> bool:
    """One on the other on a shared horizontal edge, their widths overlapping."""
    return (_same(a.y0, b.y1) or _same(b.y0, a.y1)) and min(a.x1, b.x1) - max(a.x0, b.x0) > NEAR


def _ruled_cells(rules: list[tuple[float, float, float, float]]) -> list[Cell]:
    """The cells a grid of rules encloses: the grid's smallest boxes, joined where no rule parts them (a merged
    cell), kept where rules close them on every side."""
    # A table's rules are a cell's side or longer; a seal or an emblem drawn in short strokes is none.
    rules = [rule for rule in rules if max(abs(rule[2] - rule[0]), abs(rule[3] - rule[1])) >= _SMALLEST]
    if len(rules) > _MOST_RULES:
        return []
    across = [((y0 + y1) / 2, min(x0, x1), max(x0, x1)) for x0, y0, x1, y1 in rules if abs(x1 - x0) >= abs(y1 - y0)]
    down = [((x0 + x1) / 2, min(y0, y1), max(y0, y1)) for x0, y0, x1, y1 in rules if abs(x1 - x0) < abs(y1 - y0)]
    xs, ys = _edges([x for x, _, _ in down]), _edges([y for y, _, _ in across])[::-1]
    if len(xs) < 3 or len(ys) < 3 or len(xs) * len(ys) > _MOST_BOXES:  # no table of two columns, or a drawing
        return []
    by_position = {"across": _by_position(across), "down": _by_position(down)}

    def ruled(lines, at, start, end):  # a rule along `at` from start to end
        return any(low <= start + NEAR and high >= end - NEAR
                   for key in (round(at) - 1, round(at), round(at) + 1)
                   for position, low, high in by_position[lines].get(key, ()) if _same(position, at))

    parent = {(i, j): (i, j) for i in range(len(ys) - 1) for j in range(len(xs) - 1)}

    def root(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for i, j in list(parent):
        if j + 1 < len(xs) - 1 and not ruled("down", xs[j + 1], ys[i + 1], ys[i]):
            parent[root((i, j))] = root((i, j + 1))
        if i + 1 < len(ys) - 1 and not ruled("across", ys[i + 1], xs[j], xs[j + 1]):
            parent[root((i, j))] = root((i + 1, j))
    groups: dict = {}
    for key in parent:
        groups.setdefault(root(key), []).append(key)
    cells = []
    for keys in groups.values():
        rows, columns = {i for i, _ in keys}, {j for _, j in keys}
        top, bottom, left, right = ys[min(rows)], ys[max(rows) + 1], xs[min(columns)], xs[max(columns) + 1]
        closed = all(ruled("across", top, xs[j], xs[j + 1]) and ruled("across", bottom, xs[j], xs[j + 1]) for j in columns) \
            and all(ruled("down", left, ys[i + 1], ys[i]) and ruled("down", right, ys[i + 1], ys[i]) for i in rows)
        if closed and len(keys) == len(rows) * len(columns):
            cells.append(Cell(left, bottom, right, top))
    return cells


def _by_position(lines: list[tuple[float, float, float]]) -> dict[int, list]:
    """Rules by their position to the point, so that a side is looked up among the few rules at its place."""
    index: dict[int, list] = {}
    for line in lines:
        index.setdefault(round(line[0]), []).append(line)
    return index


def _edges(positions: list[float]) -> list[float]:
    """Positions within NEAR of each other as one, ascending."""
    edges: list[float] = []
    for position in sorted(positions):
        if not edges or position - edges[-1] > NEAR:
            edges.append(position)
    return edges
