"""A scanner's TIFF — often several pages, each a bilevel image in CCITT Group 4 — as the pages of a PDF that draws
each strip of each page as it is stored: a PDF decodes CCITT G3/G4 (CCITTFaxDecode), LZW, Deflate, PackBits
(RunLengthDecode), JPEG (DCTDecode, the file's shared JPEGTables put before each strip) and plain rows, with TIFF's
horizontal predictor. Only the directory is read, no pixel. Tiles, planar rows, bit order reversed and BigTIFF are
refused with what to save the scan as.
"""

import struct

_COMPRESSED = {1: b"", 2: None, 3: b"/CCITTFaxDecode", 4: b"/CCITTFaxDecode", 5: b"/LZWDecode", 7: b"/DCTDecode",
               8: b"/FlateDecode", 32946: b"/FlateDecode", 32773: b"/RunLengthDecode"}
_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8}  # bytes per value of each field type
_MOST_PAGES = 300
_MOST_STRIPS = 20_000
MOST_PIXELS = 80_000_000  # ~9,000 × 9,000, an A4 page at 1,000 dpi: a picture with more is no scanned page


class TiffUnreadable(ValueError):
    """A TIFF that cannot be bound into pages; one line, Chinese then English."""


def tiff_pages(data: bytes, sane_dpi) -> list[tuple[float, float, list[tuple[dict, tuple]]]]:
    """The TIFF's pages for ``image_files.pdf_of_pages``: (width, height in points, [(strip parts, matrix)])."""
    if data[:4] not in (b"II*\x00", b"MM\x00*"):
        raise TiffUnreadable("不是有效的 TIFF 图片（或为 BigTIFF），请另存为 PDF 后上传 (the file is no classic TIFF)")
    order = "<" if data[:2] == b"II" else ">"
    pages, offset, seen = [], _unpack(order + "I", data, 4)[0], set()
    while offset and offset not in seen:
        if len(pages) >= _MOST_PAGES:
            raise TiffUnreadable(f"TIFF 超过 {_MOST_PAGES} 页 (the TIFF has too many pages)")
        seen.add(offset)
        fields, offset = _directory(data, order, offset)
        pages.append(_page(data, fields, sane_dpi))
    if not pages:
        raise TiffUnreadable("TIFF 图片中没有页面 (the TIFF holds no page)")
    return pages


def _unpack(form: str, data: bytes, at: int) -> tuple:
    try:
        return struct.unpack_from(form, data, at)
    except struct.error:
        raise TiffUnreadable("TIFF 图片已损坏 (the TIFF is damaged)") from None


def _directory(data: bytes, order: str, at: int) -> tuple[dict[int, list], int]:
    """An image file directory's fields (tag: values) and the next directory's offset."""
    count = _unpack(order + "H", data, at)[0]
    fields = {}
    for entry in range(count):
        tag, kind, number, value = _unpack(order + "HHI4s", data, at + 2 + 12 * entry)
        size = _SIZES.get(kind)
        if size is None or number > 1_000_000:
            continue
        raw = value if size * number <= 4 else data[_unpack(order + "I", value, 0)[0]:][:size * number]
        if len(raw) < size * number:
            raise TiffUnreadable("TIFF 图片已损坏 (the TIFF is damaged)")
        if kind == 5:  # a rational: numerator over denominator
            pairs = struct.unpack(f"{order}{2 * number}I", raw[:8 * number])
            fields[tag] = [top / bottom if bottom else 0.0 for top, bottom in zip(pairs[::2], pairs[1::2], strict=True)]
        elif kind in (1, 2, 6, 7):
            fields[tag] = list(raw[:number])
        else:
            form = {3: "H", 4: "I", 8: "h", 9: "i", 10: "ii"}.get(kind)
            fields[tag] = list(struct.unpack(order + form * number, raw[:size * number])) if form else []
    return fields, _unpack(order + "I", data, at + 2 + 12 * count)[0]


def _one(fields: dict, tag: int, default=None):
    values = fields.get(tag)
    return values[0] if values else default


def _page(data: bytes, fields: dict, sane_dpi) -> tuple[float, float, list]:
    columns, rows = _one(fields, 256, 0), _one(fields, 257, 0)
    compression, photometric = _one(fields, 259, 1), _one(fields, 262, 1)
    bits, samples = _one(fields, 258, 1), _one(fields, 277, 1)
    if 322 in fields or _one(fields, 284, 1) != 1 or _one(fields, 266, 1) != 1:
        raise TiffUnreadable("TIFF 图片为分块、分平面或反向位序存储，请另存为 PDF 后上传 "
                             "(a tiled, planar or bit-reversed TIFF: save the scan as PDF)")
    filter_ = _COMPRESSED.get(compression)
    if filter_ is None or not columns or not rows or samples not in (1, 3) or bits not in (1, 8):
        raise TiffUnreadable(f"TIFF 图片的压缩方式（{compression}）或颜色无法识别，请另存为 PDF 后上传 "
                             "(a TIFF compression or colour not read here: save the scan as PDF)")
    if columns * rows > MOST_PIXELS:
        raise TiffUnreadable("TIFF 图片像素过多，不是一页文件的扫描件 (a TIFF page too large to be a scanned page)")
    offsets, counts = fields.get(273, []), fields.get(279, [])
    if not offsets or len(offsets) != len(counts) or len(offsets) > _MOST_STRIPS:
        raise TiffUnreadable("TIFF 图片已损坏（缺少图像数据）(the TIFF has no usable strips)")
    per_strip = min(_one(fields, 278, rows) or rows, rows)
    unit = _one(fields, 296, 2)
    across, down = _one(fields, 282), _one(fields, 283)
    dpi = sane_dpi(None if not across or not down or unit not in (2, 3) else
                   (across, down) if unit == 2 else (across * 2.54, down * 2.54))
    width, height = columns * 72 / dpi[0], rows * 72 / dpi[1]
    space = (b"/DeviceRGB" if samples == 3 or compression == 7 and photometric in (2, 6) else
             _palette(fields) if photometric == 3 else b"/DeviceGray")
    tables = bytes(fields.get(347, []))[:-2] if compression == 7 and 347 in fields else b""  # JPEGTables without EOI
    strips = []
    for index, (offset, count) in enumerate(zip(offsets, counts, strict=True)):
        top = index * per_strip
        if top >= rows:
            break
        strip_rows = min(per_strip, rows - top)
        stream = data[offset:offset + count]
        if len(stream) < count:
            raise TiffUnreadable("TIFF 图片已损坏（图像数据不完整）(the TIFF's image data is cut short)")
        if tables and stream.startswith(b"\xff\xd8"):
            stream = tables + stream[2:]
        parts = {"columns": columns, "rows": strip_rows, "colours": (space, bits), "stream": stream,
                 "filter": filter_, "parameters": _parameters(fields, compression, columns, strip_rows, bits, samples)}
        row_height = height / rows
        strips.append((parts, (width, 0, 0, strip_rows * row_height, 0, height - (top + strip_rows) * row_height)))
    return width, height, strips


def _parameters(fields: dict, compression: int, columns: int, rows: int, bits: int, samples: int) -> bytes:
    if compression in (3, 4):
        options = _one(fields, 292 if compression == 3 else 293, 0)
        k = -1 if compression == 4 else 1 if options & 1 else 0
        aligned = b" /EncodedByteAlign true" if compression == 3 and options & 4 else b""
        return b"/DecodeParms << /K %d /Columns %d /Rows %d%s >> " % (k, columns, rows, aligned)
    if compression in (5, 8, 32946) and _one(fields, 317, 1) == 2:  # TIFF's horizontal differencing
        return b"/DecodeParms << /Predictor 2 /Colors %d /BitsPerComponent %d /Columns %d >> " % (samples, bits, columns)
    return b""


def _palette(fields: dict) -> bytes:
    """A palette image's ColorMap (16-bit reds, then greens, then blues) as an indexed colour space."""
    colours = fields.get(320, [])
    if not colours or len(colours) % 3:
        raise TiffUnreadable("TIFF 调色板图片缺少颜色表 (the TIFF palette image has no colour map)")
    third = len(colours) // 3
    table = bytes(value >> 8 for triple in zip(colours[:third], colours[third:2 * third], colours[2 * third:], strict=True)
                  for value in triple)
    return b"[/Indexed /DeviceRGB %d <%s>]" % (third - 1, table.hex().encode())
