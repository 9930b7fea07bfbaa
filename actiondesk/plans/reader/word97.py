"""A plan kept as an old Word file (.doc, Word 97–2003, or a .wps in that format): the main document's text.

The text is read from the file's piece table ([MS-DOC] 2.4.1: the Clx in the table stream, each piece 8-bit or
UTF-16 text in the WordDocument stream), only the main document (the first FibRgLw97.ccpText characters, not
footnotes or headers). Word's marks are read as a reader sees them: \\r ends a paragraph, \\x07 ends a table cell and
two in a row end a table row, a field shows its result, not its code. Cells become rows as a Word table's do in a
.docx (table_text.py).
"""

import io
import struct

import olefile

from .table_text import cell_of, pipe_rows, task_table

_MAGIC = 0xA5EC
_DROP = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None)  # pictures, notes' marks, soft hyphens
_MARKS = {"\x0b": "\n", "\x0c": "\n", "\x1e": "-", "\t": " "}


class WordFileUnreadable(ValueError):
    """The old Word file cannot be read; the message is one line, Chinese then English."""


def word97_lines(data: bytes) -> list[str]:
    """The lines of a .doc's main document, its task tables between pipes."""
    return document_lines(_main_text(data))


def _main_text(data: bytes) -> str:
    try:
        return _read(olefile.OleFileIO(io.BytesIO(data)))
    except WordFileUnreadable:
        raise
    except Exception as error:  # olefile raises many unrelated types on a damaged compound file
        raise WordFileUnreadable(f"文件已损坏 (the compound file cannot be read: {type(error).__name__})") from None


def _read(ole) -> str:
    with ole:
        if not ole.exists("WordDocument"):
            raise WordFileUnreadable("文件中没有 Word 正文 (no WordDocument stream)")
        document = ole.openstream("WordDocument").read()
        try:
            magic, _ = struct.unpack_from("<HH", document, 0)
            flags = struct.unpack_from("<H", document, 0x0A)[0]
        except struct.error:
            raise WordFileUnreadable("Word 文件已损坏 (the file header is cut short)") from None
        if magic != _MAGIC:
            raise WordFileUnreadable("不是 Word 97–2003 文件 (an older Word format)")
        if flags & 0x0100:
            raise WordFileUnreadable("文件已加密，请取消密码后另存为 .docx 上传 (the file is encrypted)")
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            raise WordFileUnreadable("Word 文件已损坏 (no table stream)")
        table = ole.openstream(table_name).read()
    try:
        return _pieces_text(document, table)
    except (struct.error, IndexError, ValueError):
        raise WordFileUnreadable("Word 文件已损坏 (the piece table cannot be read)") from None


def _pieces_text(document: bytes, table: bytes) -> str:
    position = 32
    csw = struct.unpack_from("<H", document, position)[0]
    position += 2 + csw * 2
    cslw = struct.unpack_from("<H", document, position)[0]
    longs = position + 2
    position += 2 + cslw * 4
    ccp_text = struct.unpack_from("<i", document, longs + 3 * 4)[0]  # FibRgLw97.ccpText
    position += 2  # cbRgFcLcb
    fc_clx, lcb_clx = struct.unpack_from("<II", document, position + 33 * 8)  # FibRgFcLcb97.fcClx / lcbClx
    clx = table[fc_clx:fc_clx + lcb_clx]
    index = 0
    while index < len(clx) and clx[index] == 0x01:  # Prc: formatting of pieces, skipped
        index += 3 + struct.unpack_from("<H", clx, index + 1)[0]
    if index >= len(clx) or clx[index] != 0x02:
        raise ValueError("no Pcdt")
    size = struct.unpack_from("<I", clx, index + 1)[0]
    plc = clx[index + 5:index + 5 + size]
    count = (size - 4) // 12
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    parts: list[str] = []
    for piece in range(count):
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * piece + 2)[0]
        length = cps[piece + 1] - cps[piece]
        if length <= 0:
            continue
        if fc & 0x40000000:  # 8-bit text (Western runs only; Chinese is always stored as UTF-16)
            start = (fc & 0x3FFFFFFF) // 2
            parts.append(document[start:start + length].decode("cp1252", "replace"))
        else:
            start = fc & 0x3FFFFFFF
            parts.append(document[start:start + 2 * length].decode("utf-16-le", "replace"))
    return "".join(parts)[:max(ccp_text, 0)]


def _field_results(text: str) -> str:
    """A field (\\x13 code \\x14 result \\x15) as its result: "PAGE" or "HYPERLINK …" codes are no text of the plan."""
    out: list[str] = []
    showing = [True]  # per open field: whether its result part is reached
    for char in text:
        if char == "\x13":
            showing.append(False)
        elif char == "\x14" and len(showing) > 1:
            showing[-1] = True
        elif char == "\x15" and len(showing) > 1:
            showing.pop()
        elif all(showing):
            out.append(char)
    return "".join(out)


def document_lines(text: str) -> list[str]:
    """Paragraphs and table rows from the main document's characters. A cell ends at \\x07 and a row at the \\x07
    after its last cell; a paragraph ended by \\r right after a row ends the table (a cell of several paragraphs is
    seldom the first of its row, where 序号 stands)."""
    text = "".join(_MARKS.get(char, char) for char in _field_results(text).translate(_DROP))
    lines: list[str] = []
    rows: list[list[str]] = []
    cells: list[str] = []
    paragraphs: list[str] = []  # of the cell being read
    buffer: list[str] = []
    previous = ""

    def end_table():
        if rows:
            table = task_table(rows)
            lines.extend(pipe_rows(table) if table else [cell for row in rows for cell in row if cell])
            rows.clear()

    for char in text:
        if char == "\x07":
            # The row's own mark; an empty cell is also a \x07 after a \x07: a row ends once it has the head's cells.
            if previous == "\x07" and not buffer and not paragraphs and (not rows or len(cells) >= len(rows[0])):
                rows.append(cells[:])
                cells.clear()
            else:
                cells.append(cell_of([*paragraphs, "".join(buffer)]))
                paragraphs.clear()
            buffer.clear()
        elif char == "\r":
            paragraph = "".join(buffer)
            buffer.clear()
            if cells:  # a paragraph inside a cell of the row being read
                paragraphs.append(paragraph)
            else:
                end_table()
                lines.extend(part for part in paragraph.split("\n"))
        else:
            buffer.append(char)
        previous = char
    if cells:
        rows.append(cells)
    end_table()
    lines.extend("".join(buffer).split("\n"))
    return [line for line in lines if line.strip()]
