"""A plan uploaded as a picture of its page — a scanner's or a phone's JPEG, a PNG, a scanner's TIFF of several pages
(``tiff_pages``) — bound as it is into a PDF, so that the scan reading (``pdf_scans``: turned straight, its table's
cells found, recognised) reads it as the page of a scanned PDF. The image's bytes are not decoded here: a PDF draws a JPEG as it is (DCTDecode) and a PNG's
compressed rows as they are (FlateDecode with the PNG predictors), so only the headers are read — size, colours,
resolution, a phone's EXIF turn.

A PNG with an alpha channel or interlaced rows is not of that kind and is refused with what to save it as; so is a
file whose header is not what its name says.
"""

import struct
import zlib

from .tiff_pages import MOST_PIXELS, TiffUnreadable, tiff_pages

DEFAULT_DPI = 200  # an image that states no resolution: a scanner's usual
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}  # JPEG frame headers
_PNG = b"\x89PNG\r\n\x1a\n"


class ImageUnreadable(ValueError):
    """An image that cannot be bound into a page; the message is one line, Chinese then English."""


def image_pdf(data: bytes, extension: str) -> bytes:
    """A PDF drawing the image of ``data`` at its own resolution: one page for a .jpg/.jpeg or .png, a page for each
    of a .tif/.tiff's directories."""
    if extension in (".tif", ".tiff"):
        try:
            return pdf_of_pages(tiff_pages(data, _sane))
        except TiffUnreadable as refused:
            raise ImageUnreadable(str(refused)) from None
    parts = image_parts(data, extension)
    columns, rows, dpi, turn = parts["columns"], parts["rows"], parts["dpi"], parts["turn"]
    width, height = columns * 72 / dpi[0], rows * 72 / dpi[1]
    if turn in (90, 270):
        width, height = height, width
    # The image's unit square onto the page, turned clockwise as its EXIF asks (its own width runs down a turned page).
    matrix = {0: (width, 0, 0, height, 0, 0), 90: (0, -height, width, 0, 0, height),
              180: (-width, 0, 0, -height, width, height), 270: (0, height, -width, 0, width, 0)}[turn]
    return pdf_of_pages([(width, height, [(parts, matrix)])])


def image_parts(data: bytes, extension: str) -> dict:
    """What a PDF needs to draw the image as it is: its size, colours, stated resolution, EXIF turn, the stream and
    its filter and decode parameters."""
    if extension in (".jpg", ".jpeg"):
        columns, rows, colours, dpi, turn, parameters = _jpeg(data)
        stream, filter_ = data, b"/DCTDecode"
    else:
        columns, rows, colours, dpi, turn, stream, parameters = _png(data)
        filter_ = b"/FlateDecode"
    if columns * rows > MOST_PIXELS:
        raise ImageUnreadable("图片像素过多，不是一页文件的扫描件 (the image is too large to be a scanned page)")
    return {"columns": columns, "rows": rows, "colours": colours, "dpi": dpi, "turn": turn, "stream": stream,
            "filter": filter_, "parameters": parameters}


def pdf_of_pages(pages: list[tuple[float, float, list[tuple[dict, tuple]]]]) -> bytes:
    """A PDF of pages (width, height in points, [(image parts, matrix placing its unit square)]), nothing else drawn."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for width, height, images in pages:
        names, content = [], []
        for index, (parts, matrix) in enumerate(images):
            objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent %d "
                           b"%s%s/Length %d >>\nstream\n" % (
                               parts["columns"], parts["rows"], parts["colours"][0], parts["colours"][1],
                               b"/Filter %s " % parts["filter"] if parts["filter"] else b"",
                               parts["parameters"], len(parts["stream"])) + parts["stream"] + b"\nendstream")
            names.append(b"/I%d %d 0 R" % (index, len(objects)))
            content.append(b"q %.4f %.4f %.4f %.4f %.4f %.4f cm /I%d Do Q" % (*matrix, index))
        drawn = b"\n".join(content)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(drawn), drawn))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << %s >> >> "
                       b"/Contents %d 0 R >>" % (width, height, b" ".join(names), len(objects)))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
    return _pdf(objects)


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


def _jpeg(data: bytes):
    """(columns, rows, (colour space, bits), (dpi across, down), EXIF turn, extra parameters) of a JPEG's headers."""
    if not data.startswith(b"\xff\xd8"):
        raise ImageUnreadable("不是有效的 JPEG 图片 (the file is no JPEG image)")
    at, dpi, turn, adobe, frame = 2, None, 0, False, None
    while at + 4 <= len(data) and frame is None:
        if data[at] != 0xFF:
            raise ImageUnreadable("JPEG 图片已损坏 (the JPEG is damaged)")
        marker = data[at + 1]
        if marker == 0xFF:  # fill bytes before a marker
            at += 1
            continue
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        body = data[at + 4:at + 2 + length]
        if marker == 0xE0 and body.startswith(b"JFIF\x00") and len(body) >= 12:
            units, across, down = body[7], *struct.unpack(">HH", body[8:12])
            if units in (1, 2) and across and down:
                dpi = (across, down) if units == 1 else (across * 2.54, down * 2.54)
        elif marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            turn = _exif_turn(body[6:])
        elif marker == 0xEE and body.startswith(b"Adobe"):
            adobe = True
        elif marker in _SOF and len(body) >= 6:
            bits, rows, columns, components = body[0], *struct.unpack(">HH", body[1:5]), body[5]
            frame = (columns, rows, components, bits)
        at += 2 + length
    if frame is None or not frame[0] or not frame[1] or frame[2] not in (1, 3, 4):
        raise ImageUnreadable("JPEG 图片已损坏或不完整 (the JPEG has no usable frame header)")
    columns, rows, components, bits = frame
    space = {1: b"/DeviceGray", 3: b"/DeviceRGB", 4: b"/DeviceCMYK"}[components]
    inverted = b"/Decode [1 0 1 0 1 0 1 0] " if components == 4 and adobe else b""  # Adobe's CMYK JPEGs are stored inverted
    return columns, rows, (space, bits), _sane(dpi), turn, inverted


def _exif_turn(tiff: bytes) -> int:
    """The clockwise turn a camera's EXIF orientation asks for the image to stand upright (0, 90, 180 or 270)."""
    try:
        order = "<" if tiff[:2] == b"II" else ">"
        first = struct.unpack(order + "I", tiff[4:8])[0]
        count = struct.unpack(order + "H", tiff[first:first + 2])[0]
        for entry in range(count):
            tag, _, _, value = struct.unpack(order + "HHIH", tiff[first + 2 + 12 * entry:first + 12 + 12 * entry])
            if tag == 0x0112:
                return {3: 180, 6: 90, 8: 270}.get(value, 0)
    except (struct.error, IndexError):  # a damaged EXIF block: the image as stored
        pass
    return 0


def _png(data: bytes):
    """(columns, rows, (colour space, bits), dpi, 0, the compressed rows, decode parameters) of a PNG."""
    if not data.startswith(_PNG):
        raise ImageUnreadable("不是有效的 PNG 图片 (the file is no PNG image)")
    at, header, palette, dpi, rows_data = 8, None, b"", None, []
    while at + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR" and len(body) == 13:
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"pHYs" and len(body) == 9:
            across, down, unit = struct.unpack(">IIB", body)
            if unit == 1 and across and down:
                dpi = (across * 0.0254, down * 0.0254)
        elif kind == b"IDAT":
            rows_data.append(body)
        elif kind == b"IEND":
            break
        at += 12 + length
    if header is None or not rows_data:
        raise ImageUnreadable("PNG 图片已损坏或不完整 (the PNG has no header or no image data)")
    columns, rows, bits, colour, _, _, interlaced = header
    if colour in (4, 6) or interlaced:
        raise ImageUnreadable("PNG 图片带透明通道或为隔行扫描，请另存为 JPEG 或 PDF 后上传 "
                              "(a PNG with transparency or interlacing: save it as JPEG or PDF)")
    if colour == 3:
        if not palette:
            raise ImageUnreadable("PNG 图片缺少调色板 (the PNG has no palette)")
        space = b"[/Indexed /DeviceRGB %d <%s>]" % (len(palette) // 3 - 1, palette.hex().encode())
    else:
        space = {0: b"/DeviceGray", 2: b"/DeviceRGB"}.get(colour)
        if space is None:
            raise ImageUnreadable("PNG 图片的颜色类型无法识别 (unknown PNG colour type)")
    components = {0: 1, 2: 3, 3: 1}[colour]
    stream = b"".join(rows_data)
    try:
        zlib.decompressobj().decompress(stream[:4096])  # a damaged stream refused here, not by the renderer
    except zlib.error:
        raise ImageUnreadable("PNG 图片数据已损坏 (the PNG's image data is damaged)") from None
    parameters = b"/DecodeParms << /Predictor 15 /Colors %d /BitsPerComponent %d /Columns %d >> " % (
        components, bits, columns)
    return columns, rows, (space, bits), _sane(dpi), 0, stream, parameters


def _sane(dpi) -> tuple[float, float]:
    """The image's stated resolution, or the default where it states none or one no scan has."""
    if dpi is None or not all(50 <= value <= 2400 for value in dpi):
        return (DEFAULT_DPI, DEFAULT_DPI)
    return (float(dpi[0]), float(dpi[1]))
