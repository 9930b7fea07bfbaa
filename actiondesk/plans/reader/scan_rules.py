"""The rules of a table a scanned page draws, found in its image: long straight runs of ink across a row or down a
column, and the short ones whose ends meet them (a row's rule in a narrow 序号 column), where a stroke of a character
meets none."""

import re

INK = 128  # a grey darker than this is ink
_DRIFT = 2  # pixels a rule may wander from a straight row
_MEET = 6  # pixels: a rule's end this near another rule meets it

def rules_in(pixels: bytes, columns: int, rows: int, length: int) -> list[tuple[int, int, int, int]]:
    """The straight rules a page image draws (x0, y0, x1, y1 in pixels, y down): runs of ink at least ``length``
    pixels long across a row or down a column, neighbouring rows of one thick rule merged into one; and a shorter run
    whose two ends meet long rules across its way — a row's rule in a narrow 序号 column, a column's rule in a low
    header row — where a stroke of a character meets none."""
    import numpy

    ink = numpy.frombuffer(pixels, dtype=numpy.uint8).reshape(rows, columns) < INK
    shortest = max(8, length // 4)
    across = _runs(_thickened(ink, axis=0).astype(numpy.uint8).tobytes(), columns, rows, shortest)
    on_its_side = numpy.ascontiguousarray(_thickened(ink, axis=1).T)
    down = _runs(on_its_side.astype(numpy.uint8).tobytes(), rows, columns, shortest)
    long_across = [run for run in across if run[2] - run[1] >= length]
    long_down = [run for run in down if run[2] - run[1] >= length]
    across = long_across + [run for run in across if run[2] - run[1] < length and _closed(run, long_down)]
    down = long_down + [run for run in down if run[2] - run[1] < length and _closed(run, long_across)]
    return [(x0, y, x1, y) for y, x0, x1 in across] + [(x, y0, x, y1) for x, y0, y1 in down]


def _thickened(ink, axis: int):
    """Ink spread ``_DRIFT`` pixels either way across ``axis``: a rule a straightened scan still slopes by a pixel or
    two over its length, or a scanner's jagged one, is one unbroken run of some row."""
    thick = ink.copy()
    for step in range(1, _DRIFT + 1):
        if axis == 0:
            thick[step:] |= ink[:-step]
            thick[:-step] |= ink[step:]
        else:
            thick[:, step:] |= ink[:, :-step]
            thick[:, :-step] |= ink[:, step:]
    return thick


def _closed(run: tuple[int, int, int], crossing: list[tuple[int, int, int]]) -> bool:
    """Whether both ends of ``run`` (at, start, end) meet a rule of ``crossing`` (at, start, end) running across it."""
    at, start, end = run
    return all(any(abs(other - edge) <= _MEET and first - _MEET <= at <= last + _MEET for other, first, last in crossing)
               for edge in (start, end))


_INK_RUN = {}


def _runs(ink: bytes, width: int, lines: int, length: int) -> list[tuple[int, int, int]]:
    """Runs of ink at least ``length`` long in each line of ``ink`` (``lines`` lines of ``width``): (line, start, end),
    a run continuing one of the line before (a rule two or three pixels thick) taken once, at its middle line."""
    pattern = _INK_RUN.setdefault(length, re.compile(b"\x01{%d,}" % length))
    found: list[list[int]] = []  # [first line, last line, start, end]
    open_runs: list[list[int]] = []
    for line in range(lines):
        row = ink[line * width:(line + 1) * width]
        still = []
        for match in pattern.finditer(row):
            start, end = match.span()
            joined = next((run for run in open_runs if abs(run[2] - start) <= 3 and abs(run[3] - end) <= 3), None)
            if joined is not None:
                joined[1] = line
                still.append(joined)
            else:
                run = [line, line, start, end]
                found.append(run)
                still.append(run)
        open_runs = still
    return [((first + last) // 2, start, end) for first, last, start, end in found]
