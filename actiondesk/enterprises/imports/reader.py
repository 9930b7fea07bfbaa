"""Reads an import sheet with python-calamine; formula cells are found in the sheet XML, only if present."""
import hashlib
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from python_calamine import CalamineWorkbook

from actiondesk.enterprises.imports.columns import HEADERS, NOTES_MARK


class BadFile(ValueError):
    """The file as a whole cannot be imported (not xlsx, empty, wrong header); one-line reason."""


@dataclass
class Sheet:
    rows: list  # data rows only
    first_row: int  # Excel row number of rows[0]
    formula_cells: dict = field(default_factory=dict)  # (excel_row, column_index) → formula text
    sha256: str = ""


_CELL_WITH_FORMULA = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*?(?<!/)>(?:(?!</c>).)*?<f[^>]*?(?:/>|>(.*?)</f>)', re.S)


def _column_index(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ch - 64
    return index - 1


def formula_cells(data: bytes) -> dict:
    """Cells holding formulas, from the first worksheet's XML; cheap when there are none."""
    try:
        with zipfile.ZipFile(_as_file(data)) as archive:
            names = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet") and n.endswith(".xml"))
            if not names:
                return {}
            xml = archive.read(names[0])
    except zipfile.BadZipFile as exc:
        raise BadFile("不是有效的 .xlsx 文件") from exc
    if b"<f" not in xml:
        return {}
    return {(int(m.group(2)), _column_index(m.group(1))): (m.group(3) or b"").decode("utf-8", "replace")
            for m in _CELL_WITH_FORMULA.finditer(xml)}


def _as_file(data: bytes):
    import io

    return io.BytesIO(data)


def read_sheet(data: bytes) -> Sheet:
    digest = hashlib.sha256(data).hexdigest()
    # The formula scan is mostly zlib work, which releases the GIL: run it beside calamine.
    with ThreadPoolExecutor(max_workers=1) as pool:
        formulas = pool.submit(formula_cells, data)
        sheet = _read_rows(data, digest)
        sheet.formula_cells = formulas.result()
    return sheet


def _read_rows(data: bytes, digest: str) -> Sheet:
    try:
        workbook = CalamineWorkbook.from_filelike(_as_file(data))
        rows = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine raises its own error types for every kind of broken file
        raise BadFile(f"无法读取文件（需 .xlsx）：{type(exc).__name__}") from exc
    if not rows:
        raise BadFile("文件为空")
    header = tuple(str(v).strip() for v in rows[0][:len(HEADERS)])
    if header != HEADERS:
        raise BadFile("表头不符，应为：" + "、".join(HEADERS))
    first = 2
    body = rows[1:]
    if body and isinstance(body[0][0], str) and body[0][0].startswith(NOTES_MARK):
        body, first = body[1:], 3
    while body and not any(v not in ("", None) for v in body[-1]):
        body.pop()
    return Sheet(body, first, {}, digest)
