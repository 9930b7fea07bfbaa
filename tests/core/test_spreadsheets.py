"""The core spreadsheet module: Column parsing, the header check, row errors and the safe writer."""
import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from actiondesk.core.spreadsheets import (
    CHOICE,
    DATE,
    DECIMAL,
    INTEGER,
    MONTH,
    NUMBER,
    Column,
    Rounded,
    RowError,
    SheetFileError,
    Workbook,
    formula_cells,
    locate,
    read_rows,
    read_sheets,
    read_table,
    xlsx_bytes,
)
from tests.core.zipbombs import damaged_member

COLUMNS = [
    Column("code", "编号", required=True, note="必填", max_length=5),
    Column("amount", "金额", DECIMAL, note="≥0", low=0, high=999),
    Column("count", "数量", INTEGER, low=1, high=10),
    Column("on", "日期", DATE),
    Column("month", "月份", MONTH),
    Column("kind", "类别", CHOICE, choices={"甲": "a", "乙": "b"}),
]


@pytest.mark.parametrize(("column", "raw", "expected"), [
    (COLUMNS[1], "1,234.567", (None, "数值超出范围")),
    (COLUMNS[1], 12.345, (Decimal("12.35"), None)),
    (COLUMNS[1], "-1", (None, "不能为负数")),
    (COLUMNS[1], "1e400", (None, "数值超出范围")),
    (COLUMNS[1], "NaN", (None, "不是数字")),
    (COLUMNS[1], "很多", (None, "不是数字")),
    (COLUMNS[2], 2.5, (None, "应为整数")),
    (COLUMNS[2], 11, (None, "应在1–10之间")),
    (COLUMNS[2], "3", (3, None)),
    (COLUMNS[3], "2026/03/01", (datetime.date(2026, 3, 1), None)),
    (COLUMNS[3], "0001-01-01", (None, "“0001-01-01”超出允许的日期范围（1949-01-01 至 2100-12-31）")),
    (COLUMNS[3], datetime.datetime(2026, 3, 1, 8), (datetime.date(2026, 3, 1), None)),
    (COLUMNS[4], "2026年9月", (datetime.date(2026, 9, 1), None)),
    (COLUMNS[4], "2026-13", (None, "不是月份（应为 2026-09 这样的格式）")),
    (COLUMNS[5], "乙", ("b", None)),
    (COLUMNS[5], "丙", (None, "应为以下之一：甲/乙")),
    (COLUMNS[0], "  ", (None, "必填")),
    (COLUMNS[0], "ABCDEF", (None, "超过5个字符")),
    (COLUMNS[0], 12.0, ("12", None)),
    (Column("x", "浮点", NUMBER, low=0, high=1e13), "1e14", (None, "数值超出范围")),
])
def test_a_column_turns_a_cell_into_a_typed_value_or_a_reason(column, raw, expected):
    assert column.parse(raw) == expected


def test_a_missing_required_header_is_refused_listing_the_expected_headers():
    with pytest.raises(SheetFileError) as refused:
        locate(["金额", "编码"], COLUMNS, title="不是测试表")
    assert str(refused.value) == "不是测试表：缺少列 编号；表头应为：编号、金额、数量、日期、月份、类别"
    with pytest.raises(SheetFileError, match="表头不符，应为：编号、金额"):
        locate(["金额", "编号"], COLUMNS[:2], exact=True)


def test_every_bad_cell_is_reported_with_row_column_value_and_reason_and_notes_and_blank_rows_are_skipped():
    rows = [["类别", "编号", "金额", "备注"],
            ["/".join(["甲", "乙"]), "必填", "≥0", "x"],  # not the notes row: the 类别 note differs
            ["甲", "A1", 5, ""],
            [None, None, None, "only an unknown column"],
            ["丁", "", "-3", ""]]
    columns = [COLUMNS[5], COLUMNS[0], COLUMNS[1]]
    table = read_table(rows, columns)
    assert [r.row for r in table.records] == [2, 3, 5]
    assert table.records[1].values == {"kind": "a", "code": "A1", "amount": Decimal("5.00")}
    assert RowError(5, "类别", "丁", "应为以下之一：甲/乙") in table.errors
    assert RowError(5, "编号", "", "必填") in table.errors
    assert RowError(5, "金额", "-3", "不能为负数") in table.errors
    notes = [["编号", "金额"], ["必填", "≥0"], ["B", 1]]
    assert [r.row for r in read_table(notes, COLUMNS[:2]).records] == [3]


def test_several_named_sheets_are_read_and_a_missing_one_is_skipped_but_a_wrong_one_refused_by_its_name():
    book = Workbook()
    book.add_table("甲", ["编号", "金额"], [["A1", 5], ["A2", -1]])
    book.add_table("乙", ["名称"], [["x"]])
    data = book.close()
    sheets = {"甲": COLUMNS[:2], "丙": COLUMNS[:1]}
    tables = read_sheets(data, sheets, missing="没有表")
    assert list(tables) == ["甲"]
    assert [r.values["code"] for r in tables["甲"].records] == ["A1", "A2"]
    assert [(e.row, e.column) for e in tables["甲"].errors] == [(3, "甲·金额")]
    with pytest.raises(SheetFileError, match="^不是乙表：缺少列 编号"):
        read_sheets(data, {"乙": COLUMNS[:1]}, missing="没有表")
    with pytest.raises(SheetFileError, match="^没有表$"):
        read_sheets(data, {"丁": COLUMNS[:1]}, missing="没有表")


def test_a_file_that_is_not_a_workbook_is_refused_in_one_line():
    with pytest.raises(SheetFileError) as refused:
        read_rows(b"PK\x03\x04garbage")
    assert "\n" not in str(refused.value)
    with pytest.raises(SheetFileError, match="文件为空"):
        read_rows(xlsx_bytes("空", [], []))


def test_a_workbook_whose_sheet_member_is_damaged_is_refused_not_an_error():
    data = xlsx_bytes("表", ["文本"], [[f"第{n}行" * 40] for n in range(200)])
    with pytest.raises(SheetFileError, match="不是有效的 .xlsx 文件"):
        formula_cells(damaged_member(data, "sheet1.xml"))


def test_the_writer_keeps_text_as_text_and_writes_numbers_dates_and_stored_infinity():
    data = xlsx_bytes("表", ["文本", "数", "日期"], [
        ["=1+1", Decimal("1.50"), datetime.date(2026, 3, 1)],
        ["0012", float("inf"), None],
        ["http://example.com/", 3, datetime.datetime(2026, 3, 1, 9, 30)],
    ], widths=[20, 10, 12])
    sheet = load_workbook(io.BytesIO(data)).active
    assert [c.value for c in sheet["A"]] == ["文本", "=1+1", "0012", "http://example.com/"]
    assert {c.data_type for c in sheet["A"]} == {"s"} and sheet["A4"].hyperlink is None
    assert (sheet["B2"].value, sheet["B3"].value, sheet["B4"].value) == (1.5, "inf", 3)
    assert sheet["C2"].value == datetime.datetime(2026, 3, 1) and sheet["C2"].number_format == "yyyy-mm-dd"
    assert sheet.freeze_panes == "A2"


def test_the_writer_colours_rows_and_writes_a_notes_row(tmp_path):
    book = Workbook(tmp_path / "out.xlsx")
    book.add_table("状态", ["名称"], [["甲"], ["乙"]], notes=["说明"], fills=["#FFCDD2", None])
    book.close()
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert [c.value for c in sheet["A"]] == ["名称", "说明", "甲", "乙"]
    assert sheet["A3"].fill.fgColor.rgb.endswith("FFCDD2") and sheet["A4"].fill.fgColor.rgb in (None, "00000000")
    assert sheet.freeze_panes == "A3"


def test_a_rounded_figure_is_written_as_a_number_rounded_half_up_with_its_format():
    book = Workbook()
    book.add_table("表", ["a", "b", "c", "d"], [[Rounded(Decimal("13.335"), 2), Rounded(Decimal("2.5"), 0),
                                              Rounded(None, 1), Rounded(Decimal("Infinity"), 1)]],
                   fills=["#FFCDD2"])
    row = next(load_workbook(io.BytesIO(book.close()))["表"].iter_rows(min_row=2))
    assert [c.value for c in row] == [13.34, 3, None, "Infinity"]
    assert [c.number_format for c in row[:2]] == ["#,##0.00", "#,##0"]
    assert row[0].fill.fgColor.rgb.endswith("FFCDD2")
