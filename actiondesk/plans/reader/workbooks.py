"""A plan kept in a workbook (.xlsx, or an Excel 97–2003 .xls): a 任务分解表 is as often an Excel sheet as a Word table.

Each visible sheet gives the lines a Word table gives (documents.py): from a row that heads task rows (序号, a task
column, a unit column) on, each row between pipes with an empty cell in its place; the title rows above it, and every
row of a sheet without such a head, one line per cell. A cell merged across columns counts once and one merged
down rows repeats beside each of them, as Excel shows it; lines typed with Alt+Enter in a cell are one cell.
"""

import io

from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from actiondesk.core.spreadsheets.columns import cell_text
from actiondesk.core.spreadsheets.reader import SheetFileError, open_workbook

from .table_labels import ROW_NUMBER
from .table_text import categories_as_groups, cell_of, pipe_rows, sub_label
from .tables import heads_task_rows


class WorkbookUnreadable(ValueError):
    """The workbook cannot be opened; the message is one line."""


def workbook_lines(data: bytes, zipped: bool = True) -> list[str]:
    """The lines of every visible worksheet, sheet after sheet: an .xlsx after its archive's limits, an Excel 97–2003
    .xls (a compound file, not a zip; its size checked by the caller) as it is."""
    try:
        workbook = open_workbook(data) if zipped else CalamineWorkbook.from_filelike(io.BytesIO(data))
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
                rows[row][column] = None if column != left else text if row == top else _Repeated(text or "")
    return rows


class _Repeated(str):
    """A merged cell's text repeated beside a row it spans: a task row's own, but printed once outside a table."""


def sheet_lines(rows: list[list[str | None]]) -> list[str]:
    """One sheet's lines: its task table's rows between pipes from the row that heads it, other rows a cell a line."""
    rows = [row for row in rows if any(row)]
    head = next((index for index, row in enumerate(rows)
                 if heads_task_rows(categories_as_groups([_labels(row)])[0])), None)
    if head is None:
        return [cell for row in rows for cell in row if cell and not isinstance(cell, _Repeated)]
    lines = [cell for row in rows[:head] for cell in row if cell and not isinstance(cell, _Repeated)]
    labels, body = _labels(rows[head]), head + 1
    if body < len(rows) and _is_sub_head(rows[head], rows[body]):
        labels, body = _joined_head(rows[head], rows[body]), body + 1
    width = len(labels)
    table = [labels]
    for row in rows[body:]:
        cells = [cell or "" for cell in row]
        # A row with one filled cell is a group's heading or a note under the table, as one merged across it reads.
        table.append(_padded(cells, width) if sum(map(bool, cells)) > 1 else [next(filter(None, cells))])
    return lines + pipe_rows(categories_as_groups(table))


def _labels(row: list[str | None]) -> list[str]:
    """A head row's labels, one per column; a column a merge across covers has none."""
    return _trimmed([cell or "" for cell in row])


def _is_sub_head(head: list[str | None], below: list[str | None]) -> bool:
    """Whether ``below`` names the columns a label merged across them covers ("责任单位" over "牵头单位" / "配合单位")."""
    covered = [index for index, cell in enumerate(head) if cell is None and index < len(below)]
    return bool(covered) and any(below[index] for index in covered) and not ROW_NUMBER.match(below[0] or "")


def _joined_head(head: list[str | None], below: list[str | None]) -> list[str]:
    """The labels of a head printed on two rows: under a label merged across columns, each column's own label
    ("牵头" under "责任单位" reads 牵头单位); elsewhere the label merged down both rows."""
    labels: list[str] = []
    parent = ""
    for index, cell in enumerate(head):
        parent = cell if cell is not None else parent
        spans = cell is None or index + 1 < len(head) and head[index + 1] is None
        child = below[index] if index < len(below) else ""
        if spans and child:
            labels.append(sub_label(child, parent))
        else:
            labels.append(cell or "")
    return _trimmed(labels)


def _padded(row: list[str], width: int) -> list[str]:
    """The row cut or filled with empty cells to the head's width, each cell in its column."""
    return row[:width] + [""] * (width - len(row))


def _trimmed(row: list[str]) -> list[str]:
    """The row without the empty cells after its last filled one (a sheet's used range runs wider than its table)."""
    end = len(row)
    while end and not row[end - 1]:
        end -= 1
    return row[:end]
