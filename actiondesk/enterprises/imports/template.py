"""The downloadable .xlsx template, the same sheet the export writes (xlsxwriter)."""
import io

import xlsxwriter

from actiondesk.enterprises.imports.columns import COLUMNS, DATE, HEADERS, NOTES_MARK


def write_sheet(target, rows=(), *, notes: bool = True, constant_memory: bool = False):
    """Write the header, the notes row and ``rows`` (sequences in COLUMNS order) to a path or file object."""
    workbook = xlsxwriter.Workbook(target, {"constant_memory": constant_memory, "in_memory": not constant_memory,
                                            "strings_to_numbers": False, "strings_to_formulas": False})
    sheet = workbook.add_worksheet("企业")
    head = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    note = workbook.add_format({"italic": True, "font_color": "#666666", "text_wrap": True})
    date = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, HEADERS, head)
    start = 1
    if notes:
        sheet.write_row(1, 0, [f"{NOTES_MARK}：{COLUMNS[0].note}"] + [c.note for c in COLUMNS[1:]], note)
        start = 2
    date_columns = [i for i, c in enumerate(COLUMNS) if c.kind == DATE]
    for offset, row in enumerate(rows):
        r = start + offset
        sheet.write_row(r, 0, row)
        for i in date_columns:
            if row[i]:
                sheet.write_datetime(r, i, row[i], date)
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 30)
    sheet.set_column(2, len(COLUMNS) - 1, 14)
    sheet.freeze_panes(start, 2)
    workbook.close()


def template_bytes() -> bytes:
    buffer = io.BytesIO()
    write_sheet(buffer)
    return buffer.getvalue()
