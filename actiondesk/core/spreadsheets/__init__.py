"""The one spreadsheet module: read (limits, header, typed Columns, RowError) and write (text stays text).

Copy actiondesk/chains/outputs.py for a new import (template + read_table + checks) and
actiondesk/projects/exports.py for a new export; docs/ARCHITECTURE.md "Imports" describes the whole way.
"""
from actiondesk.core.spreadsheets.columns import (
    CHOICE,
    DATE,
    DECIMAL,
    INTEGER,
    MONEY_HIGH,
    MONTH,
    NUMBER,
    TEXT,
    Column,
    cell_text,
)
from actiondesk.core.spreadsheets.errors import RowError
from actiondesk.core.spreadsheets.limits import FileRefused, check_archive, check_upload_size
from actiondesk.core.spreadsheets.reader import (
    Record,
    SheetFileError,
    Table,
    formula_cells,
    locate,
    open_workbook,
    read_rows,
    read_sheets,
    read_table,
    sha256,
    sheet_rows,
    shown,
)
from actiondesk.core.spreadsheets.uploads import XlsxUploadForm, clean_xlsx_upload
from actiondesk.core.spreadsheets.writer import Rounded, Workbook, write_cell, xlsx_bytes

__all__ = [
    "CHOICE", "DATE", "DECIMAL", "INTEGER", "MONEY_HIGH", "MONTH", "NUMBER", "TEXT", "Column", "FileRefused",
    "Record", "Rounded", "RowError", "SheetFileError", "Table", "Workbook", "XlsxUploadForm", "cell_text", "check_archive",
    "check_upload_size", "clean_xlsx_upload", "formula_cells", "locate", "open_workbook", "read_rows",
    "read_sheets", "read_table", "sha256", "sheet_rows", "shown", "write_cell", "xlsx_bytes",
]
