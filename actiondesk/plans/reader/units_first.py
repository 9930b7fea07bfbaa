"""One-cell-per-line task tables whose unit columns come before the task column ("序号 / 责任单位 / 工作任务 / 完成时限",
the lists of a plan arranged by department): each row opens with its unit cells; a row without them is under a unit
cell that spans it from the row above (printed once for the department's rows). The cells after the unit cells fill
the columns after the unit columns: the first holds the task, a schedule cell ("2025年6月") is none of its words."""

from .numbering import headline
from .role_words import LEAD, SUPPORT
from .spanned_rows import EMPTY
from .table_cells import schedule_cell, unit_cell


def units_first(columns: list) -> bool:
    """Whether the table's unit columns stand before its task column."""
    roles = [column.role for column in columns]
    return LEAD in roles and "text" in roles and roles.index(LEAD) < roles.index("text")


def read_units_first(lines, rows, columns: list, clean) -> list[dict]:
    """Tasks of the rows (number, row lines, cells) of a table whose unit columns come first."""
    roles = [column.role for column in columns]
    unit_roles = [role for role in roles[:roles.index("text")] if role in (LEAD, SUPPORT)]
    tasks: list[dict] = []
    lead: list[str] = []
    support: list[str] = []
    for number, row_lines, cells in rows:
        taken = 0
        found: dict[str, list[str]] = {LEAD: [], SUPPORT: []}
        while taken < min(len(unit_roles), len(cells) - 1) and (EMPTY.fullmatch(cells[taken])
                                                                or unit_cell(cells[taken]) is not None):
            found[unit_roles[taken]] += [] if EMPTY.fullmatch(cells[taken]) else unit_cell(cells[taken])
            taken += 1
        spanned = not taken  # the unit cells span this row from the row above
        if taken:
            lead, support = found[LEAD], [name for name in found[SUPPORT] if name not in found[LEAD]]
        words = [index for index in range(taken, len(cells)) if cells[index] and not schedule_cell(cells[index])]
        if not words:
            continue
        text_lines = [lines[row_lines[1 + index]] for index in words[:1]]
        body = clean(text_lines[0].text)
        tasks.append({
            "number": number, "group": None, "title": headline(body)[0].rstrip("。；;"),
            "lead": list(lead), "support": list(support), "text": body,
            "responsibility": "、".join(lead + support), "rule": "table_spanning" if spanned else "table",
            "unsure": not lead, "start": text_lines[0].start, "end": text_lines[-1].end, "column_targets": [],
        })
    return tasks
