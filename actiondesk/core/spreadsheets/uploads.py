"""Upload forms of every spreadsheet import: type, size and zip limits checked before anything is parsed."""
from django import forms
from django.conf import settings
from django.utils.translation import gettext as _

from actiondesk.core.spreadsheets.limits import FileRefused, check_archive


def clean_xlsx_upload(upload):
    """A form's clean_<file>: only .xlsx, at most ACTIONDESK_MAX_UPLOAD_BYTES, within the zip limits."""
    if not upload.name.lower().endswith(".xlsx"):
        raise forms.ValidationError(_("请上传 .xlsx 文件"))
    limit = settings.ACTIONDESK_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise forms.ValidationError(_("文件超过 %(mb)s MB 上限") % {"mb": limit // (1024 * 1024)})
    try:
        check_archive(upload.read())
    except FileRefused as exc:
        raise forms.ValidationError(str(exc)) from None
    finally:
        upload.seek(0)
    return upload
