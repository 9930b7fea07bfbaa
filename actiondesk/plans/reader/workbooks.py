"""A plan kept in a workbook (.xlsx): a 任务分解表 is as often an Excel sheet as a Word table.

Each visible sheet gives the lines a Word table gives (documents.py): from a row that heads task rows (序号, a task
column, a unit column) on, each row between pipes with an empty cell in its place; the title rows above it, and every
row of a sheet without such a head, one line per cell. A cell merged across columns counts once and one merged
down rows repeats beside each of them, as Excel shows it; lines typed with Alt+Enter in a cell are one cell.
"""

from python_calamine import SheetTypeEnum, SheetVisibleEnum

from actiondesk.core.spreadsheets.columns import cell_text
from actiondesk.core.spreadsheets.reader import SheetFileError, open_workbook

from .table_text import cell_of, pipe_rows
from .tables import heads_task_rows


class WorkbookUnreadable(ValueError):
    """The workbook cannot be opened; the message is one line."""


def workbook_lines(data: bytes) -> list[str]:
    """The lines of every visible worksheet, sheet after sheet (the archive's limits checked first)."""
    try:
        workbook = open_workbook(data)
        lines: list[str] = []
        for sheet in workbook.sheets_metadata:
            if sheet.visible != SheetVisibleEnum.Visible or sheet.typ != SheetTypeEnum.WorkSheet:
                continue  # a hidden sheet holds lookups and drafts, a chart sheet no cells
            found = workbook.get_sheet_by_name(sheet.name)
            lines += sheet_lines(_merged(found.to_python(skip_empty_area=False), found.merged_cell_ranges or []))
    except SheetFileError as error:
        raise WorkbookUnreadable(str(error)) from None
    except Exception as error:  # a damaged sheet part: calamine raises its own error types
        raise WorkbookUnreadable(type(error).__name__) from None
    return lines


def _merged(values: list[list], ranges) -> list[list[str | None]]:
    """Cells as text; None for the cells a merge across columns covers, the top cell's text down a merge of rows."""
    rows: list[list[str | None]] = [[cell_of(cell_text(value).split("\n")) for value in row] for row in values]
    for (top, left), (bottom, right) in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        text = rows[top][left]
        for row in range(top, min(bottom, len(rows) - 1) + 1):
            for column in range(left, min(right, len(rows[row]) - 1) + 1):
                rows[row][column] = text if column == left else None
    return rows


def sheet_lines(rows: list[list[str | None]]) -> list[str]:
    """One sheet's lines: its task table's rows between pipes from the row that heads it, other rows a cell a line."""
    rows = [[cell for cell in row if cell is not None] for row in rows]
    rows = [row for row in rows if any(row)]
    head = next((index for index, row in enumerate(rows) if heads_task_rows(_trimmed(row))), None)
    loose = rows if head is None else rows[:head]
    lines = [cell for row in loose for cell in row if cell]
    if head is not None:
        width = len(_trimmed(rows[head]))
        # A row with one filled cell is a group's heading or a note under the table, as one merged across it reads.
        lines += pipe_rows([_padded(row, width) if sum(map(bool, row)) > 1 else [next(filter(None, row))]
                            for row in rows[head:]])
    return lines


def _padded(row: list[str], width: int) -> list[str]:
    """The row cut or filled with empty cells to the head's width, each cell in its column."""
    return row[:width] + [""] * (width - len(row))


def _trimmed(row: list[str]) -> list[str]:
    """The row without the empty cells after its last filled one (a sheet's used range runs wider than its table)."""
    end = len(row)
    while end and not row[end - 1]:
        end -= 1
    return row[:end]
