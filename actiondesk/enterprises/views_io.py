"""Excel in and out: template download, upload with progress, export of the filtered list."""
import datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render

from actiondesk.core.access import access_for
from actiondesk.enterprises.exports import export_xlsx
from actiondesk.enterprises.forms import ImportForm
from actiondesk.enterprises.imports.service import BadFile, enterprises_import
from actiondesk.enterprises.imports.template import template_bytes
from actiondesk.enterprises.models.permissions import keeps_pool
from actiondesk.enterprises.selectors import enterprise_list
from actiondesk.org.models import Zone

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _xlsx_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{filename}"
    return response


@login_required
def import_template(request):
    return _xlsx_response(template_bytes(), "enterprise-import-template.xlsx")


@login_required
def export(request):
    year = int(request.GET.get("year") or datetime.date.today().year - 1)
    data = export_xlsx(enterprise_list(request.user, request.GET), year)
    return _xlsx_response(data, f"enterprises-{year}.xlsx")


@login_required
def import_upload(request):
    access = access_for(request.user)
    if not keeps_pool(access):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    result = error = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            result = enterprises_import(zone=Zone.objects.get(pk=access.zone_id), data=upload.read(),
                                        file_name=upload.name, actor=request.user)
        except BadFile as exc:
            error = str(exc)
    return render(request, "enterprises/import.html", {"form": form, "result": result, "error": error},
                  status=400 if error or (result and not result.ok) else 200)
