"""Word's automatic numbering in an old Word file (.doc): the "一、" / "（一）" / "1." a list draws before a paragraph,
which is no character of the text ([MS-DOC] 2.9.147 PlfLst with its LVLs, 2.9.150 PlfLfo).

A paragraph in a list names it by sprmPIlfo (a 1-based index into the PlfLfo) and its level by sprmPIlvl; the LFO
names the list (LSTF.lsid), whose LVL per level gives the format (MSONFC), the text with placeholders 0–8 for the
levels' numbers, and where it starts; an LFO may start a level elsewhere (LFOLVL.fStartAt) or give it a format of
its own (fFormatting). Counting is shared with the .docx reader (docx_numbering.drawn_number): per LFO, as a .docx
counts per w:num, a level starting again when a higher level moves.
"""

import struct

from .docx_numbering import drawn_number

_LIST, _LIST_LEVEL = 0x460B, 0x260A  # sprmPIlfo, sprmPIlvl
_LISTS, _LIST_OVERRIDES = 73, 74  # FibRgFcLcb97's fcPlfLst and fcPlfLfo
# MSONFC ([MS-DOC] 2.2.1.3) by value: the ST_NumberFormat names docx_numbering formats.
_FORMAT_NAMES = {0x00: "decimal", 0x01: "upperRoman", 0x02: "lowerRoman", 0x03: "upperLetter", 0x04: "lowerLetter",
                 0x0A: "ideographDigital", 0x0B: "japaneseCounting", 0x0E: "decimalFullWidth",
                 0x0F: "decimalHalfWidth", 0x12: "decimalEnclosedCircle", 0x13: "decimalFullWidth", 0x16: "decimalZero",
                 0x17: "bullet", 0x1A: "decimalEnclosedFullstop", 0x1B: "decimalEnclosedParen",
                 0x1C: "decimalEnclosedCircleChinese", 0x21: "taiwaneseCounting", 0x23: "taiwaneseCountingThousand",
                 0x25: "chineseCounting", 0x26: "chineseLegalSimplified", 0x27: "chineseCountingThousand", 0xFF: "none"}

Levels = dict[int, tuple[str, str, int]]  # level → (format name, text with %1…%9, start)


def paragraph_list(sprms: dict[int, bytes], style: tuple[int | None, int | None]) -> tuple[int, int] | None:
    """A paragraph's (ilfo, ilvl) from its own properties, else from its style's (a heading style linked to a
    list), or None when it is in no list."""
    own, own_level = _list_of(sprms)
    number = own if own is not None else style[0]
    level = own_level if own_level is not None else style[1]
    return (number, min(level or 0, 8)) if number and number > 0 else None


def _list_of(sprms: dict[int, bytes]) -> tuple[int | None, int | None]:
    ilfo, level = sprms.get(_LIST, b""), sprms.get(_LIST_LEVEL, b"")
    return (struct.unpack("<h", ilfo)[0] if len(ilfo) == 2 else None), (level[0] if level else None)


def style_lists(table: bytes, start: int, end: int, grpprl) -> dict[int, tuple[int | None, int | None]]:
    """Each paragraph style's list as (ilfo, ilvl), its base styles' where it sets none ([MS-DOC] 2.9.271 STSH:
    the Stshi, then per style an LPStd — StdfBase (stk, istdBase), the name, the UpxPapx's properties);
    ``grpprl`` reads a property list. A damaged stylesheet gives none."""
    own: dict[int, tuple[tuple[int | None, int | None], int]] = {}
    try:
        position = start + 2 + struct.unpack_from("<H", table, start)[0]
        count, base_size = struct.unpack_from("<HH", table, start + 2)
        for istd in range(count):
            size = struct.unpack_from("<H", table, position)[0]
            std = table[position + 2:position + 2 + size]
            position += 2 + size
            if size < base_size + 4 or struct.unpack_from("<H", std, 2)[0] & 0x0F != 1:
                continue  # an empty slot, or a character, table or list style
            name = struct.unpack_from("<H", std, base_size)[0]
            upx = base_size + 2 + 2 * name + 2
            length = struct.unpack_from("<H", std, upx)[0]
            own[istd] = (_list_of(grpprl(std[upx + 4:upx + 2 + length])), struct.unpack_from("<H", std, 2)[0] >> 4)
    except (struct.error, IndexError, ValueError):
        return {}
    return {istd: _inherited(istd, own) for istd in own}


def _inherited(istd: int, own: dict) -> tuple[int | None, int | None]:
    number, level, seen = None, None, set()
    while istd in own and istd not in seen:
        seen.add(istd)
        (style_number, style_level), base = own[istd]
        number = style_number if number is None else number
        level = style_level if level is None else level
        istd = base
    return number, level


class ListNumbers:
    """The numbers a .doc's lists draw, counted in the text's order (call ``prefix`` once per listed paragraph)."""

    def __init__(self, table: bytes, fc_lcb):
        self.overrides: list[Levels] = []  # by ilfo - 1
        self.counts: dict[int, dict[int, int]] = {}
        try:
            lists = _lists(table, *fc_lcb(_LISTS))
            self.overrides = _overrides(table, *fc_lcb(_LIST_OVERRIDES), lists)
        except (struct.error, IndexError, ValueError):
            self.overrides = []  # damaged list tables: the paragraphs read without their drawn numbers

    def prefix(self, ilfo: int, level: int) -> str:
        levels = self.overrides[ilfo - 1] if 0 < ilfo <= len(self.overrides) else None
        if not levels or level not in levels:
            return ""
        return drawn_number(levels, self.counts.setdefault(ilfo, {}), level)


def _lists(table: bytes, start: int, end: int) -> dict[int, Levels]:
    """Each list's levels by its lsid: the LSTFs of the PlfLst, then (after the PlfLst) each list's LVLs in order."""
    if end - start < 2:
        return {}
    count = struct.unpack_from("<h", table, start)[0]
    position = start + 2 + 28 * max(count, 0)
    found: dict[int, Levels] = {}
    for index in range(max(count, 0)):
        lsid = struct.unpack_from("<i", table, start + 2 + 28 * index)[0]
        simple = table[start + 2 + 28 * index + 26] & 0x01  # fSimpleList: one level, not nine
        levels: Levels = {}
        for level in range(1 if simple else 9):
            levels[level], position = _level(table, position)
        found[lsid] = levels
    return found


def _level(table: bytes, position: int) -> tuple[tuple[str, str, int], int]:
    """An LVL at ``position``: (format name, text, start), and where the next begins."""
    start, nfc = struct.unpack_from("<iB", table, position)
    papx, chpx = table[position + 25], table[position + 24]
    position += 28 + papx + chpx
    length = struct.unpack_from("<H", table, position)[0]
    raw = table[position + 2:position + 2 + 2 * length]
    if len(raw) != 2 * length:
        raise ValueError("LVL text cut short")
    text = "".join(f"%{ord(char) + 1}" if ord(char) < 9 else char for char in raw.decode("utf-16-le", "replace"))
    return (_FORMAT_NAMES.get(nfc, "decimal"), text, start), position + 2 + 2 * length


def _overrides(table: bytes, start: int, end: int, lists: dict[int, Levels]) -> list[Levels]:
    """Each LFO's levels: its list's, with a level started elsewhere (fStartAt) or formatted anew (fFormatting)."""
    if end - start < 4:
        return []
    count = struct.unpack_from("<i", table, start)[0]
    entries = [struct.unpack_from("<i8xB", table, start + 4 + 16 * index) for index in range(max(count, 0))]
    position = start + 4 + 16 * len(entries)  # the LFOData, one per LFO: a CP, then its LFOLVLs
    found = []
    for lsid, overridden in entries:
        levels = dict(lists.get(lsid, {}))
        position += 4
        for _ in range(overridden):
            begin, flags = struct.unpack_from("<iI", table, position)
            position += 8
            level = flags & 0x0F
            if flags & 0x20:  # fFormatting: the level's own LVL follows
                levels[level], position = _level(table, position)
            if flags & 0x10 and level in levels:  # fStartAt
                levels[level] = (levels[level][0], levels[level][1], begin)
        found.append(levels)
    return found
