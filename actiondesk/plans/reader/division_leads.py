"""A lead column of a body's own divisions ("责任处室", "牵头科室") beside a 配合单位 column, printed one name a line:
the lead cell names divisions ("社会事业处", "综治处"), so the first name that is no division — a zone body
("区消防救援支队"), a catch-all ("各村居", "各包村工作大队") — opens the 配合 cell, however many lines the lead
cell takes. The label says what the column holds; the names say where its cell ends."""

import re

DIVISION_LEAD_LABEL = re.compile(r"^(?:责任|牵头|主责)(?:处室|科室)$")
_DIVISION = re.compile(r"[\u4e00-\u9fff]{1,12}(?:处|科|室)")


def division_lead_lines(cells: list[list[str]]) -> int:
    """How many of the unit cells (each the names of one line) are the lead's: the run of cells naming divisions
    only, at least one, and never all of them (the 配合 cell has at least its last line)."""
    run = 0
    while run < len(cells) - 1 and cells[run] and all(_DIVISION.fullmatch(name) for name in cells[run]):
        run += 1
    return max(1, run)
