"""A plan uploaded as pictures of its pages — a scanner's or a phone's JPEG, a PNG — is read as a scanned page is:
the image bound as it is into a one-page PDF (no pixel decoded), its resolution and a phone's EXIF turn kept, then
recognised. An image of another kind is refused with what to save it as.

fixtures/images/ holds two JPEGs of a fixture PDF's pages (fixtures/images/README.md says how they were made); the
PNGs are made at test time (``tests/plans/scans.py``)."""

import io
import struct
from pathlib import Path

import pytest
from pypdf import PdfReader

from actiondesk.plans.reader import PlanReadError, read_plan
from actiondesk.plans.reader.documents import check_document, document_text
from actiondesk.plans.reader.image_files import image_pdf
from tests.plans.scans import png_page

FIXTURES = Path(__file__).parent / "fixtures"
ROBOTS = FIXTURES / "pdf" / "zhejiang-2024-humanoid-robot-industry-innovation-development-implementation-plan.pdf"
PAGE_2 = FIXTURES / "images" / "zhejiang-2024-humanoid-robot-plan-page-2.jpg"
PAGE_3_SIDEWAYS = FIXTURES / "images" / "zhejiang-2024-humanoid-robot-plan-page-3-sideways-exif.jpg"


pytestmark = pytest.mark.usefixtures("recogniser")


def _numbers(reading: dict) -> list[str]:
    return [task["number"] for task in reading["tasks"]]


def test_a_jpeg_of_a_page_reads_the_tasks_the_page_prints_at_its_own_resolution():
    bound = PdfReader(io.BytesIO(image_pdf(PAGE_2.read_bytes(), ".jpg"))).pages[0]
    assert (round(float(bound.mediabox.width)), round(float(bound.mediabox.height))) == (595, 842)  # 150 dpi A4
    reading = read_plan(PAGE_2.read_bytes(), "第2页.jpg")
    assert _numbers(reading)[:3] == ["（一）", "（二）", "（三）"] and reading["scanned_pages"] == 1
    assert reading["tasks"][0]["lead"] == ["省经信厅"]


def test_a_phone_photo_stored_sideways_is_turned_upright_as_its_exif_asks():
    bound = PdfReader(io.BytesIO(image_pdf(PAGE_3_SIDEWAYS.read_bytes(), ".jpeg"))).pages[0]
    assert float(bound.mediabox.width) < float(bound.mediabox.height)  # the stored image is wider than high
    text = document_text(PAGE_3_SIDEWAYS.read_bytes(), "photo.jpeg")
    assert "（五）加速技术成果产业化" in text and "责任单位" in text


@pytest.mark.parametrize("palette", [False, True])
def test_a_png_of_a_page_reads_as_its_jpeg_does(palette):
    png = png_page(ROBOTS.read_bytes(), 1, palette=palette)
    assert _numbers(read_plan(png, "第2页.png"))[:3] == ["（一）", "（二）", "（三）"]


def _png_with(colour: int, interlaced: int = 0) -> bytes:
    png = png_page(ROBOTS.read_bytes(), 0, dpi=20)
    header = struct.unpack(">IIBBBBB", png[16:29])
    changed = struct.pack(">IIBBBBB", *header[:3], colour, 0, 0, interlaced)
    return png[:16] + changed + png[29:]


@pytest.mark.parametrize("data,name,words", [
    (_png_with(6), "page.png", "透明通道"),
    (_png_with(0, interlaced=1), "page.png", "隔行"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "page.png", "PNG"),
    (b"GIF89a" + b"\x00" * 40, "page.png", "不是有效的 PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 30, "page.jpg", "JPEG"),
    (b"%PDF-1.4 not a picture", "page.jpg", "不是有效的 JPEG"),
])
def test_an_image_that_cannot_be_bound_into_a_page_is_refused_in_one_line(data, name, words):
    check_document(data, name)  # refused when read, not on upload: the check reads no image
    with pytest.raises(PlanReadError) as refused:
        read_plan(data, name)
    assert words in str(refused.value) and "\n" not in str(refused.value)


def test_an_unsupported_picture_type_is_refused_on_upload_naming_the_images_that_are_read():
    with pytest.raises(PlanReadError) as refused:
        check_document(b"GIF89a" + b"\x00" * 40, "page.gif")
    assert ".jpg" in str(refused.value) and ".png" in str(refused.value)


def test_an_image_whose_header_states_a_page_larger_than_a2_is_refused_before_it_is_rendered():
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 9000, 8000, 1) + b"\x01\x11\x00"
    jfif = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x01" + struct.pack(">HH", 50, 50) + b"\x00\x00"
    with pytest.raises(PlanReadError, match="大于 A2"):
        read_plan(b"\xff\xd8" + jfif + frame + b"\xff\xd9", "huge.jpg")


def test_a_scanned_ofd_has_its_page_images_recognised_in_place():
    """An OFD whose pages are ImageObjects of scanned sheets (no TextObject): bound into a PDF, recognised."""
    from tests.plans.ofd_files import ofd_scan

    ofd = ofd_scan([("page_2.jpg", PAGE_2.read_bytes()), ("page_3.png", png_page(ROBOTS.read_bytes(), 2))])
    reading = read_plan(ofd, "扫描件.ofd")
    assert _numbers(reading)[:5] == ["（一）", "（二）", "（三）", "（四）", "（五）"] and reading["scanned_pages"] == 2
    assert reading["tasks"][0]["lead"] == ["省经信厅"]


def test_a_scanned_ofd_whose_images_are_in_a_format_not_read_is_refused_in_one_line():
    from tests.plans.ofd_files import ofd_scan

    with pytest.raises(PlanReadError) as refused:
        read_plan(ofd_scan([("page_1.bmp", b"BM" + b"\x00" * 60)]), "扫描件.ofd")
    assert "格式的图像" in str(refused.value) and "\n" not in str(refused.value)


TIFFS = {name: FIXTURES / "images" / f"zhejiang-2024-humanoid-robot-plan-{name}.tif"
         for name in ("pages-1-3-g4", "page-2-lzw", "page-2-jpeg")}


def _grey(page):
    import numpy

    bitmap = page.render(scale=100 / 72, grayscale=True)
    pixels = numpy.frombuffer(bytes(bitmap.buffer), dtype=numpy.uint8).reshape(bitmap.height, bitmap.stride)
    return pixels[:, :bitmap.width].astype(float)


@pytest.mark.parametrize("name,pages", [("pages-1-3-g4", [0, 1, 2]), ("page-2-lzw", [1]), ("page-2-jpeg", [1])])
def test_a_scanners_tiff_is_bound_page_for_page_and_draws_what_the_pdf_prints(name, pages):
    """CCITT Group 4 in 128-row strips over three pages, LZW with the horizontal predictor, JPEG with shared tables:
    each page of the bound PDF, drawn, matches the fixture PDF's page it was printed from."""
    import numpy
    import pypdfium2

    bound = pypdfium2.PdfDocument(image_pdf(TIFFS[name].read_bytes(), ".tif"))
    printed = pypdfium2.PdfDocument(ROBOTS.read_bytes())
    try:
        assert len(bound) == len(pages)
        for index, number in enumerate(pages):
            assert [round(side) for side in bound[index].get_size()] == [595, 842]
            mine, theirs = _grey(bound[index]), _grey(printed[number])
            rows, columns = min(mine.shape[0], theirs.shape[0]), min(mine.shape[1], theirs.shape[1])
            alike = numpy.corrcoef(mine[:rows, :columns].ravel(), theirs[:rows, :columns].ravel())[0, 1]
            assert alike > 0.7, (name, index, alike)
    finally:
        bound.close()
        printed.close()


def test_a_multi_page_g4_tiff_reads_the_tasks_of_its_pages():
    reading = read_plan(TIFFS["pages-1-3-g4"].read_bytes(), "扫描.tif")
    assert _numbers(reading)[:5] == ["（一）", "（二）", "（三）", "（四）", "（五）"] and reading["scanned_pages"] == 3


@pytest.mark.parametrize("data,words", [
    (b"II*\x00" + struct.pack("<I", 0), "没有页面"),
    (b"II+\x00" + b"\x00" * 20, "BigTIFF"),
    (b"MM\x00*" + struct.pack(">I", 9999), "已损坏"),
])
def test_a_tiff_that_cannot_be_bound_is_refused_in_one_line(data, words):
    with pytest.raises(PlanReadError) as refused:
        read_plan(data, "scan.tiff")
    assert words in str(refused.value) and "\n" not in str(refused.value)


def test_a_tiled_tiff_is_refused_with_what_to_save_it_as():
    g4 = bytearray(TIFFS["page-2-lzw"].read_bytes())
    start = struct.unpack("<I" if g4[:2] == b"II" else ">I", g4[4:8])[0]
    order = "<" if g4[:2] == b"II" else ">"
    count = struct.unpack(order + "H", g4[start:start + 2])[0]
    for entry in range(count):  # RowsPerStrip (278) renamed TileWidth (322): the directory now says tiles
        at = start + 2 + 12 * entry
        if struct.unpack(order + "H", g4[at:at + 2])[0] == 278:
            g4[at:at + 2] = struct.pack(order + "H", 322)
    with pytest.raises(PlanReadError, match="另存为 PDF"):
        read_plan(bytes(g4), "scan.tif")
