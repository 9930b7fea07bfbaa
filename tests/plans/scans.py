"""Scans for the reader's tests: a PDF's pages printed to images and bound into a PDF with no text layer, as a
scanner's PDF is — each page one grey image, nothing else drawn, turned a little when the page went in askew."""

import math
import zlib


def scanned(pdf: bytes, dpi: int = 200, pages: int | None = None, degrees: float = 0.0,
            quarters: int | list[int] = 0, darkest: float = 1.0) -> bytes:
    """``pdf`` as a scan at ``dpi``: its first ``pages`` pages (all by default), each image turned ``degrees`` about the
    page's centre (clockwise as seen: a page fed into the scanner askew) and ``quarters`` quarter turns clockwise (a
    page fed upside down: 2; a landscape page scanned on its side: 1 or 3), one number for every page or one a page;
    with ``darkest`` under 1, photographed under a lamp: grey paper, the light falling off to ``darkest`` of itself
    towards the lower right corner."""
    import numpy
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
            pixels = b"".join(buffer[row * stride:row * stride + columns] for row in range(rows))
            if darkest < 1:
                grid = numpy.frombuffer(pixels, dtype=numpy.uint8).reshape(rows, columns).astype(numpy.float32)
                down, across = numpy.mgrid[0:rows, 0:columns]
                light = 1 - (1 - darkest) * ((across / columns + down / rows) / 2) ** 1.5
                pixels = numpy.clip((grid * 0.85 + 10) * light, 0, 255).astype(numpy.uint8).tobytes()
            turns = quarters[index] if isinstance(quarters, list) else quarters
            if turns % 4:
                grid = numpy.rot90(numpy.frombuffer(pixels, dtype=numpy.uint8).reshape(rows, columns), k=-turns)
                pixels, rows, columns = numpy.ascontiguousarray(grid).tobytes(), *grid.shape
                width, height = (height, width) if turns % 2 else (width, height)
            images.append((width, height, columns, rows, pixels))
    finally:
        document.close()
    return image_pdf(images, degrees)


def image_pdf(images: list[tuple[float, float, int, int, bytes]], degrees: float = 0.0) -> bytes:
    """A PDF of one grey image per page: (page width, height in points, image columns, rows, grey pixels), each drawn
    turned ``degrees`` clockwise about the page's centre (what the page does not cover stays white) — written by the
    reader's own ``pdf_of_pages``."""
    from actiondesk.plans.reader.image_files import pdf_of_pages

    pages = []
    for width, height, columns, rows, pixels in images:
        turn = -math.radians(degrees)  # PDF's y runs up: clockwise as seen is a negative turn
        cos, sin = math.cos(turn), math.sin(turn)
        centre_x, centre_y = width / 2, height / 2
        matrix = (width * cos, width * sin, -height * sin, height * cos,
                  centre_x - cos * centre_x + sin * centre_y, centre_y - sin * centre_x - cos * centre_y)
        parts = {"columns": columns, "rows": rows, "colours": (b"/DeviceGray", 8), "stream": zlib.compress(pixels),
                 "filter": b"/FlateDecode", "parameters": b""}
        pages.append((width, height, [(parts, matrix)]))
    return pdf_of_pages(pages)


def png_page(pdf: bytes, index: int, dpi: int = 150, palette: bool = False) -> bytes:
    """Page ``index`` of ``pdf`` as a grey PNG at ``dpi`` (its resolution in a pHYs chunk), as a scanner saves one; with
    ``palette``, the same greys through a 256-colour palette."""
    import struct

    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        bitmap = document[index].render(scale=dpi / 72, grayscale=True)
        columns, rows, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = bytes(bitmap.buffer)
    finally:
        document.close()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + buffer[row * stride:row * stride + columns] for row in range(rows))
    per_metre = round(dpi / 0.0254)
    header = struct.pack(">IIBBBBB", columns, rows, 8, 3 if palette else 0, 0, 0, 0)
    colours = chunk(b"PLTE", b"".join(bytes((grey, grey, grey)) for grey in range(256))) if palette else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + colours
            + chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pdf_pages(pdf: bytes, numbers) -> bytes:
    """A PDF of the pages ``numbers`` (0-based) of ``pdf``, as a clerk cuts the annexed table out of a plan."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer, reader = PdfWriter(), PdfReader(io.BytesIO(pdf))
    for number in numbers:
        writer.add_page(reader.pages[number])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
