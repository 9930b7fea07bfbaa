"""Load a plan document's bytes into normalised text (one paragraph per line)."""

import io
import re
import zipfile

import olefile

from actiondesk.core.spreadsheets.limits import FileRefused, check_archive

from .docx_text import DocxUnreadable, docx_lines
from .hard_wraps import reflow
from .image_files import ImageUnreadable, image_pdf
from .item_labels import unbox_labels, unbullet
from .numbering import half_brackets_as_points
from .odt_text import OdtUnreadable, odt_lines
from .ofd import OfdUnreadable, ofd_lines
from .pdf_text import PdfRefused, pdf_lines
from .rtf import RtfUnreadable, rtf_lines
from .run_on_labels import split_run_on_labels
from .web_pages import PageUnreadable, archived_page, page_lines
from .word97 import WordFileUnreadable, word97_lines
from .workbooks import WorkbookUnreadable, workbook_lines

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
TEXT_EXTENSIONS = (".txt", ".md", ".markdown", ".text")
DOCX_EXTENSIONS = (".docx",)
ODT_EXTENSIONS = (".odt",)
PDF_EXTENSIONS = (".pdf",)
OFD_EXTENSIONS = (".ofd",)
WORKBOOK_EXTENSIONS = (".xlsx", ".xls")
PAGE_EXTENSIONS = (".html", ".htm", ".mht", ".mhtml")
WORD97_EXTENSIONS = (".doc", ".wps")
RTF_EXTENSIONS = (".rtf",)
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".tif", ".tiff")
_OLD_OFFICE = {".et": ".xlsx"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"\xd0\xcf\x11\xe0", b"PK\x03\x04",
    b"\x7fELF", b"Rar!", b"\x1f\x8b",
)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Look-alikes of the full-width colon ("责任单位∶X" typed with the ratio sign): one character each, offsets stay.
_COLONS = str.maketrans(dict.fromkeys("\u2236\ufe55\ufe30", "："))
# Figures typed full-width ("达到９５％以上", "１．２万亿元", "２０２５年") as the ASCII ones every rule reads; one character
# each, so offsets stay. A full stop after a number ("１．推进…") stays a numbering mark.
_FULL_WIDTH_FIGURES = str.maketrans({**{chr(0xFF10 + d): str(d) for d in range(10)}, "％": "%"})
_DECIMAL_POINT = re.compile(r"(?<=\d)．(?=\d)")
# "二、发展目标--到2025年…": the dash typed as two hyphens between words, as the "——" every rule reads (two for two).
_TYPED_DASH = re.compile(r"(?<=[\u4e00-\u9fff）”])--(?=[\u4e00-\u9fff（“\d])")


def _curly_quotes(line: str) -> str:
    """Straight double quotes typed for Chinese ones ('实现"乡乡全覆盖"', '“一键游包头"'), as the “” every rule reads: a
    straight quote closes a quote left open, else opens one; one character each, so offsets stay. A line where a
    straight quote would leave a quote open is left as it is."""
    if '"' not in line:
        return line
    chars, open_quote = list(line), False
    for index, char in enumerate(chars):
        if char == '"':
            chars[index] = "”" if open_quote else "“"
        open_quote = chars[index] == "“" or open_quote and chars[index] != "”"
    return line if open_quote else "".join(chars)


def typed_forms(line: str) -> str:
    """Figures, quotes and dashes typed in another form ("９５％", "１．２", '"乡乡全覆盖"', "目标--到") as the forms every
    rule reads, one character for one: offsets stay."""
    line = _DECIMAL_POINT.sub(".", line.translate(_FULL_WIDTH_FIGURES))
    return _TYPED_DASH.sub("——", _curly_quotes(line))  # quotes first: a dash may follow a closing quote


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+(?!\S*[-*+]\s)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)")
_MD_RULE = re.compile(r"^:?-{1,}:?$")


class PlanReadError(ValueError):
    """A plan document that cannot be read; the message is one line, Chinese then English."""


def _effective(data: bytes, extension: str) -> str:
    """The type a .doc/.wps really holds: sites serve a .docx, a web page or RTF under the name of an old Word file.
    A WPS .et read as the Excel file it holds: a zip as .xlsx, a compound file with an Excel 97 Workbook stream as
    .xls (any other .et is refused with the format to save it as)."""
    if extension == ".et":
        if data.startswith(b"PK\x03\x04"):
            return ".xlsx"
        return ".xls" if data.startswith(_OLE_MAGIC) and _holds_workbook(data) else extension
    if extension not in WORD97_EXTENSIONS or data.startswith(_OLE_MAGIC):
        return extension
    head = data[:1024].lstrip().lower()
    if data.startswith(b"PK\x03\x04"):
        return ".docx"
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    return ".html" if head.startswith((b"<!doctype html", b"<html", b"mime-version")) or b"<html" in head else extension


def _holds_workbook(data: bytes) -> bool:
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return ole.exists("Workbook") or ole.exists("Book")
    except Exception:  # olefile raises many unrelated types on a damaged compound file: then it holds none
        return False


def check_document(data: bytes, filename: str) -> None:
    """What is refused before any reading (an upload is checked so before it is queued): an empty or oversized file,
    a type the reader does not read, a .docx that is no zip archive or whose parts would expand past the limits."""
    extension = _effective(data, _extension(filename))
    if not data:
        raise PlanReadError("文件为空，请上传有内容的行动方案 (the file is empty)")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise PlanReadError(
            f"文件超过 {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB 上限 (the file is larger than the limit)"
        )
    if extension in _OLD_OFFICE:  # a WPS spreadsheet in its own format: one "另存为" away from a file that is read
        raise PlanReadError(
            f"“{extension}”是旧版 Office/WPS 文件，请在 Word 或 WPS 中“另存为”{_OLD_OFFICE[extension]} 后上传 "
            f"(an old Office/WPS file: save it as {_OLD_OFFICE[extension]} and upload that)"
        )
    if extension not in (*DOCX_EXTENSIONS, *ODT_EXTENSIONS, *WORD97_EXTENSIONS, *RTF_EXTENSIONS, *PDF_EXTENSIONS,
                         *OFD_EXTENSIONS, *WORKBOOK_EXTENSIONS, *PAGE_EXTENSIONS, *TEXT_EXTENSIONS, *IMAGE_EXTENSIONS):
        raise PlanReadError(
            f"不支持的文件类型“{extension or filename}”，请上传 .txt、.md、.docx、.doc、.odt、.rtf、.pdf、.ofd、.xlsx、.xls、.html "
            "或扫描的 .jpg、.png、.tif 文件 (unsupported file type)"
        )
    if extension in WORD97_EXTENSIONS and not data.startswith(_OLE_MAGIC):
        raise PlanReadError(f"不是有效的 {extension} 文件，请在 Word 或 WPS 中“另存为”.docx 后上传 "
                            f"(the {extension} is no Word 97–2003 file)")
    if extension in PAGE_EXTENSIONS and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and (
            data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]):
        raise PlanReadError("文件是二进制内容而不是网页 (the file is binary, not a web page)")
    if extension in RTF_EXTENSIONS and not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise PlanReadError("不是有效的 .rtf 文件，请在 Word 或 WPS 中“另存为”.docx 后上传 (the .rtf holds no RTF)")
    if extension == ".xls" and not data.startswith(_OLE_MAGIC):
        raise PlanReadError("不是有效的 .xls 文件，请在 Excel 或 WPS 中“另存为”.xlsx 后上传 (the .xls is no Excel 97–2003 file)")
    if extension in (*OFD_EXTENSIONS, ".xlsx", *DOCX_EXTENSIONS, *ODT_EXTENSIONS):  # zips: checked before expanding
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise PlanReadError(f"不是有效的 {extension} 文件（不是 zip 压缩包）(the {extension} is not a zip archive)")
        try:
            check_archive(data, extension)
        except FileRefused as refused:
            raise PlanReadError(f"{refused} (the {extension} was refused before reading: zip limits)") from None


def document_text(data: bytes, filename: str, progress=None) -> str:
    """Return the normalised text of a .txt/.md/.docx/.doc/.odt/.rtf/.pdf/.ofd/.xlsx/.xls/.html document (``progress`` as
    read_plan's)."""
    check_document(data, filename)
    extension = _effective(data, _extension(filename))
    if extension in DOCX_EXTENSIONS:
        try:
            lines = docx_lines(data)
        except DocxUnreadable as error:
            raise PlanReadError(f"无法打开 .docx 文件，文件可能已损坏或不是 Word 文档 ({error})") from None
    elif extension in ODT_EXTENSIONS:  # OpenDocument text, as LibreOffice and government desktops' suites save it
        try:
            lines = odt_lines(data)
        except OdtUnreadable as error:
            raise PlanReadError(f"无法打开 .odt 文件，文件可能已损坏或不是 OpenDocument 文本 ({error})") from None
    elif extension in WORD97_EXTENSIONS:  # an old Word (or WPS) file, as many offices still keep their plans
        try:
            lines = word97_lines(data)
        except WordFileUnreadable as error:
            raise PlanReadError(f"无法读取 {extension} 文件，可在 Word 或 WPS 中“另存为”.docx 后上传：{error}") from None
    elif extension in RTF_EXTENSIONS:  # rich text, as Word and WPS save it (and sites serve it as .doc)
        try:
            lines = rtf_lines(data)
        except RtfUnreadable as error:
            raise PlanReadError(f"无法读取 .rtf 文件，可在 Word 或 WPS 中“另存为”.docx 后上传：{error}") from None
    elif extension in WORKBOOK_EXTENSIONS:  # a 任务分解表 kept in Excel
        try:
            lines = workbook_lines(data, zipped=extension == ".xlsx")
        except WorkbookUnreadable as error:
            raise PlanReadError(f"无法打开 {extension} 文件，文件可能已损坏 (the {extension} cannot be opened: {error})") from None
    elif extension in PAGE_EXTENSIONS:  # the plan saved from its government web page
        try:
            lines = page_lines(archived_page(data) if extension in (".mht", ".mhtml") else data)
        except PageUnreadable as error:
            raise PlanReadError(f"无法读取网页文件 (the page cannot be read: {error})") from None
    elif extension in OFD_EXTENSIONS:  # the document as issued in the national fixed-layout format
        try:
            lines = ofd_lines(data, progress=progress)
        except OfdUnreadable as error:
            raise PlanReadError(str(error)) from None
    elif extension in PDF_EXTENSIONS or extension in IMAGE_EXTENSIONS:  # the published print, or a page's picture
        try:
            lines = pdf_lines(data if extension in PDF_EXTENSIONS else image_pdf(data, extension), progress=progress)
        except PdfRefused as refused:
            raise PlanReadError(str(refused)) from None
        except ImageUnreadable as refused:
            raise PlanReadError(str(refused)) from None
    else:
        lines = decode_text(data).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if extension != ".txt" and extension != ".text":
            lines = [_strip_markdown(line) for line in lines]
        else:  # a copy out of a PDF: its printed lines joined back into paragraphs; a table typed with pipes kept
            lines = reflow([_strip_markdown(line) if _PIPE_ROW.match(line.strip()) else line for line in lines])
    text = normalise_lines(lines)
    if not text.strip():
        raise PlanReadError("文件中没有可读的文字 (the document has no readable text)")
    return text


def _extension(filename: str) -> str:
    name = (filename or "").strip().lower()
    dot = name.rfind(".")
    return name[dot:] if dot >= 0 else ""


def decode_text(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK bytes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise PlanReadError("UTF-16 文本无法解码 (the UTF-16 text is damaged)") from error
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise PlanReadError("文件是二进制内容而不是文本 (the file is binary, not text)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text
    raise PlanReadError(
        "无法识别文件编码，请另存为 UTF-8 或 GB18030 文本 (unrecognised text encoding)"
    )


def _looks_binary(text: str) -> bool:
    controls = sum(1 for char in text[:8192] if ord(char) < 32 and char not in "\t\r\n\f")
    return controls > max(2, len(text[:8192]) // 100)


_PIPE_ROW = re.compile(r"^\|.*\|$")  # "| 1 | 推进… | 投资促进局 |": a table row typed with pipes, in a .txt too


def _strip_markdown(line: str) -> str:
    row = line.strip()
    if len(row) > 1 and row.startswith("|") and row.endswith("|"):  # a Markdown table row: cells between pipes
        cells = [cell.strip() for cell in row[1:-1].split("|")]
        if all(_MD_RULE.match(cell) for cell in cells):
            return ""  # the |---|:---:| line under the header
        return " | ".join(_MD_EMPHASIS.sub("", cell) for cell in cells)
    line = _MD_HEADING.sub("", line)
    line = _MD_BULLET.sub("", line)
    return _MD_EMPHASIS.sub("", line)


def normalise_lines(lines) -> str:
    """Join lines with \\n, dropping invisible characters and blank lines, trimming spaces."""
    kept = []
    for raw in lines:
        for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            line = line.translate(_INVISIBLE).translate(_COLONS).replace("\u3000", " ").replace("\xa0", " ").lstrip()
            line = typed_forms(line)
            if line.count("\t") >= 2:  # a table row pasted from Word or Excel: its cells between pipes, like a .docx's
                line = " | ".join(cell.strip() for cell in line.split("\t"))  # (a last empty cell kept in its place)
            # "…成果。 责任单位：X 2.…": a label line run on after a space (a portal page's paragraph break)
            parts = (unbullet(part.strip()) for part in split_run_on_labels(unbox_labels(line).strip()))
            kept += [part for part in parts if part]
    return "\n".join(half_brackets_as_points(kept))
