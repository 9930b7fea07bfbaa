"""Made-up plans written into the real WPS-saved .doc of fixtures/doc (README there): its main text replaced in
place and its paragraph properties (PapxFkp pages, [MS-DOC] 2.9.175) written to say which marks end a table
cell or row, as Word and WPS write them, so the reader is tried on the binary format without a Word program."""
import io
import struct
from pathlib import Path

import olefile

FIXTURE = Path(__file__).parent / "fixtures" / "doc" / "national-2017-investment-project-online-approval-platform-measures.doc"
_TEXT_AT, _TEXT_CHARACTERS = 0x800, 3077  # the fixture's one piece: UTF-16 text at fc 0x800 in WordDocument
_CELL = bytes.fromhex("1624 01 4966 01000000")  # sprmPFInTable 1, sprmPItap 1
MERGED_ACROSS, MERGED_DOWN, MERGE_STARTS = 0x0002, 0x0020, 0x0040


def written_doc(*blocks, pages_at: int | None = None) -> bytes:
    """The fixture holding ``blocks``: a str is a paragraph (fields and marks as Word stores them); a list is a
    table of rows, each a list of cells — a cell's text ("\\r" between its paragraphs) or (text, TC80 flags).
    ``pages_at`` points the paragraph properties at that page number instead (a damaged file)."""
    text, runs = [], []  # runs: (characters, the paragraph's properties)
    for block in blocks:
        if isinstance(block, str):
            text.append(block + "\r")
            runs.append((len(block) + 1, b""))
            continue
        for row in block:
            cells = [cell if isinstance(cell, tuple) else (cell, 0) for cell in row]
            for cell, _ in cells:
                for paragraph in cell.split("\r")[:-1]:
                    runs.append((len(paragraph) + 1, _CELL))
                text.append(cell + "\x07")
                runs.append((len(cell.split("\r")[-1]) + 1, _CELL))
            text.append("\x07")
            runs.append((1, _row_properties([flags for _, flags in cells])))
    return _replaced("".join(text), runs, pages_at)


def _row_properties(flags: list[int]) -> bytes:
    definition = bytes([len(flags)]) + struct.pack(f"<{len(flags) + 1}h", *range(0, 1500 * len(flags) + 1, 1500))
    definition += b"".join(struct.pack("<H", flag) + bytes(18) for flag in flags)
    return bytes.fromhex("1624 01 1724 01 4966 01000000 08d6") + struct.pack("<H", len(definition) + 1) + definition


def _replaced(text: str, runs, pages_at: int | None) -> bytes:
    assert len(text) <= 600, "the paragraph pages are written in the piece's unused tail"
    buffer = io.BytesIO(FIXTURE.read_bytes())
    with olefile.OleFileIO(buffer, write_mode=True) as ole:
        document = bytearray(ole.openstream("WordDocument").read())
        table_name = "1Table" if struct.unpack_from("<H", document, 0x0A)[0] & 0x0200 else "0Table"
        table = bytearray(ole.openstream(table_name).read())
        document[_TEXT_AT:_TEXT_AT + 2 * _TEXT_CHARACTERS] = (text + "\r" * (_TEXT_CHARACTERS - len(text))).encode("utf-16-le")
        csw = struct.unpack_from("<H", document, 32)[0]
        longs = 34 + 2 * csw + 2
        struct.pack_into("<i", document, longs + 12, len(text))  # FibRgLw97.ccpText
        pairs = longs + 4 * struct.unpack_from("<H", document, longs - 2)[0] + 2
        fc_papx, lcb_papx = struct.unpack_from("<II", document, pairs + 13 * 8)
        first_page = -(-(_TEXT_AT + 2 * len(text)) // 512)
        fc, bounds, pages = _TEXT_AT, [_TEXT_AT], []
        page_runs: list[tuple[int, int, bytes]] = []
        for characters, properties in runs:
            page_runs.append((fc, fc + 2 * characters, properties))
            fc += 2 * characters
            if _page(page_runs) is None:
                pages.append(_page(page_runs[:-1]))
                bounds.append(page_runs[-1][0])
                page_runs = page_runs[-1:]
        pages.append(_page(page_runs))
        bounds.append(fc)
        for number, page in enumerate(pages):
            document[(first_page + number) * 512:(first_page + number + 1) * 512] = page
        numbers = range(first_page, first_page + len(pages)) if pages_at is None else [pages_at] * len(pages)
        plc = struct.pack(f"<{len(bounds)}I", *bounds) + struct.pack(f"<{len(pages)}I", *numbers)
        assert len(plc) <= lcb_papx and (first_page + len(pages)) * 512 <= _TEXT_AT + 2 * _TEXT_CHARACTERS
        table[fc_papx:fc_papx + len(plc)] = plc
        struct.pack_into("<I", document, pairs + 13 * 8 + 4, len(plc))
        ole.write_stream("WordDocument", bytes(document))
        ole.write_stream(table_name, bytes(table))
    return buffer.getvalue()


def _page(runs) -> bytes | None:
    """One PapxFkp page of the runs, or None when they do not fit: rgfc, rgbx, the properties from the end."""
    page = bytearray(512)
    page[511] = len(runs)
    free, placed = 511, {}
    for number, (start, _, properties) in enumerate(runs):
        struct.pack_into("<I", page, 4 * number, start)
        if properties and properties not in placed:
            grpprl = bytes(2) + properties  # istd 0, then the sprms
            blob = bytes([(len(grpprl) + 1) // 2]) + grpprl if len(grpprl) % 2 else bytes([0, len(grpprl) // 2]) + grpprl
            free = (free - len(blob)) & ~1
            page[free:free + len(blob)] = blob
            placed[properties] = free // 2
        page[4 * (len(runs) + 1) + 13 * number] = placed.get(properties, 0)
    struct.pack_into("<I", page, 4 * len(runs), runs[-1][1] if runs else 0)
    return bytes(page) if 4 * (len(runs) + 1) + 13 * len(runs) <= free else None
