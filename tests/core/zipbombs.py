"""Zip bombs for the upload tests: ~1 MB .xlsx/.docx files whose one XML part expands to more than 1 GB.

The big part is never held in memory: one 4 MB block of spaces is deflated once after a full flush (so the
compressed block does not depend on what came before) and repeated; the CRC is computed block by block.
"""
import io
import struct
import zipfile
import zlib

import xlsxwriter

BLOCK = b" " * (4 * 1024 * 1024)
EXPANDED = 1100 * 1024 * 1024  # > 1 GB


def _deflated(head: bytes, tail: bytes, total: int) -> tuple[bytes, int, int]:
    """(raw deflate stream, CRC-32, uncompressed size) of head + spaces… + tail, at least ``total`` bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)]
    block = compressor.compress(BLOCK) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = total // len(BLOCK) + 1
    crc, size = zlib.crc32(head), len(head)
    for _ in range(repeat):
        crc = zlib.crc32(BLOCK, crc)
    parts += [block] * repeat
    size += repeat * len(BLOCK)
    parts.append(compressor.compress(tail) + compressor.flush(zlib.Z_FINISH))
    return b"".join(parts), zlib.crc32(tail, crc), size + len(tail)


def _bomb(template: bytes, part: str, head: bytes, tail: bytes, expanded: int) -> bytes:
    """``template`` with ``part`` replaced by the expanding stream (stored, then its headers made honest)."""
    stream, crc, size = _deflated(head, tail, expanded)
    source = zipfile.ZipFile(io.BytesIO(template))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != part:
                archive.writestr(info.filename, source.read(info.filename))
        info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        archive.writestr(info, stream)
        # The bytes written are a deflate stream: declare them as such in the local and central headers.
        info.compress_type, info.CRC, info.file_size = zipfile.ZIP_DEFLATED, crc, size
        end = buffer.tell()
        buffer.seek(info.header_offset + 8)
        buffer.write(struct.pack("<H", zipfile.ZIP_DEFLATED))
        buffer.seek(info.header_offset + 14)
        buffer.write(struct.pack("<III", crc, len(stream), size))
        buffer.seek(end)
    return buffer.getvalue()


def xlsx_bomb(expanded: int = EXPANDED) -> bytes:
    template = io.BytesIO()
    book = xlsxwriter.Workbook(template, {"in_memory": True})
    book.add_worksheet().write_string(0, 0, "统一社会信用代码")
    book.close()
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>')
    return _bomb(template.getvalue(), "xl/worksheets/sheet1.xml", head, b"</t></is></c></row></sheetData></worksheet>",
                 expanded)


def docx_bomb(expanded: int = EXPANDED) -> bytes:
    import docx

    template = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("一、重点任务")
    document.save(template)
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
            b'<w:t xml:space="preserve">')
    return _bomb(template.getvalue(), "word/document.xml", head, b"</w:t></w:r></w:p></w:body></w:document>",
                 expanded)


def damaged_member(data: bytes, ending: str) -> bytes:
    """The archive with the compressed bytes of its largest member named ``…ending`` overwritten halfway (a damaged
    download): reading that member raises zlib's error."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        member = max((info for info in archive.infolist()
                      if info.compress_type == zipfile.ZIP_DEFLATED and info.filename.endswith(ending)),
                     key=lambda info: info.compress_size)
    damaged = bytearray(data)
    middle = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra) + member.compress_size // 2
    damaged[middle:middle + 16] = b"\xff" * 16
    return bytes(damaged)
