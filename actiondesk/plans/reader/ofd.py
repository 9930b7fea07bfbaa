"""A plan published as OFD (GB/T 33190-2016, the fixed-layout format Chinese government offices issue documents in):
its printed lines, page by page, joined back into paragraphs as a PDF's are (pdf_text.py).

An .ofd is a zip: OFD.xml names each document's Document.xml, which lists its pages' Content.xml. Each TextObject
places its TextCode runs inside its Boundary (millimetres, y down), through its CTM where it has one; a run without
X or Y continues from the one before. Template pages (a letterhead), annotations and seals are no text of the plan.
"""

import io
import math
import posixpath
import zipfile
import zlib

from lxml import etree

from .ofd_scans import OfdScanUnreadable, scan_pdf
from .pdf_text import PdfRefused, pdf_lines, placed_lines, printed_paragraphs

_POINTS = 72 / 25.4  # OFD measures in millimetres; the line rules are written in points
MAX_OFD_PAGES = 1000


class OfdUnreadable(ValueError):
    """The OFD file cannot be read; the message is one line, Chinese then English."""


def ofd_lines(data: bytes, progress=None) -> list[str]:
    """The paragraphs of every page; ``progress("pages", done, total)`` per page."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {name.lstrip("/").lower(): name for name in archive.namelist()}
            pages = _page_files(archive, names)
            if len(pages) > MAX_OFD_PAGES:
                raise OfdUnreadable(f"OFD 超过 {MAX_OFD_PAGES} 页上限 (the OFD has more pages than the limit)")
            printed = []
            for path, size in pages:
                printed.append(_page_lines(_xml(archive, names, path), size))
                if progress:
                    progress("pages", len(printed), len(pages))
    except OfdUnreadable:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, OSError, EOFError, zlib.error,
            NotImplementedError) as error:  # a damaged member: its compressed bytes, or a method no reader has
        raise OfdUnreadable(f"OFD 文件已损坏 (the OFD cannot be read: {type(error).__name__})") from None
    if not any(line.text.strip() for page in printed for line in page):
        return _scanned(data, progress)
    return printed_paragraphs(printed)


def _scanned(data: bytes, progress) -> list[str]:
    """A scanned OFD's paragraphs: its page images bound into a PDF and recognised as a scanned PDF's are."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {name.lstrip("/").lower(): name for name in archive.namelist()}
            roots = [_child(body, "DocRoot") for body in _children(_xml(archive, names, "OFD.xml"), "DocBody")]
            root = next((root.text.strip().lstrip("/") for root in roots if root is not None and (root.text or "").strip()),
                        "")
            pdf = scan_pdf(archive, names, root, _page_files(archive, names), _xml, _children, _child, _numbers)
    except OfdScanUnreadable as refused:
        raise OfdUnreadable(str(refused)) from None
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, OSError, EOFError, zlib.error,
            NotImplementedError) as error:
        raise OfdUnreadable(f"OFD 文件已损坏 (the OFD cannot be read: {type(error).__name__})") from None
    try:
        return pdf_lines(pdf, progress=progress)
    except PdfRefused as refused:  # said of the PDF the pages were bound into: of the OFD to the clerk
        raise OfdUnreadable(str(refused).replace("PDF 中没有文字层", "OFD 中没有文字")) from None


def _xml(archive, names: dict[str, str], path: str):
    name = names.get(path.lstrip("/").lower())
    if name is None:
        raise KeyError(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(archive.read(name), parser)


def _children(element, local: str):
    return [child for child in element if isinstance(child.tag, str) and etree.QName(child).localname == local]


def _child(element, local: str):
    found = _children(element, local)
    return found[0] if found else None


def _page_files(archive, names: dict[str, str]) -> list[tuple[str, tuple[float, float]]]:
    """Each page's Content.xml with the document's page size, every document of the file in order."""
    pages = []
    for body in _children(_xml(archive, names, "OFD.xml"), "DocBody"):
        root = _child(body, "DocRoot")
        if root is None or not (root.text or "").strip():
            continue
        document_path = root.text.strip().lstrip("/")
        document = _xml(archive, names, document_path)
        folder = posixpath.dirname(document_path)
        common = _child(document, "CommonData")
        default = _size(_child(common, "PageArea") if common is not None else None, (210.0, 297.0))
        listing = _child(document, "Pages")
        for listed in _children(listing if listing is not None else document, "Page"):
            location = (listed.get("BaseLoc") or "").strip()
            if location:
                path = location.lstrip("/") if location.startswith("/") else posixpath.join(folder, location)
                pages.append((posixpath.normpath(path), default))
    return pages


def _size(area, default: tuple[float, float]) -> tuple[float, float]:
    """The width and height of an area's PhysicalBox, in millimetres; ``default`` where it gives none."""
    box = _child(area, "PhysicalBox") if area is not None else None
    numbers = _numbers(box.text if box is not None else "")
    return (numbers[2], numbers[3]) if len(numbers) == 4 and numbers[2] > 0 and numbers[3] > 0 else default


def _numbers(text: str | None) -> list[float]:
    values = []
    for part in (text or "").split():
        try:
            value = float(part)
        except ValueError:
            continue
        if math.isfinite(value) and abs(value) < 1e6:  # a page is under a metre: a larger figure is damage
            values.append(value)
    return values


def _page_lines(page, default_size: tuple[float, float]):
    """The page's printed lines: its text runs as (baseline, x, size, text, right end) in points, y up, as the PDF
    reader places them, and the straight sides its paths draw (a table's rules), so a table reads by its cells."""
    width, height = _size(_child(page, "Area"), default_size)
    content = _child(page, "Content")
    runs, rules = [], []
    for layer in _children(content, "Layer") if content is not None else []:
        for element in layer.iter():
            name = etree.QName(element).localname if isinstance(element.tag, str) else ""
            if name == "TextObject":
                runs += _object_runs(element, height)
            elif name == "PathObject":
                rules += _path_rules(element, height)
    return placed_lines(runs, [], rules, width * _POINTS, height * _POINTS)


def _matrix(element) -> list[float]:
    matrix = _numbers(element.get("CTM"))
    return matrix if len(matrix) == 6 else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


def _placement(element):
    """A graphic object's point (in its own units) to the page's, in millimetres: its CTM, then its boundary's origin."""
    box = _numbers(element.get("Boundary"))
    left, top = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
    a, b, c, d, e, f = _matrix(element)
    return lambda x, y: (left + a * x + c * y + e, top + b * x + d * y + f)


def _path_rules(path, height: float) -> list[tuple[float, float, float, float]]:
    """The straight sides across or down a path draws (M / L / C in its AbbreviatedData; curves end a side), in
    points, y up."""
    data = _child(path, "AbbreviatedData")
    place, tokens = _placement(path), (data.text or "").split() if data is not None else []
    rules, at, start, index = [], None, None, 0
    sizes = {"M": 2, "S": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}
    while index < len(tokens) and len(rules) < 5000:
        command = tokens[index]
        values = _numbers(" ".join(tokens[index + 1:index + 1 + sizes.get(command, 0)]))
        index += 1 + sizes.get(command, 0)
        if command not in sizes or len(values) != sizes[command]:
            continue
        point = place(*values[-2:]) if values else start
        if command in ("L", "C") and at is not None and point is not None \
                and (abs(point[0] - at[0]) < 0.2 or abs(point[1] - at[1]) < 0.2):
            rules.append((at[0] * _POINTS, (height - at[1]) * _POINTS, point[0] * _POINTS, (height - point[1]) * _POINTS))
        if command in ("M", "S"):
            start = point
        at = point
    return rules


def _object_runs(text_object, height: float) -> list[tuple[float, float, float, str, float]]:
    """The object's TextCode runs as (baseline, x, size, text, right end) in points, y up; a run without X or Y
    goes on from where the one before ended."""
    place = _placement(text_object)
    a, b, _, d = _matrix(text_object)[:4]
    size = (_numbers(text_object.get("Size")) or [3.5])[0] * (abs(d) or abs(b) or 1.0)
    runs, x, y = [], 0.0, 0.0
    for code in _children(text_object, "TextCode"):
        text = (code.text or "").replace("\r", "").replace("\n", "")
        x = (_numbers(code.get("X")) or [x])[0]
        y = (_numbers(code.get("Y")) or [y])[0]
        advances = _advances(code.get("DeltaX"), len(text))
        advance = sum(advances[:len(text) - 1])  # to the last glyph
        if text.strip():
            page_x, page_y = place(x, y)
            last = size / 2 if text[-1].isascii() else size  # the last glyph's width: no advance follows it
            runs.append(((height - page_y) * _POINTS, page_x * _POINTS, size * _POINTS, text,
                         (page_x + a * advance + last) * _POINTS))
        x += sum(advances)
    return runs


def _advances(delta: str | None, count: int) -> list[float]:
    """DeltaX's advances, its "g N D" shorthand (N times D) expanded; a run without one advances nothing."""
    parts, advances, index = (delta or "").split(), [], 0
    while index < len(parts) and len(advances) < count:
        if parts[index] == "g" and index + 2 < len(parts):
            repeat = parts[index + 1]
            times = min(int(repeat) if repeat.isdigit() else 0, count - len(advances))
            advances += [(_numbers(parts[index + 2]) or [0.0])[0]] * max(times, 0)
            index += 3
        else:
            advances += _numbers(parts[index])
            index += 1
    return advances[:count]
