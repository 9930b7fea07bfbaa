"""Checks on uploaded attachments (report notes, milestone evidence, demands, diagnosis reports): extension, magic
bytes, size limit."""
from pathlib import PurePath

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (doc, xls, ppt)
ZIP = b"PK\x03\x04"  # Office Open XML (docx, xlsx, pptx)
MAGIC = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".doc": (OLE,), ".xls": (OLE,), ".ppt": (OLE,),
    ".docx": (ZIP,), ".xlsx": (ZIP,), ".pptx": (ZIP,),
}


def attachment_problem(name: str, head: bytes, size: int, *, allowed=None, max_bytes: int | None = None) -> str | None:
    """Why the file is refused, or None when it is acceptable. ``allowed`` narrows the types (suffixes of MAGIC,
    e.g. a diagnosis report: (".pdf", ".docx")) and ``max_bytes`` replaces the size limit."""
    suffix = PurePath(name).suffix.lower()
    if allowed is not None and suffix not in allowed:
        kinds = "、".join(s.lstrip(".").upper() for s in allowed)
        return f"不支持的文件类型“{suffix or name}”：仅限 {kinds} 文件"
    if suffix not in MAGIC:
        return f"不支持的文件类型“{suffix or name}”：仅限 PDF、图片和 Office 文件"
    limit = MAX_ATTACHMENT_BYTES if max_bytes is None else max_bytes
    if size > limit:
        return f"文件超过 {limit // (1024 * 1024)} MB"
    if not any(head.startswith(magic) for magic in MAGIC[suffix]):
        return f"文件内容与扩展名“{suffix}”不符"
    return None
