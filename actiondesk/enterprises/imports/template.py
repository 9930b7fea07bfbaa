"""The downloadable .xlsx template, the same sheet the export writes (core.spreadsheets writer)."""
import io

from actiondesk.core.spreadsheets import Workbook
from actiondesk.enterprises.imports.columns import COLUMNS, HEADERS, NOTES_MARK

WIDTHS = [22, 30] + [14] * (len(COLUMNS) - 2)


def write_sheet(target, rows=(), *, notes: bool = True, constant_memory: bool = False):
    """Write the header, the notes row and ``rows`` (sequences in COLUMNS order) to a path or file object."""
    book = Workbook(target, constant_memory=constant_memory)
    note_row = [f"{NOTES_MARK}：{COLUMNS[0].note}"] + [c.note for c in COLUMNS[1:]] if notes else None
    book.add_table("企业", HEADERS, rows, notes=note_row, widths=WIDTHS, freeze=(2 if notes else 1, 2))
    book.close()


def template_bytes() -> bytes:
    buffer = io.BytesIO()
    write_sheet(buffer)
    return buffer.getvalue()
