"""Upload forms of every spreadsheet import: type, size and zip limits checked before anything is parsed."""
from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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


class XlsxUploadForm(forms.Form):
    """The upload form of an import page (one .xlsx file, checked by ``clean_xlsx_upload``)."""

    file = forms.FileField(label=gettext_lazy("Excel 文件（.xlsx）"))

    def clean_file(self):
        return clean_xlsx_upload(self.cleaned_data["file"])
