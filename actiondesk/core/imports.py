"""Shared by every spreadsheet import: one bad cell is reported as (row, column, value, reason)."""
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    value: str
    reason: str

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}


def clean_xlsx_upload(upload):
    """A form's clean_<file>: only .xlsx, at most ACTIONDESK_MAX_UPLOAD_BYTES (refused before it is read)."""
    if not upload.name.lower().endswith(".xlsx"):
        raise forms.ValidationError(_("请上传 .xlsx 文件"))
    limit = settings.ACTIONDESK_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise forms.ValidationError(_("文件超过 %(mb)s MB 上限") % {"mb": limit // (1024 * 1024)})
    return upload
