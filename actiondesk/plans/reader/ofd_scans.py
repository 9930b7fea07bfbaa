"""An OFD that is a scan — each page an ImageObject of a scanned sheet, no TextObject — bound page for page into a
PDF that draws the same images where the OFD places them (JPEG and PNG as they are, through ``image_files``), so
that the scan reading (``pdf_scans``) recognises it as it does a scanned PDF.

An image's MultiMedia is found in the document's resource files (DocumentRes / PublicRes, each with its BaseLoc);
an image in a format a PDF cannot draw as it is (BMP, TIFF, JBIG2 …) refuses the file in one line.
"""

import posixpath

from .image_files import ImageUnreadable, image_parts, pdf_of_pages

_POINTS = 72 / 25.4


class OfdScanUnreadable(ValueError):
    """A scanned OFD whose images cannot be bound into a PDF; one line, Chinese then English."""


def scan_pdf(archive, names: dict, document_path: str, pages: list[tuple], xml, children, child, numbers) -> bytes:
    """A PDF of the OFD's pages (``pages``: (Content.xml path, size in mm) as the OFD reader lists them), each drawing
    its images as the OFD places them. ``xml``, ``children``, ``child`` and ``numbers`` are the OFD reader's own
    helpers, so the file is parsed one way."""
    media = _media(archive, names, document_path, xml, children, child)
    drawn_pages = []
    for path, (width, height) in pages:
        placed = []
        for element in xml(archive, names, path).iter():
            if not isinstance(element.tag, str) or element.tag.rsplit("}", 1)[-1] != "ImageObject":
                continue
            file = media.get((element.get("ResourceID") or "").strip())
            if file is None:
                continue
            name, format_ = file
            member = names.get(name.lower().lstrip("/"))
            if member is None:
                continue
            data = archive.read(member)
            # The bytes say what the image is: writers name files without an extension, or give no Format.
            extension = ".jpg" if data.startswith(b"\xff\xd8") else ".png" if data.startswith(b"\x89PNG") else None
            if extension is None:
                shown = format_ or posixpath.splitext(name)[1].lstrip(".").upper() or "?"
                raise OfdScanUnreadable(f"扫描的 OFD 使用了 {shown} 格式的图像，暂不能识别，请上传 PDF 版本 "
                                        "(the scanned OFD's images are in a format not read here)")
            try:
                parts = image_parts(data, extension)
            except ImageUnreadable as refused:
                raise OfdScanUnreadable(str(refused)) from None
            placed.append((parts, _image_matrix(element, height, numbers)))
        drawn_pages.append((width * _POINTS, height * _POINTS, placed))
    return pdf_of_pages(drawn_pages)


def _image_matrix(element, height: float, numbers) -> tuple:
    """The PDF matrix drawing an image's unit square where the OFD puts it: its CTM within its Boundary (millimetres,
    y down, the image's first row at its top) as points, y up."""
    box = numbers(element.get("Boundary"))
    left, top = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
    matrix = numbers(element.get("CTM"))
    a, b, c, d, e, f = matrix if len(matrix) == 6 else (box[2], 0.0, 0.0, box[3], 0.0, 0.0) if len(box) == 4 \
        else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    k = _POINTS
    return (k * a, -k * b, -k * c, k * d, k * (left + e + c), k * (height - top - f - d))


def _media(archive, names: dict, document_path: str, xml, children, child) -> dict[str, tuple[str, str]]:
    """Each MultiMedia's ID: (its file's path in the archive, its Format upper-cased)."""
    document = xml(archive, names, document_path)
    folder = posixpath.dirname(document_path)
    common = child(document, "CommonData")
    found = {}
    for kind in ("DocumentRes", "PublicRes"):
        for listed in children(common, kind) if common is not None else []:
            location = (listed.text or "").strip()
            if not location:
                continue
            path = posixpath.normpath(location.lstrip("/") if location.startswith("/") else posixpath.join(folder, location))
            if path.lower() not in names:
                continue
            resources = xml(archive, names, path)
            base = (resources.get("BaseLoc") or "").strip()
            base_folder = posixpath.join(posixpath.dirname(path), base) if not base.startswith("/") else base.lstrip("/")
            for element in resources.iter():
                if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1] == "MultiMedia":
                    media_file = child(element, "MediaFile")
                    location = (media_file.text or "").strip() if media_file is not None else ""
                    if location:
                        file = location.lstrip("/") if location.startswith("/") else posixpath.join(base_folder, location)
                        found[(element.get("ID") or "").strip()] = (posixpath.normpath(file),
                                                                    (element.get("Format") or "").strip().upper())
    return found
