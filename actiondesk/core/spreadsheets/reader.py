"""Reading .xlsx with python-calamine: limits first, then the header check, then every row through its Columns.

``read_table(data, columns)`` is the whole import read for most sheets: it returns typed records and every
bad cell as a RowError(row, column, value, reason); nothing here writes.
"""
import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from python_calamine import CalamineWorkbook

from actiondesk.core.language import label_colon
from actiondesk.core.spreadsheets.columns import Column, cell_text
from actiondesk.core.spreadsheets.errors import RowError
from actiondesk.core.spreadsheets.limits import FileRefused, check_archive


class SheetFileError(FileRefused):
    """The file as a whole cannot be imported (not .xlsx, too large, empty, wrong header); one-line reason."""


@dataclass
class Record:
    row: int  # Excel row number
    values: dict = field(default_factory=dict)


@dataclass
class Table:
    records: list[Record] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def open_workbook(data: bytes) -> CalamineWorkbook:
    """The workbook, after the size and zip-expansion limits; any parser failure becomes one line."""
    try:
        check_archive(data)
    except FileRefused as exc:
        raise SheetFileError(str(exc)) from None
    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types for every kind of broken file
        raise SheetFileError(_("无法读取 xlsx 文件：%(error)s") % {"error": _first_line(exc)}) from exc


def _first_line(exc) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:120]


def sheet_rows(workbook: CalamineWorkbook, sheet: int | str = 0) -> list[list] | None:
    """All rows of a sheet by index or name; None when a named sheet is absent."""
    try:
        if isinstance(sheet, str):
            if sheet not in workbook.sheet_names:
                return None
            return workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        return workbook.get_sheet_by_index(sheet).to_python(skip_empty_area=False)
    except Exception as exc:  # a damaged sheet part
        raise SheetFileError(_("无法读取 xlsx 文件：%(error)s") % {"error": _first_line(exc)}) from exc


def read_rows(data: bytes, sheet: int | str = 0) -> list[list]:
    rows = sheet_rows(open_workbook(data), sheet)
    if not rows:
        raise SheetFileError(_("文件为空"))
    return rows


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def locate(header_row: Sequence, columns: Sequence[Column], *, exact: bool = False,
           title: str = "") -> list[tuple[int, Column]]:
    """(index, column) for each declared column found in the header row; refuses a sheet missing a required one.

    ``exact``: the sheet must start with exactly these headers in this order (the fast enterprise path).
    The error lists the expected headers so the user can fix the file.
    """
    found = [cell_text(h) for h in header_row]
    expected = "、".join(c.header for c in columns)
    if exact:
        if found[:len(columns)] != [c.header for c in columns]:
            raise SheetFileError(_("表头不符，应为：%(headers)s") % {"headers": expected})
        return list(enumerate(columns))
    missing = [c.header for c in columns if c.required and c.header not in found]
    if missing:
        raise SheetFileError(_("%(title)s缺少列 %(missing)s；表头应为：%(headers)s") % {
            "title": f"{title}{label_colon()}" if title else "", "missing": "、".join(missing), "headers": expected})
    by_header = {c.header: c for c in columns}
    return [(i, by_header[h]) for i, h in enumerate(found) if h in by_header]


def is_notes_row(row: Sequence, columns: Sequence[Column], positions) -> bool:
    """The templates' second row repeats each column's note; it is skipped on import."""
    cells = [cell_text(row[i]) if i < len(row) else "" for i, _c in positions]
    notes = [c.note for _i, c in positions]
    return any(notes) and cells == notes


def read_table(rows: list[list], columns: Sequence[Column], *, title: str = "", label: str = "",
               keep: Callable[[dict], bool] | None = None) -> Table:
    """Parse every data row of ``rows`` (row 1 = headers) through its Column; blank rows are skipped.

    ``label`` prefixes the column in errors (a second sheet: ``要素保障·单位``); ``keep(raw_cells)`` may skip a
    row (e.g. a template row whose value was left empty).
    """
    if not rows:
        return Table()
    positions = locate(rows[0], columns, title=title)
    table = Table()
    prefix = f"{label}·" if label else ""
    for number, row in enumerate(rows[1:], start=2):
        if number == 2 and is_notes_row(row, columns, positions):
            continue
        cells = {c.key: (row[i] if i < len(row) else None) for i, c in positions}
        if all(cell_text(v) == "" for v in cells.values()) or (keep is not None and not keep(cells)):
            continue
        record = Record(number)
        for _i, column in positions:
            value, reason = column.parse(cells[column.key])
            if reason:
                table.errors.append(RowError(number, prefix + column.header, shown(cells[column.key]), reason))
            record.values[column.key] = value
        table.records.append(record)
    return table


def read_sheets(data: bytes, sheets: dict[str, Sequence[Column]], *, missing: str) -> dict[str, Table]:
    """Each named sheet of one workbook that is present, read by ``read_table`` with its columns (errors name the
    sheet: ``地块·面积(亩)``); ``missing`` is the one-line refusal when none of them is there."""
    workbook = open_workbook(data)
    tables = {}
    for sheet, columns in sheets.items():
        rows = sheet_rows(workbook, sheet)
        if rows is not None:
            tables[sheet] = read_table(rows, columns, title=_("不是%(sheet)s表") % {"sheet": sheet}, label=sheet)
    if not tables:
        raise SheetFileError(missing)
    return tables


def shown(value) -> str:
    """A cell's value as quoted back in an error (short)."""
    return cell_text(value)[:60]


_CELL_WITH_FORMULA = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*?(?<!/)>(?:(?!</c>).)*?<f[^>]*?(?:/>|>(.*?)</f>)', re.S)


def _column_index(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ch - 64
    return index - 1


def formula_cells(data: bytes) -> dict:
    """(excel_row, column_index) → formula text of the first worksheet; cheap when there are none.

    Call after ``open_workbook``/``check_archive`` (the archive's limits are checked there).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet") and n.endswith(".xml"))
            if not names:
                return {}
            xml = archive.read(names[0])
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, NotImplementedError) as exc:  # a damaged member
        raise SheetFileError(_("不是有效的 .xlsx 文件")) from exc
    if b"<f" not in xml:
        return {}
    return {(int(m.group(2)), _column_index(m.group(1))): (m.group(3) or b"").decode("utf-8", "replace")
            for m in _CELL_WITH_FORMULA.finditer(xml)}
