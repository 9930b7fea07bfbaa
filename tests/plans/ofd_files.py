"""A plan laid out as an OFD file the way a 公文 is typeset (GB/T 9704: 16 pt type, 28 characters a line, 22 lines a
page, each paragraph's first line set in two characters, the title centred, the page number at the foot), for the
reader's tests, the re-printing probe and the bench. Each printed line is a TextObject of one TextCode; rows typed
between pipes ("1 | 培育企业 | 区工信局") are a ruled table, each cell's text wrapped inside it, a row a band of
PathObject rules."""
import io
import zipfile
from xml.sax.saxutils import escape

_NS = "http://www.ofdspec.org/2016"
_SIZE, _PITCH, _LEFT, _TOP, _COLUMNS, _ROWS = 5.6, 10.2, 28.0, 37.0, 28, 22


def ofd_file(text: str) -> bytes:
    """The text's paragraphs (one a line) typeset on A4 pages and written as an .ofd."""
    pages: list[list[str]] = [[]]  # each page's objects
    used = 0  # lines of the page filled

    def room(lines: int) -> float:
        nonlocal used
        if used + lines > _ROWS and used:
            pages.append([])
            used = 0
        top = _TOP + used * _PITCH
        used += lines
        return top

    for number, paragraph in enumerate(line.strip() for line in text.split("\n") if line.strip()):
        if " | " in paragraph:
            cells = [cell.strip() for cell in paragraph.split("|")]  # a table's row: its cells side by side
            width = _COLUMNS * _SIZE / len(cells)
            wrapped = [_broken(cell, width - 2, first=width - 2) or [""] for cell in cells]
            top = room(max(len(lines) for lines in wrapped))
            pages[-1] += [_text(_LEFT + index * width + 1, top + row * _PITCH, line)
                          for index, lines in enumerate(wrapped) for row, line in enumerate(lines) if line]
            pages[-1].append(_band(top, max(len(lines) for lines in wrapped), len(cells)))
            continue
        if number == 0 and len(paragraph) <= _COLUMNS:
            top = room(1)  # first: it may open a new page
            pages[-1].append(_text(_LEFT + (_COLUMNS - len(paragraph)) * _SIZE / 2, top, paragraph))
            continue
        for index, line in enumerate(_broken(paragraph, _COLUMNS * _SIZE, first=(_COLUMNS - 2) * _SIZE)):
            top = room(1)
            pages[-1].append(_text(_LEFT + (2 * _SIZE if index == 0 else 0), top, line))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        _document(archive, len(pages))
        for number, objects in enumerate(pages):
            objects = [*objects, _text(_LEFT + 12 * _SIZE, 280.0, f"— {number + 1} —")]
            archive.writestr(f"Doc_0/Pages/Page_{number}/Content.xml",
                             f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{_NS}"><ofd:Content>'
                             f'<ofd:Layer ID="1">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')
    return buffer.getvalue()


def _document(archive, pages: int, resources: str = "") -> None:
    """OFD.xml and Doc_0/Document.xml listing ``pages`` A4 pages (Doc_0/Pages/Page_N/Content.xml)."""
    archive.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{_NS}" DocType="OFD" '
                     'Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>'
                     "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    listed = "".join(f'<ofd:Page ID="{n + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(pages))
    archive.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{_NS}">'
                     "<ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
                     f"</ofd:PhysicalBox></ofd:PageArea>{resources}</ofd:CommonData><ofd:Pages>{listed}</ofd:Pages>"
                     "</ofd:Document>")


def _width(char: str) -> float:
    return _SIZE / 2 if char.isascii() else _SIZE  # a Latin letter, figure or ASCII mark is half a character wide


def _broken(paragraph: str, width: float, first: float) -> list[str]:
    """The paragraph cut into printed lines ``width`` wide, the first ``first`` wide."""
    lines, line, room = [], "", first
    for char in paragraph:
        if _width(char) > room + 0.01 and line:
            lines.append(line)
            line, room = "", width
        line += char
        room -= _width(char)
    return [*lines, line] if line else lines


def _text(left: float, top: float, line: str) -> str:
    advances = " ".join(f"{_width(char):g}" for char in line[:-1])
    return (f'<ofd:TextObject ID="1" Boundary="{left:.2f} {top:.2f} {sum(map(_width, line)):.2f} {_SIZE * 1.2:.2f}" '
            f'Font="1" Size="{_SIZE}"><ofd:TextCode X="0" Y="{_SIZE:.2f}" DeltaX="{advances}">'
            f"{escape(line)}</ofd:TextCode></ofd:TextObject>")


def _band(top: float, lines: int, cells: int) -> str:
    """A table row's rules: its top and bottom across the table, a side at each cell's edge."""
    width, height = _COLUMNS * _SIZE, lines * _PITCH  # from 1 mm above the first line's top: rows share their rules
    sides = [f"M {x:.2f} 0 L {x:.2f} {height:.2f}" for x in (index * width / cells for index in range(cells + 1))]
    data = f"M 0 0 L {width:.2f} 0 M 0 {height:.2f} L {width:.2f} {height:.2f} " + " ".join(sides)
    return (f'<ofd:PathObject ID="1" Boundary="{_LEFT:.2f} {top - 1:.2f} {width:.2f} {height:.2f}" '
            f'Stroke="true"><ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>')


def ofd_scan(images: list[tuple[str, bytes]], res_base: str = "Res") -> bytes:
    """A scanned OFD: each page one ImageObject covering the A4 page, its image ((file name, bytes): .jpg or .png) a
    MultiMedia of DocumentRes.xml under ``res_base``, as scanners' OFD writers lay one out."""
    buffer = io.BytesIO()
    media = "".join(f'<ofd:MultiMedia ID="{10 + n}" Type="Image" Format="{"PNG" if name.endswith(".png") else "JPEG"}">'
                    f"<ofd:MediaFile>{escape(name)}</ofd:MediaFile></ofd:MultiMedia>" for n, (name, _) in enumerate(images))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        _document(archive, len(images), resources="<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>")
        archive.writestr("Doc_0/DocumentRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{_NS}" '
                         f'BaseLoc="{res_base}"><ofd:MultiMedias>{media}</ofd:MultiMedias></ofd:Res>')
        for number, (name, data) in enumerate(images):
            archive.writestr(f"Doc_0/{res_base}/{name}", data)
            archive.writestr(f"Doc_0/Pages/Page_{number}/Content.xml",
                             f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{_NS}"><ofd:Content>'
                             f'<ofd:Layer ID="1"><ofd:ImageObject ID="{50 + number}" ResourceID="{10 + number}" '
                             'Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/></ofd:Layer></ofd:Content></ofd:Page>')
    return buffer.getvalue()
