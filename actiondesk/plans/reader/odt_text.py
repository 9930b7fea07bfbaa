"""A plan kept as an OpenDocument text (.odt, as LibreOffice and the office suites of government desktops save one):
its paragraphs and tables in document order, as the suite shows the document.

content.xml's body is read as the .docx reader reads a Word body: a paragraph's text from its spans, links and fields
(spaces, tabs and line breaks as written), leaving out what is not shown — text in a style with display none, notes,
annotations, the deleted text a change record keeps (tracked changes read accepted); a text box's paragraphs (a 专栏
drawn as one) after the paragraph it is anchored in; a list's numbers ("一、", "（一）", "1." drawn by the list
style, no character of the text) written into the line, counted by docx_numbering.drawn_number; tables row by row
between pipes (table_text.py), a cell spanning columns once and one spanning rows beside each row, a table inside
a cell read into it. Tables of contents and indexes repeat the headings and are not read.
"""

import io
import zipfile
import zlib

import lxml.etree

from .docx_numbering import drawn_number
from .table_text import cell_of, pipe_rows, task_table

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_PARAGRAPHS = (f"{_TEXT}p", f"{_TEXT}h")
# Inline elements whose text is no part of the line: notes, annotations, a change's marks, a shape (read after it).
_UNSHOWN = frozenset((f"{_TEXT}note", f"{_OFFICE}annotation", f"{_TEXT}tracked-changes", f"{_TEXT}change",
                      f"{_TEXT}ruby-text"))
_SKIPPED_BLOCKS = frozenset((f"{_TEXT}tracked-changes", f"{_TEXT}table-of-content", f"{_TEXT}alphabetical-index",
                             f"{_TEXT}illustration-index", f"{_TEXT}table-index", f"{_TEXT}object-index",
                             f"{_TEXT}user-index", f"{_TEXT}bibliography", f"{_OFFICE}forms"))
_WRAPPERS = frozenset((f"{_TEXT}section", f"{_TEXT}soft-page-break"))
_ROW_WRAPPERS = frozenset((f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group"))
# ODF's style:num-format values, as the format names docx_numbering writes numbers in.
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
            "①, ②, ③, ...": "decimalEnclosedCircle", "１, ２, ３, ...": "decimalFullWidth"}
_MAX_REPEAT = 64  # a cell repeated across columns: a sheet's habit, bounded here


class OdtUnreadable(ValueError):
    """The .odt cannot be read; the message names what went wrong in English."""


def odt_lines(data: bytes) -> list[str]:
    """Paragraphs and table rows of an .odt's body, in document order (its archive checked by check_document)."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = lxml.etree.fromstring(archive.read("content.xml"), parser)
            styles = lxml.etree.fromstring(archive.read("styles.xml"), parser) \
                if "styles.xml" in archive.namelist() else None
    except KeyError:
        raise OdtUnreadable("the .odt holds no content.xml") from None
    except (zipfile.BadZipFile, lxml.etree.XMLSyntaxError, OSError, ValueError, EOFError, zlib.error,
            NotImplementedError) as error:  # a damaged member: its compressed bytes, or a method no reader has
        raise OdtUnreadable(f"the .odt cannot be opened: {type(error).__name__}") from None
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise OdtUnreadable("the file is no OpenDocument text (no office:text body)")
    return _Reader([content, *([styles] if styles is not None else [])]).blocks(body)


class _Reader:
    def __init__(self, roots):
        self.list_styles: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.paragraph_lists: dict[str, str] = {}  # a paragraph style's own list style
        self.hidden: set[str] = set()  # text styles shown as nothing
        for root in roots:
            for style in root.iter(f"{_TEXT}list-style"):
                self.list_styles.setdefault(style.get(f"{_STYLE}name"), _levels(style))
            for style in root.iter(f"{_STYLE}style"):
                name = style.get(f"{_STYLE}name")
                if style.get(f"{_STYLE}list-style-name"):
                    self.paragraph_lists.setdefault(name, style.get(f"{_STYLE}list-style-name"))
                properties = style.find(f"{_STYLE}text-properties")
                if properties is not None and properties.get(f"{_TEXT}display") == "none":
                    self.hidden.add(name)
        self.chains: dict[str, dict[int, int]] = {}  # a list's xml:id → the counts it continues
        self.last_chain: dict[str, dict[int, int]] = {}  # a list style → the counts of its last list

    def blocks(self, container) -> list[str]:
        lines: list[str] = []
        for child in container:
            if child.tag in _PARAGRAPHS:
                lines += self.paragraph(child)
            elif child.tag == f"{_TEXT}list":
                lines += self.list_lines(child)
            elif child.tag == f"{_TABLE}table":
                lines += self.table_lines(child)
            elif child.tag in _WRAPPERS:
                lines += self.blocks(child)
            elif child.tag.startswith(_DRAW):  # a frame anchored to the page: its text box
                lines += self.shapes(child)
        return lines

    def paragraph(self, paragraph, number: str = "") -> list[str]:
        """The paragraph's line (its list number first), then its text boxes' lines."""
        parts: list[str] = []
        boxes: list = []
        self.inline(paragraph, parts, boxes)
        lines = [number + "".join(parts)]
        for shape in boxes:
            lines += self.shapes(shape)
        return lines

    def inline(self, element, parts: list[str], boxes: list) -> None:
        if element.text and element.tag not in _UNSHOWN:
            parts.append(element.text)
        for child in element:
            tag = child.tag
            if tag.startswith(_DRAW):
                boxes.append(child)
            elif tag == f"{_TEXT}s":
                parts.append(" " * min(_count(child, f"{_TEXT}c"), _MAX_REPEAT))
            elif tag == f"{_TEXT}tab":
                parts.append("\t")
            elif tag == f"{_TEXT}line-break":
                parts.append("\n")
            elif tag not in _UNSHOWN and child.get(f"{_TEXT}style-name") not in self.hidden:
                self.inline(child, parts, boxes)
            if child.tail:
                parts.append(child.tail)

    def shapes(self, shape) -> list[str]:
        """The text a frame or shape holds (a text box's paragraphs, lists and tables), a frame inside it once."""
        box = shape.find(f"{_DRAW}text-box")
        return self.blocks(box if box is not None else shape)

    def list_lines(self, element, style: str | None = None, level: int = 0, counts: dict | None = None) -> list[str]:
        style = element.get(f"{_TEXT}style-name") or style
        if counts is None:  # a list at the top: a new count, or one it continues
            style = style or self._paragraph_list(element)
            continued = self.chains.get(element.get(f"{_TEXT}continue-list", ""))
            if continued is None and element.get(f"{_TEXT}continue-numbering") == "true":
                continued = self.last_chain.get(style or "")
            counts = continued if continued is not None else {}
            self.last_chain[style or ""] = counts
        if element.get(_XML_ID):
            self.chains[element.get(_XML_ID)] = counts
        levels = self.list_styles.get(style or "", {})
        lines: list[str] = []
        for item in element:
            if item.tag not in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
                continue
            numbered = item.tag == f"{_TEXT}list-item"
            for child in item:
                if child.tag in _PARAGRAPHS:
                    number = ""
                    if numbered and level in levels:
                        restart = _count(item, f"{_TEXT}start-value", None)
                        if restart is not None:  # the item starts the count again there
                            counts[level] = restart - 1
                        number = drawn_number(levels, counts, level)
                        numbered = False  # an item's later paragraphs carry no number
                    lines += self.paragraph(child, number)
                elif child.tag == f"{_TEXT}list":
                    lines += self.list_lines(child, style, level + 1, counts)
                elif child.tag == f"{_TABLE}table":
                    lines += self.table_lines(child)
        return lines

    def _paragraph_list(self, element) -> str | None:
        """The list style of a list that names none: its first paragraph's style's."""
        for paragraph in element.iter(*_PARAGRAPHS):
            return self.paragraph_lists.get(paragraph.get(f"{_TEXT}style-name"))
        return None

    def table_lines(self, table) -> list[str]:
        grid = self._rows(table)
        rows = task_table([[cell_of(parts) for parts in row] for row in grid])
        if rows:
            return pipe_rows(rows)
        return [part for row in grid for parts in row for part in parts]

    def _rows(self, table) -> list[list[list[str]]]:
        """Each row's cells as their paragraphs: a cell spanning columns once, one spanning rows beside each row."""
        rows: list[list[list[str]]] = []
        spans: dict[int, list] = {}  # a column → [the paragraphs of the cell spanning rows from it, rows left]
        for row in _table_rows(table):
            cells: list[list[str]] = []
            column = 0
            for cell in row:
                repeat = min(_count(cell, f"{_TABLE}number-columns-repeated"), _MAX_REPEAT)
                if cell.tag == f"{_TABLE}table-cell":
                    parts = self._cell(cell)
                    down = _count(cell, f"{_TABLE}number-rows-spanned")
                    for _ in range(repeat):
                        cells.append(parts)
                        if down > 1:
                            spans[column] = [parts, down - 1]
                        column += 1
                elif cell.tag == f"{_TABLE}covered-table-cell":
                    for _ in range(repeat):
                        span = spans.get(column)
                        if span and span[1] > 0:  # under a cell spanning rows (one spanning columns: skipped)
                            cells.append(span[0])
                            span[1] -= 1
                        column += 1
            rows.append(cells)
        return rows

    def _cell(self, cell) -> list[str]:
        """A cell's paragraphs; a table inside it, each row one paragraph, its cells between spaces."""
        parts: list[str] = []
        for child in cell:
            if child.tag == f"{_TABLE}table":
                parts += [" ".join(" ".join(inner) for inner in row) for row in self._rows(child)]
            else:
                parts += self.blocks([child])
        return parts


def _table_rows(table):
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            yield child
        elif child.tag in _ROW_WRAPPERS:
            yield from _table_rows(child)


def _levels(style) -> dict[int, tuple[str, str, int]]:
    """A list style's levels as (format name, text with %1…%9, start), 0-based as a .docx's."""
    levels: dict[int, tuple[str, str, int]] = {}
    for level_style in style:
        level = _count(level_style, f"{_TEXT}level") - 1
        if level_style.tag == f"{_TEXT}list-level-style-bullet" or not 0 <= level < 10:
            levels[level] = ("bullet", "", 1)
            continue
        if level_style.tag != f"{_TEXT}list-level-style-number":
            continue
        written = level_style.get(f"{_STYLE}num-format", "")
        shown = min(_count(level_style, f"{_TEXT}display-levels"), level + 1)
        number = ".".join(f"%{index + 1}" for index in range(level + 1 - shown, level + 1))
        text = level_style.get(f"{_STYLE}num-prefix", "") + number + level_style.get(f"{_STYLE}num-suffix", "")
        start = _count(level_style, f"{_TEXT}start-value")
        levels[level] = (_format(written), text if written else "", start)
    return levels


def _count(element, name: str, default: int | None = 1) -> int | None:
    """An attribute's whole number (a count, a level, a start); ``default`` where it is missing or no number."""
    value = element.get(name, "")
    return int(value) if value.isascii() and value.isdigit() else default


def _format(written: str) -> str:
    if written.startswith(("一", "壹", "〇")):
        return "chineseCounting"
    return _FORMATS.get(written, "decimal" if written else "none")
