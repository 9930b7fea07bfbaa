"""OpenDocument text files written for the reader's tests and bench: a body given as XML, or a plan's text one
paragraph a line (as a suite saves a plan typed paragraph by paragraph)."""
import io
import zipfile
from xml.sax.saxutils import escape

_NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
               'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')


def odt(body: str, automatic: str = "") -> bytes:
    """An .odt whose office:text holds ``body`` (and whose automatic styles hold ``automatic``)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NAMESPACES} office:version="1.3">'
               f"<office:automatic-styles>{automatic}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def odt_file(text: str) -> bytes:
    """The text as an .odt, each line a paragraph."""
    return odt("".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n")))
