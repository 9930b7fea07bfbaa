"""A plan laid out as an OFD file the way a 公文 is typeset (GB/T 9704: 16 pt type, 28 characters a line, 22 lines a
page, each paragraph's first line set in two characters, the title centred, the page number at the foot), for the
reader's tests, the re-printing probe and the bench. Each printed line is a TextObject of one TextCode."""
import io
import zipfile
from xml.sax.saxutils import escape

_NS = "http://www.ofdspec.org/2016"
_SIZE, _PITCH, _LEFT, _TOP, _COLUMNS, _ROWS = 5.6, 10.2, 28.0, 37.0, 28, 22


def ofd_file(text: str) -> bytes:
    """The text's paragraphs (one a line) typeset on A4 pages and written as an .ofd."""
    printed: list[tuple[float, str]] = []  # (left edge in mm, line)
    for number, paragraph in enumerate(line.strip() for line in text.split("\n") if line.strip()):
        if number == 0 and len(paragraph) <= _COLUMNS:
            printed.append((_LEFT + (_COLUMNS - len(paragraph)) * _SIZE / 2, paragraph))
            continue
        lines = _broken(paragraph)
        printed += [(_LEFT + (2 * _SIZE if index == 0 else 0), line) for index, line in enumerate(lines)]
    pages = [printed[i:i + _ROWS] for i in range(0, len(printed), _ROWS)] or [[]]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{_NS}" DocType="OFD" '
                         'Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>'
                         "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        listed = "".join(f'<ofd:Page ID="{n + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
        archive.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{_NS}">'
                         "<ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
                         f"</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>{listed}</ofd:Pages></ofd:Document>")
        for number, lines in enumerate(pages):
            objects = [_text(left, _TOP + row * _PITCH, line) for row, (left, line) in enumerate(lines)]
            objects.append(_text(_LEFT + 12 * _SIZE, 280.0, f"— {number + 1} —"))
            archive.writestr(f"Doc_0/Pages/Page_{number}/Content.xml",
                             f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{_NS}"><ofd:Content>'
                             f'<ofd:Layer ID="1">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')
    return buffer.getvalue()


def _width(char: str) -> float:
    return _SIZE / 2 if char.isascii() else _SIZE  # a Latin letter, figure or ASCII mark is half a character wide


def _broken(paragraph: str) -> list[str]:
    """The paragraph cut into printed lines by width: the first set in two characters."""
    lines, line, room = [], "", (_COLUMNS - 2) * _SIZE
    for char in paragraph:
        if _width(char) > room + 0.01:
            lines.append(line)
            line, room = "", _COLUMNS * _SIZE
        line += char
        room -= _width(char)
    return [*lines, line]


def _text(left: float, top: float, line: str) -> str:
    advances = " ".join(f"{_width(char):g}" for char in line[:-1])
    return (f'<ofd:TextObject ID="1" Boundary="{left:.2f} {top:.2f} {sum(map(_width, line)):.2f} {_SIZE * 1.2:.2f}" '
            f'Font="1" Size="{_SIZE}"><ofd:TextCode X="0" Y="{_SIZE:.2f}" DeltaX="{advances}">'
            f"{escape(line)}</ofd:TextCode></ofd:TextObject>")
