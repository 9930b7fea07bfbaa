"""A plan kept as an old Word file (.doc, Word 97–2003, or a .wps in that format): the main document's text.

The text is read from the file's piece table ([MS-DOC] 2.4.1: the Clx in the table stream, each piece 8-bit or
UTF-16 text in the WordDocument stream): the main document (the first FibRgLw97.ccpText characters) and its text
boxes, each after the paragraph its shape is anchored in (a 专栏 is often drawn as one); not footnotes or headers.
The numbers Word's lists draw are written in (word97_lists.py). Which paragraph marks end a table cell or a table
row is read from the paragraph properties, as Word itself knows it ([MS-DOC] 2.4.6.5: the PlcBtePapx's FKP pages,
sprmPFInTable / sprmPFTtp / sprmPItap); a row's cell layout from its sprmTDefTable, so a cell merged down rows serves
each row, as in a .docx. The text and its marks become lines in marked_text.py, shared with the RTF reader.
"""

import bisect
import io
import re
import struct
from dataclasses import replace

import olefile

from .marked_text import (
    CELL,
    CELL_PARAGRAPH,
    MERGE_STARTS,
    MERGED_DOWN,
    NESTED_CELL,
    PARAGRAPH,
    Mark,
    boxes_after_paragraphs,
    document_lines,
)
from .word97_lists import ListNumbers, paragraph_list, style_lists

_IN_CELL = {"\x07": CELL, "\r": CELL_PARAGRAPH}  # a table paragraph's mark, by its character

_MAGIC = 0xA5EC
_TEXT_BOXES, _SHAPE_ANCHORS = 56, 40  # FibRgFcLcb97's fcPlcftxbxTxt and fcPlcSpaMom
_IN_TABLE, _ROW_END, _DEPTH, _NESTED_CELL_END, _NESTED_ROW_END = 0x2416, 0x2417, 0x6649, 0x244B, 0x244C
_TABLE_DEFINITION, _VERTICAL_MERGE = 0xD608, 0xD62B
_DELETED, _HIDDEN = 0x0800, 0x083C  # sprmCFRMarkDel, sprmCFVanish
_OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by a sprm's spra; 6 is variable
_MARK = re.compile("[\r\x07]")


class WordFileUnreadable(ValueError):
    """The old Word file cannot be read; the message is one line, Chinese then English."""


def word97_lines(data: bytes) -> list[str]:
    """The lines of a .doc's main document, its task tables between pipes."""
    return document_lines(*_main_text(data))


def _main_text(data: bytes) -> tuple[str, dict[int, Mark]]:
    try:
        return _read(olefile.OleFileIO(io.BytesIO(data)))
    except WordFileUnreadable:
        raise
    except Exception as error:  # olefile raises many unrelated types on a damaged compound file
        raise WordFileUnreadable(f"文件已损坏 (the compound file cannot be read: {type(error).__name__})") from None


def _read(ole) -> tuple[str, dict[int, Mark]]:
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
        lengths, fc_lcb = _fib(document)
        text, offsets = _pieces(document, table[slice(*fc_lcb(33))])
    except (struct.error, IndexError, ValueError):
        raise WordFileUnreadable("Word 文件已损坏 (the piece table cannot be read)") from None
    try:
        boxes = _text_boxes(table, fc_lcb, lengths)
    except (struct.error, IndexError, ValueError):
        boxes = []  # a damaged text-box table loses the boxes, not the document
    try:
        styles = style_lists(table, *fc_lcb(1), _grpprl)  # fcStshf
        runs = _paragraph_runs(document, table[slice(*fc_lcb(13))], styles)
        numbers = ListNumbers(table, fc_lcb)
        unshown = _unshown_runs(document, table[slice(*fc_lcb(12))])
    except (struct.error, IndexError, ValueError):
        raise WordFileUnreadable("Word 文件已损坏 (the paragraph properties cannot be read)") from None
    return boxes_after_paragraphs(_shown(text, offsets, unshown), _marks(text, offsets, runs, numbers), lengths[0], boxes)


def _fib(document: bytes):
    """FibRgLw97's story lengths (ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx), and the
    (start, end) in the table stream of FibRgFcLcb97's n-th fc / lcb pair."""
    position = 32
    csw = struct.unpack_from("<H", document, position)[0]
    position += 2 + csw * 2
    cslw = struct.unpack_from("<H", document, position)[0]
    lengths = tuple(max(length, 0) for length in struct.unpack_from("<8i", document, position + 2 + 3 * 4))
    position += 2 + cslw * 4 + 2  # past FibRgLw and cbRgFcLcb

    def fc_lcb(index: int) -> tuple[int, int]:
        fc, lcb = struct.unpack_from("<II", document, position + index * 8)
        return fc, fc + lcb

    return lengths, fc_lcb


def _pieces(document: bytes, clx: bytes) -> tuple[str, list[tuple[int, int, int]]]:
    """The text of all the document's stories (the main document first), and per piece (first character, its file
    offset, bytes a character)."""
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
    offsets: list[tuple[int, int, int]] = []
    read = 0
    for piece in range(count):
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * piece + 2)[0]
        length = cps[piece + 1] - cps[piece]
        if length <= 0:
            continue
        if fc & 0x40000000:  # 8-bit text (Western runs only; Chinese is always stored as UTF-16)
            start, width = (fc & 0x3FFFFFFF) // 2, 1
            parts.append(document[start:start + length].decode("cp1252", "replace"))
        else:
            start, width = fc & 0x3FFFFFFF, 2
            parts.append(document[start:start + 2 * length].decode("utf-16-le", "replace"))
        offsets.append((read, start, width))
        read += len(parts[-1])
    return "".join(parts), offsets


def _text_boxes(table: bytes, fc_lcb, lengths: tuple[int, ...]) -> list[tuple[int, int, int]]:
    """The main document's text boxes (a 专栏 drawn as one) as (anchor, first, past the last character) in the whole
    text: each box's text from the text-box story (after the main text, footnotes, headers, comments and endnotes)
    by the PlcftxbxTxt; its anchor from the PlcSpaMom entry of the shape whose id the box names (FTXBXS.lid is
    FSPA.spid). A box in a grouped shape names a shape the PlcSpaMom does not list: it is read at the end."""
    story_length = lengths[6]
    plc, anchors_plc = table[slice(*fc_lcb(_TEXT_BOXES))], table[slice(*fc_lcb(_SHAPE_ANCHORS))]
    if story_length <= 0 or len(plc) < 4 + 26:
        return []
    count, shapes = (len(plc) - 4) // 26, (len(anchors_plc) - 4) // 30
    cps = struct.unpack_from(f"<{count + 1}i", plc)
    anchor_cps = struct.unpack_from(f"<{shapes}i", anchors_plc) if shapes > 0 else ()
    anchors = {struct.unpack_from("<i", anchors_plc, 4 * (shapes + 1) + 26 * shape)[0]: anchor_cps[shape]
               for shape in range(max(shapes, 0))}
    story = sum(lengths[:6])  # the stories before the text boxes'
    boxes = []
    for box in range(count):
        reusable, _, lid = struct.unpack_from("<Hii", plc, 4 * (count + 1) + 22 * box + 8)
        first, last = max(cps[box], 0), min(cps[box + 1], story_length)
        if not reusable & 1 and first < last:
            boxes.append((anchors.get(lid, lengths[0]), story + first, story + last))
    return boxes


def _paragraph_runs(document: bytes, plc: bytes, styles: dict) -> tuple[list[int], list[int], list, list]:
    """Each paragraph's (first byte, byte after its mark, what its mark ends, its list) from the PapxFkp pages: a
    Mark, or for a mark inside a cell, what it ends by its character (a cell's \\x07, or a \\r between its
    paragraphs); the list as (ilfo, ilvl), or None."""
    runs = []
    for start, end, page, offset in _fkp_runs(document, plc, entry=13):  # a BxPap is 13 bytes
        sprms, istd = _sprms(page, offset) if offset else ({}, 0)
        runs.append((start, end, _kind(sprms), paragraph_list(sprms, styles.get(istd, (None, None)))))
    runs.sort(key=lambda run: run[0])
    return tuple([run[field] for run in runs] for field in range(4))


def _fkp_runs(document: bytes, plc: bytes, entry: int):
    """The runs of a PlcBte's FKP pages ([MS-DOC] 2.9.23): (first byte, byte after it, the page, the offset of the
    run's properties in the page, 0 for none); ``entry`` is the size of a page's per-run entry."""
    count = (len(plc) - 4) // 8
    for page_number in struct.unpack_from(f"<{count}I", plc, 4 * (count + 1)):
        page = document[(page_number & 0x3FFFFF) * 512:][:512]
        runs = page[511]
        bounds = struct.unpack_from(f"<{runs + 1}I", page)
        for run in range(runs):
            yield bounds[run], bounds[run + 1], page, 2 * page[4 * (runs + 1) + entry * run]


def _unshown_runs(document: bytes, plc: bytes) -> list[tuple[int, int]]:
    """The byte ranges of text Word does not show, from the ChpxFkp pages: a tracked deletion (sprmCFRMarkDel) or
    hidden text (sprmCFVanish); a toggle is on at 1, or at 0x81 (the style's value turned)."""
    ranges: list[tuple[int, int]] = []
    for start, end, page, offset in _fkp_runs(document, plc, entry=1):  # a ChpxFkp's rgb entry is one byte
        if offset:
            sprms = _grpprl(page[offset + 1:offset + 1 + page[offset]])
            if any(sprms.get(sprm, b"\0")[:1] in (b"\x01", b"\x81") for sprm in (_DELETED, _HIDDEN)):
                ranges.append((start, end))
    return ranges


def _shown(text: str, offsets: list[tuple[int, int, int]], unshown: list[tuple[int, int]]) -> str:
    """The text with what Word does not show turned to \\x01, a mark marked_text drops; paragraph marks kept, so
    every character keeps its place."""
    if not unshown:
        return text
    chars = list(text)
    for first, last, start, width in _piece_spans(offsets, len(text)):
        end = start + (last - first) * width
        for low, high in unshown:
            for index in range(first + max(low - start, 0) // width, first + (min(high, end) - start + width - 1) // width):
                if chars[index] not in "\r\x07":
                    chars[index] = "\x01"
    return "".join(chars)


def _sprms(page: bytes, offset: int) -> tuple[dict[int, bytes], int]:
    """A PapxInFkp's properties by sprm (the last of a sprm given twice wins), and its style's index."""
    size = page[offset]
    offset += 1
    if size == 0:
        size, offset = 2 * page[offset], offset + 1
    else:
        size = 2 * size - 1
    istd = struct.unpack_from("<H", page, offset)[0] if offset + 2 <= len(page) else 0
    return _grpprl(page[offset + 2:offset + size]), istd


def _grpprl(grpprl: bytes) -> dict[int, bytes]:
    """Properties by sprm; the last of a sprm given twice wins."""
    sprms: dict[int, bytes] = {}
    index = 0
    while index + 2 < len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, index)[0]
        index += 2
        if sprm == _TABLE_DEFINITION:  # a 2-byte size counting itself less one
            length, index = struct.unpack_from("<H", grpprl, index)[0] - 1, index + 2
        elif sprm >> 13 == 6:
            length, index = grpprl[index], index + 1
        else:
            length = _OPERAND_SIZES[sprm >> 13]
        sprms[sprm] = grpprl[index:index + length]
        index += length
    return sprms


def _kind(sprms: dict[int, bytes]):
    if not sprms.get(_IN_TABLE, b"\0")[0]:
        return PARAGRAPH
    depth = struct.unpack("<i", sprms[_DEPTH])[0] if len(sprms.get(_DEPTH, b"")) == 4 else 1
    if depth > 1:  # a table inside a cell: each of its rows a paragraph of the outer cell
        ends_cell = sprms.get(_NESTED_CELL_END, b"\0")[0] and not sprms.get(_NESTED_ROW_END, b"\0")[0]
        return NESTED_CELL if ends_cell else CELL_PARAGRAPH
    if not sprms.get(_ROW_END, b"\0")[0]:
        return _IN_CELL
    return Mark("row", _row_cells(sprms))


def _row_cells(sprms: dict[int, bytes]) -> tuple[tuple[int, int], ...]:
    """The row's cells from its TDefTableOperand (itcMac, rgdxaCenter, rgTc80), a sprmTVertMerge applied."""
    definition = sprms.get(_TABLE_DEFINITION, b"")
    if not definition:
        return ()
    count = definition[0]
    edges = struct.unpack_from(f"<{count + 1}h", definition, 1)
    flags = [struct.unpack_from("<H", definition, 1 + 2 * (count + 1) + 20 * cell)[0]
             if len(definition) >= 1 + 2 * (count + 1) + 20 * (cell + 1) else 0 for cell in range(count)]
    merge = sprms.get(_VERTICAL_MERGE, b"")
    if len(merge) == 2 and merge[0] < count:  # itc, 0 unmerged / 1 merged with the cell above / 3 merge starts
        down = {1: MERGED_DOWN, 3: MERGED_DOWN | MERGE_STARTS}.get(merge[1], 0)
        flags[merge[0]] = flags[merge[0]] & ~(MERGED_DOWN | MERGE_STARTS) | down
    return tuple(zip(edges, flags, strict=False))


def _marks(text: str, offsets: list[tuple[int, int, int]], runs, numbers: ListNumbers) -> dict[int, Mark]:
    """What each paragraph mark of the text ends, found by the file offset of its character, with the number its
    list draws before the paragraph (counted in the text's order)."""
    starts, ends, kinds, lists = runs
    marks: dict[int, Mark] = {}
    for first, last, start, width in _piece_spans(offsets, len(text)):
        for found in _MARK.finditer(text, first, last):
            index = found.start()
            fc = start + (index - first) * width
            run = bisect.bisect_right(starts, fc) - 1
            inside = run >= 0 and fc < ends[run]
            kind = kinds[run] if inside else PARAGRAPH
            mark = kind if isinstance(kind, Mark) else kind[found.group()]
            listed = lists[run] if inside else None
            number = numbers.prefix(*listed) if listed and mark.kind in ("paragraph", "cell paragraph", "cell") else ""
            mark = replace(mark, number=number) if number else mark
            marks[index] = mark
    return marks


def _piece_spans(offsets: list[tuple[int, int, int]], length: int):
    """Each piece's characters as (first, past its last, file offset of its first, bytes a character)."""
    ends = [first for first, _, _ in offsets[1:]] + [length]
    for (first, start, width), last in zip(offsets, ends, strict=True):
        yield first, min(last, length), start, width
