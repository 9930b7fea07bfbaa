"""Reads an import sheet through core.spreadsheets (limits, exact header); formula cells are found beside it."""
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from actiondesk.core.spreadsheets import (
    FileRefused,
    SheetFileError,
    check_archive,
    formula_cells,
    locate,
    open_workbook,
    sha256,
    sheet_rows,
)
from actiondesk.enterprises.imports.columns import COLUMNS, NOTES_MARK

BadFile = SheetFileError  # the enterprise import's name for a file refused as a whole


@dataclass
class Sheet:
    rows: list  # data rows only
    first_row: int  # Excel row number of rows[0]
    formula_cells: dict = field(default_factory=dict)  # (excel_row, column_index) → formula text
    sha256: str = ""


def read_sheet(data: bytes) -> Sheet:
    try:
        check_archive(data)  # before either reader touches a part
    except FileRefused as exc:
        raise BadFile(str(exc)) from None
    # The formula scan is mostly zlib work, which releases the GIL: run it beside calamine.
    with ThreadPoolExecutor(max_workers=1) as pool:
        formulas = pool.submit(formula_cells, data)
        sheet = _read_rows(data)
        sheet.formula_cells = formulas.result()
    sheet.sha256 = sha256(data)
    return sheet


def _read_rows(data: bytes) -> Sheet:
    rows = sheet_rows(open_workbook(data), 0)
    if not rows:
        raise BadFile("文件为空")
    locate(rows[0], COLUMNS, exact=True)
    first = 2
    body = rows[1:]
    if body and isinstance(body[0][0], str) and body[0][0].startswith(NOTES_MARK):
        body, first = body[1:], 3
    while body and not any(v not in ("", None) for v in body[-1]):
        body.pop()
    return Sheet(body, first)
