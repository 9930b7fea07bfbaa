"""A .docx's paragraphs and tables in document order, as Word shows the document with its changes accepted.

A paragraph's text is read from its runs wherever they sit — inside a tracked insertion (w:ins), a field
(w:fldSimple), a hyperlink, a smart tag or a content control — leaving out what Word does not show: tracked
deletions, hidden text (w:vanish), field codes and a drawing's fallback copy; a text box's paragraphs follow the
paragraph it is anchored in. Paragraphs and tables inside content controls (w:sdt) and custom XML are read in their
places, and so is an imported chunk (w:altChunk: an HTML page, a web archive, RTF or plain text that Word converts as
it opens the file, as office systems exporting a plan to Word write it). Tables: task tables row by row between
pipes (table_text.py), a table inside a cell read into that cell.
"""

import io

from actiondesk.core.spreadsheets.limits import FileRefused, check_archive

from .docx_numbering import AutoNumbers
from .rtf import RtfUnreadable, rtf_lines
from .table_text import cell_of, pipe_rows, task_table
from .web_pages import PageUnreadable, archived_page, page_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_TEXT_TAGS = (f"{_W}t", f"{_W}br", *_CHARACTERS)
# What Word shows nothing of: deleted or moved-away runs, text boxes (not in the paragraph's line), a drawing's
# fallback copy for old readers.
_UNSHOWN = frozenset((f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent",
                      "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"))
_TEXT_BOX = f"{_W}txbxContent"
_WRAPPERS = frozenset((f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"))
_CHUNK = f"{_W}altChunk"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class DocxUnreadable(ValueError):
    """The .docx cannot be opened; the message names what went wrong in English."""


def docx_lines(data: bytes) -> list[str]:
    """Paragraphs and table-cell paragraphs of a .docx, in document order (its archive checked by check_document)."""
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many unrelated types on broken files
        # The parser's own message names its internals; the user gets one plain line.
        raise DocxUnreadable(f"the .docx cannot be opened: {type(error).__name__}") from error
    numbers = AutoNumbers(document)  # "一、" / "（一）" / "1." drawn by Word's lists: written into the line
    return _body_lines(document.element.body, document, numbers)


def _body_lines(container, document, numbers) -> list[str]:
    """A body's (or a text box's) lines; a text box's own paragraphs and tables (a 专栏 box drawn as one) after
    the paragraph it is anchored in, once — not again from the copy kept for old readers (mc:Fallback)."""
    lines: list[str] = []
    for block in _blocks(container):
        if block.tag == f"{_W}p":
            lines.append(numbers.prefix(block) + paragraph_text(block))
            for box in block.iter(_TEXT_BOX):
                if not _hidden_in(box, block):
                    lines.extend(_body_lines(box, document, numbers))
        elif block.tag == _CHUNK:
            lines.extend(_chunk_lines(block, document))
        else:
            lines.extend(_table_lines(_table(block, document), numbers))
    return lines


def _blocks(container):
    """The paragraphs and tables of a body or a cell, those inside content controls and custom XML in place."""
    for child in container.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl", _CHUNK):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _blocks(child)


def _chunk_lines(chunk, document) -> list[str]:
    """The lines of an imported chunk (w:altChunk), read by its format's reader: a page's article, a web archive's
    page, RTF, plain text, another .docx (held to the upload's zip limits first). A chunk that cannot be read, or of
    another kind, gives no line."""
    try:
        part = document.part.related_parts[chunk.get(_RELATIONSHIP)]
        kind, data = part.content_type.lower(), part.blob
        if kind in ("message/rfc822", "multipart/related", "application/x-mimearchive"):
            return page_lines(archived_page(data))
        if kind in ("text/html", "application/xhtml+xml"):
            return page_lines(data)
        if kind in ("application/rtf", "text/rtf"):
            return rtf_lines(data)
        if kind == "text/plain":
            return data.decode("utf-8-sig", "replace").replace("\r\n", "\n").split("\n")
        if kind == "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
            check_archive(data, ".docx")
            return docx_lines(data)
    except (KeyError, PageUnreadable, RtfUnreadable, DocxUnreadable, FileRefused, ValueError):
        pass
    return []


def paragraph_text(paragraph) -> str:
    """The paragraph's text as Word shows it: its runs' text, tabs and line breaks, its changes accepted."""
    parts = []
    for node in paragraph.iter(*_TEXT_TAGS):
        if _unshown(node, paragraph):
            continue
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}br":
            parts.append("" if node.get(f"{_W}type") in ("page", "column") else "\n")
        else:
            parts.append(_CHARACTERS[node.tag])
    return "".join(parts)


def _unshown(node, paragraph) -> bool:
    run = node.getparent()
    properties = run.find(f"{_W}rPr") if run is not None else None
    vanish = properties.find(f"{_W}vanish") if properties is not None else None
    if vanish is not None and vanish.get(f"{_W}val") not in ("0", "false", "off"):
        return True
    return _hidden_in(node, paragraph)


def _hidden_in(node, paragraph) -> bool:
    """Whether the node sits, within the paragraph, in what Word does not show in its line (see _UNSHOWN)."""
    for ancestor in node.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in _UNSHOWN:
            return True
    return False


def _table(element, document):
    from docx.table import Table

    return Table(element, document)


def _table_lines(table, numbers) -> list[str]:
    rows = task_table(_table_rows(table, numbers))
    if rows:
        return pipe_rows(rows)  # a task table keeps its rows, each cell in its place (a cell's own spaces kept)
    lines: list[str] = []
    seen: set = set()  # holding the elements keeps their proxies alive, so identity is stable
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:  # merged cells repeat the same element
                continue
            seen.add(cell._tc)
            lines.extend(_cell_parts(cell, numbers))
    return lines


def _table_rows(table, numbers) -> list[list[str]]:
    """Each row's cells (a cell merged across columns once; one merged down rows repeats, as Word shows it beside
    each row), a cell's paragraphs joined by ``cell_of``."""
    return [[cell_of(_cell_parts(cell, numbers)) for cell in _distinct(row.cells)] for row in table.rows]


def _cell_parts(cell, numbers) -> list[str]:
    """A cell's paragraphs; a table inside it, each of its rows one paragraph, its cells between spaces (as the
    .doc reader reads one)."""
    parts = []
    for block in _blocks(cell._tc):
        if block.tag == f"{_W}tbl":
            parts += [" ".join(" ".join(_cell_parts(inner, numbers)) for inner in _distinct(row.cells))
                      for row in _table(block, cell).rows]
        else:
            parts.append(numbers.prefix(block) + paragraph_text(block))
    return parts


def _distinct(cells) -> list:
    """A row's cells, a cell merged across columns once (python-docx repeats it)."""
    seen: set = set()
    return [cell for cell in cells if not (cell._tc in seen or seen.add(cell._tc))]
