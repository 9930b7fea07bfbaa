"""The page of a synchronous .xlsx import (a registry of hundreds of rows, not the enterprise pool's job): upload,
every bad row listed at once, nothing written while there is any; the app's ``run(data, file_name)`` checks the
user's rights and returns a reading with ``errors`` and ``count``."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from actiondesk.core.spreadsheets import SheetFileError, XlsxUploadForm


def import_page(request, *, run, done_url: str, **texts):
    """``texts``: heading, explanation, template_url, back_url, back_label for core/import_page.html."""
    form = XlsxUploadForm(request.POST or None, request.FILES or None)
    reading = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            reading = run(upload.read(), upload.name)
        except SheetFileError as exc:
            form.add_error("file", str(exc))
        else:
            if not reading.errors:
                messages.success(request, _("已导入 %(n)s 行") % {"n": reading.count})
                return redirect(done_url)
    return render(request, "core/import_page.html", {"form": form, "reading": reading, **texts},
                  status=400 if form.errors or (reading and reading.errors) else 200)
