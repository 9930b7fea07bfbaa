"""Scans for the reader's tests: a PDF's pages printed to images and bound into a PDF with no text layer, as a
scanner's PDF is — each page one grey image, nothing else drawn."""

import zlib


def scanned(pdf: bytes, dpi: int = 200, pages: int | None = None, tilt: int = 0) -> bytes:
    """``pdf`` as a scan at ``dpi``: its first ``pages`` pages (all by default), each shifted down ``tilt`` pixels across
    its width (a page fed into the scanner a little askew)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document) if pages is None else min(pages, len(document))):
            page = document[index]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            columns, rows, stride = bitmap.width, bitmap.height, bitmap.stride
            buffer = bytes(bitmap.buffer)
            pixels = [buffer[row * stride:row * stride + columns] for row in range(rows)]
            if tilt:
                pixels = _tilted(pixels, columns, tilt)
            images.append((width, height, columns, rows, b"".join(pixels)))
    finally:
        document.close()
    return image_pdf(images)


def _tilted(rows: list[bytes], columns: int, tilt: int) -> list[bytes]:
    """Each column shifted down in proportion to how far across it stands: a skew of ``tilt`` pixels over the width."""
    blank = b"\xff" * columns
    out = []
    for index in range(len(rows)):
        line = bytearray(columns)
        for start in range(0, columns, 64):  # in strips: close enough to a straight tilt, and quick
            source = index - tilt * start // columns
            line[start:start + 64] = (rows[source] if 0 <= source < len(rows) else blank)[start:start + 64]
        out.append(bytes(line))
    return out


def image_pdf(images: list[tuple[float, float, int, int, bytes]]) -> bytes:
    """A PDF of one grey image per page: (page width, height in points, image columns, rows, grey pixels)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for width, height, columns, rows, pixels in images:
        image = zlib.compress(pixels)
        number = len(objects) + 1
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
                       % (columns, rows, len(image), image))
        content = b"q %.2f 0 0 %.2f 0 0 cm /I Do Q" % (width, height)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /I %d 0 R >> >> "
                       b"/Contents %d 0 R >>" % (width, height, number, number + 1))
        kids.append(number + 2)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
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
