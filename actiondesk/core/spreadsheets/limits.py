"""Refuse oversized files and zip bombs before any parser sees them (.xlsx and .docx are zip archives).

Only the archive's central directory is read (``zipfile.infolist``): the declared uncompressed sizes and the
compression ratio of each member. A real 100,000-row enterprise workbook (12.8 MB) declares 81 MB of sheet
XML at 6.4:1; a bomb declares gigabytes at ~1000:1. Limits: settings ACTIONDESK_MAX_UNZIPPED_BYTES,
ACTIONDESK_MAX_ZIP_RATIO, ACTIONDESK_MAX_ZIP_MEMBERS.
"""
import io
import zipfile

from django.conf import settings
from django.utils.translation import gettext as _

# Members smaller than this are not ratio-checked: tiny parts (styles, empty sheets) compress very well.
RATIO_FLOOR_BYTES = 1024 * 1024


class FileRefused(ValueError):
    """The file is refused as a whole before it is parsed; the message is one line in Chinese."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}"


def check_upload_size(data: bytes) -> None:
    limit = settings.ACTIONDESK_MAX_UPLOAD_BYTES
    if len(data) > limit:
        raise FileRefused(_("文件超过 %(mb)s MB 上限") % {"mb": _mb(limit)})


def check_archive(data: bytes, kind: str = ".xlsx") -> None:
    """Raise FileRefused unless ``data`` is a zip whose declared expansion stays within the configured limits.

    ``kind`` (".xlsx", ".docx") names the expected format in the message.
    """
    check_upload_size(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, NotImplementedError):
        # NotImplementedError: a damaged central directory asking for a zip version no reader has
        raise FileRefused(_("不是有效的 %(kind)s 文件（无法作为 zip 压缩包打开）") % {"kind": kind}) from None
    if len(members) > settings.ACTIONDESK_MAX_ZIP_MEMBERS:
        raise FileRefused(_("文件包含 %(n)s 个部件，超过上限 %(limit)s，疑似异常文件") % {
            "n": len(members), "limit": settings.ACTIONDESK_MAX_ZIP_MEMBERS})
    total = 0
    max_ratio = settings.ACTIONDESK_MAX_ZIP_RATIO
    for member in members:
        total += member.file_size
        if member.file_size > RATIO_FLOOR_BYTES and member.file_size > max_ratio * max(member.compress_size, 1):
            raise FileRefused(_("文件压缩比异常（%(ratio)s 倍，上限 %(limit)s 倍），疑似压缩炸弹，已拒绝") % {
                "ratio": member.file_size // max(member.compress_size, 1), "limit": max_ratio})
    limit = settings.ACTIONDESK_MAX_UNZIPPED_BYTES
    if total > limit:
        raise FileRefused(_("文件解压后 %(size)s MB，超过 %(limit)s MB 上限，已拒绝") % {
            "size": _mb(total), "limit": _mb(limit)})
