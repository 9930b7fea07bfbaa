"""A plan kept as an RTF file (.rtf, as Word and WPS save one, or served under a .doc name): its text.

The file is read as RTF 1.x is written: groups, control words and symbols, text in the document's code page
(\\ansicpg, or the current font's \\fcharset) or as \\uN, destinations that hold no text of the plan skipped
(font and style tables, pictures, field codes, headers and footers, anything marked \\*). Paragraph, cell and row
ends become the marks a .doc's text has (marked_text.py), a row's cells laid out by its \\cellx edges and merge
flags, so a task table reads as it does from a .docx. A text box (a shape's \\shptxt, where Word writes a 专栏 drawn
as one) reads after the paragraph the shape stands in, as in a .docx; its drawn copy for older readers (\\shprslt)
is not read again.
"""

import codecs
import re

from .marked_text import (
    CELL,
    CELL_PARAGRAPH,
    MERGE_STARTS,
    MERGED_ACROSS,
    MERGED_DOWN,
    NESTED_CELL,
    PARAGRAPH,
    Mark,
    boxes_after_paragraphs,
    document_lines,
)


class RtfUnreadable(ValueError):
    """The RTF file cannot be read; the message is one line, Chinese then English."""


# A control word and its parameter, a run of \'hh bytes, a control symbol, a brace, line ends (no text), text.
_TOKEN = re.compile(rb"\\([a-z]{1,32})(-?\d{1,10})? ?|((?:\\'[0-9a-fA-F]{2})+)|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)",
                    re.S)
_SKIPPED = frozenset(b"""fonttbl colortbl stylesheet info pict object header headerl headerr headerf footer footerl
    footerr footerf fldinst listtable listoverridetable rsidtbl generator xmlnstbl themedata colorschememapping
    latentstyles datastore mmathPr pgdsctbl revtbl filetbl sp shprslt nonshppict nonesttables footnote annotation
    atnid atnauthor xe tc txe bkmkstart bkmkend""".split())
_CHARSETS = {128: "cp932", 129: "cp949", 134: "gbk", 136: "big5", 161: "cp1253", 162: "cp1254",
             177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250"}
_SYMBOLS = {b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’", b"ldblquote": "“", b"rdblquote": "”",
            b"bullet": "•", b"emspace": " ", b"enspace": " ", b"qmspace": " ", b"tab": "\t", b"line": "\x0b",
            b"page": "\x0c", b"sect": "\x0c"}
_CELL_FLAGS = {b"clmgf": 0x0001, b"clmrg": MERGED_ACROSS, b"clvmgf": MERGED_DOWN | MERGE_STARTS,
               b"clvmrg": MERGED_DOWN}



def rtf_lines(data: bytes) -> list[str]:
    """The lines of an RTF file's body, its task tables between pipes."""
    return document_lines(*rtf_text(data))


def rtf_text(data: bytes) -> tuple[str, dict[int, Mark]]:
    """The body's characters (Word's marks: \\r at each paragraph mark, \\x0b a line break) and what each mark ends."""
    start = data.find(b"{\\rtf")
    if start < 0 or data[:start].strip(b"\xef\xbb\xbf \t\r\n"):
        raise RtfUnreadable("不是 RTF 文件 (no {\\rtf header)")
    reader = _Reader()
    position, size = start, len(data)
    while position < size:
        token = _TOKEN.match(data, position)
        if token is None:  # a backslash ending the file
            break
        position = token.end()
        word, parameter, byte, symbol, brace, run = token.groups()
        if word == b"bin" and parameter:  # binary data (a picture's) of that many bytes, never text
            reader.flush()
            position += max(int(parameter), 0)
        elif run is not None or byte is not None:
            reader.bytes(run if run is not None else bytes.fromhex(byte.replace(b"\\'", b"").decode()))
        elif brace:
            reader.open() if brace == b"{" else reader.close()
        elif word:
            reader.word(word, int(parameter) if parameter else None)
        elif symbol:
            reader.symbol(symbol)
    reader.flush()
    return boxes_after_paragraphs("".join(reader.chars), reader.marks, reader.length, reader.boxes)


class _Reader:
    """One pass over the tokens: the body's characters and what each paragraph mark ends."""

    def __init__(self):
        self.chars: list[str] = []
        self.length = 0
        self.marks: dict[int, Mark] = {}
        self.pending = bytearray()  # text bytes in the current code page, decoded together (GBK pairs)
        self.codec = "cp1252"  # the document's \ansicpg
        self.fonts: dict[int, str] = {}  # a font's own code page, where its \fcharset is not the document's
        self.default_font = None
        self.font = -1  # the font a \fonttbl entry defines
        self.state = {"skip": False, "fonts": False, "font": None, "uc": 1, "hidden": False, "table": 0,
                      "number": False, "box": None}
        self.boxes: list[tuple[int, int, int]] = []  # text boxes as (anchor, first, past the last character)
        self.stack: list[dict] = []
        self.first = False  # the next token is a group's first: it may name a destination
        self.starred = False  # the group began with \*: a destination this reader may not know
        self.row: list[tuple[int, int]] = []  # the row's cells as (right edge, merge flags) from \cellx
        self.flags = 0  # merge flags for the next \cellx
        self.fallback = 0  # characters after \uN standing in for it, to skip

    def flush(self):
        if self.pending:
            codec = self.fonts.get(self.state["font"], self.codec)
            self.text(bytes(self.pending).decode(codec, "replace"))
            self.pending.clear()

    def text(self, text: str):
        if not (self.state["skip"] or self.state["hidden"] or self.state["fonts"]):
            self.chars.append(text)
            self.length += len(text)

    def mark(self, mark: Mark):
        self.flush()
        if not (self.state["skip"] or self.state["fonts"]):
            self.marks[self.length] = mark
            self.chars.append("\r")
            self.length += 1

    def unicode(self, code: int):
        """\\uN's character; the second half of a surrogate pair joined to the first, so marks keep their places."""
        if 0xDC00 <= code <= 0xDFFF and self.chars and len(self.chars[-1]) == 1 and 0xD800 <= ord(self.chars[-1]) <= 0xDBFF:
            self.chars[-1] = chr(0x10000 + (ord(self.chars[-1]) - 0xD800) * 0x400 + code - 0xDC00)
        else:
            self.text(chr(code))

    def bytes(self, data: bytes):
        self.first = False
        if self.fallback:
            skipped = min(self.fallback, len(data))
            self.fallback -= skipped
            data = data[skipped:]
        self.pending += data

    def open(self):
        self.flush()
        self.stack.append(dict(self.state))
        self.first, self.starred = True, False

    def close(self):
        self.flush()
        box = self.state["box"]
        if self.stack:
            self.state = self.stack.pop()
        if box is not None and self.state["box"] is None:
            self.boxes.append((box, box, self.length))
        self.first = self.starred = False
        self.fallback = 0

    def symbol(self, symbol: bytes):
        if symbol == b"*":
            self.starred = self.first
            return
        self.first = False
        if symbol in b"\\{}":
            self.bytes(symbol)
        elif symbol in b"\r\n":
            self.word(b"par", None)
        else:
            self.flush()
            self.text({b"~": "\xa0", b"_": "-"}.get(symbol, ""))

    def word(self, word: bytes, parameter: int | None):
        state = self.state
        self.fallback = 0  # a \\uN's stand-in characters never run past the next control word
        if self.first:
            self.first = False
            if word == b"nesttableprops":  # a table in a cell: its row ends here, its definition is no text
                self.mark(CELL_PARAGRAPH)
            if self.starred and word != b"shpinst" or word in _SKIPPED:  # a shape's properties: only its text read
                state["skip"] = True
            elif word == b"shptxt":
                state["box"] = self.length
            elif word == b"fonttbl":
                state["fonts"] = True
            elif word in (b"listtext", b"pntext"):  # the number Word draws, written out: kept, its tab not
                state["number"] = True
        if state["skip"]:
            return
        self.flush()
        if word == b"u" and parameter is not None:
            self.unicode(parameter & 0xFFFF)
            self.fallback = state["uc"]
        elif word in _MARKS_BY_WORD:
            self.mark(_MARKS_BY_WORD[word](state))
        elif word == b"row":
            self.mark(Mark("row", tuple(self.row)))
        elif word in _SYMBOLS:
            self.text("" if word == b"tab" and state["number"] else _SYMBOLS[word])
        else:
            self._setting(word, parameter, state)

    def _setting(self, word: bytes, parameter: int | None, state: dict):
        if word == b"trowd":
            self.row, self.flags = [], 0
        elif word in _CELL_FLAGS:
            self.flags |= _CELL_FLAGS[word]
        elif word == b"cellx" and parameter is not None:
            self.row.append((parameter, self.flags))
            self.flags = 0
        elif word == b"pard":
            state["table"] = 0
        elif word == b"intbl":
            state["table"] = max(state["table"], 1)
        elif word == b"itap" and parameter is not None:
            state["table"] = parameter
        elif word == b"uc" and parameter is not None:
            state["uc"] = max(parameter, 0)
        elif word in (b"v", b"deleted"):  # hidden text, a tracked deletion: Word shows neither
            state["hidden"] = parameter != 0
        elif word == b"plain":
            state["hidden"], state["font"] = False, self.default_font
        elif word == b"deff" and parameter is not None:
            self.default_font = state["font"] = parameter
        elif word == b"ansicpg" and parameter:
            self.codec = _codec(f"cp{parameter}", self.codec)
        elif word == b"f" and parameter is not None:
            if state["fonts"]:
                self.font = parameter
            else:
                state["font"] = parameter
        elif word == b"fcharset" and state["fonts"] and parameter in _CHARSETS:
            self.fonts[self.font] = _CHARSETS[parameter]
        elif word == b"cpg" and state["fonts"] and parameter:
            self.fonts[self.font] = _codec(f"cp{parameter}", self.fonts.get(self.font, self.codec))


_MARKS_BY_WORD = {
    b"par": lambda state: CELL_PARAGRAPH if state["table"] else PARAGRAPH,
    b"cell": lambda state: CELL,
    b"nestcell": lambda state: NESTED_CELL,
    b"nestrow": lambda state: CELL_PARAGRAPH,
}


def _codec(name: str, fallback: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return fallback
