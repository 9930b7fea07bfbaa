"""Excel in and out: template download, upload with progress, export of the filtered list."""
import datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render

from actiondesk.core.access import access_for
from actiondesk.core.downloads import xlsx_response as _xlsx_response
from actiondesk.core.filters import filtered, invalid_filters_response
from actiondesk.core.jobs import JobBusy
from actiondesk.core.params import int_param
from actiondesk.core.selectors import jobs_visible
from actiondesk.enterprises.exports import export_xlsx
from actiondesk.enterprises.filters import EnterpriseFilterSet
from actiondesk.enterprises.forms import ImportForm
from actiondesk.enterprises.imports.template import template_bytes
from actiondesk.enterprises.jobs import IMPORT, enterprise_import_start
from actiondesk.enterprises.models.permissions import keeps_pool
from actiondesk.enterprises.selectors import enterprise_list
from actiondesk.org.models import Zone


@login_required
def import_template(request):
    return _xlsx_response(template_bytes(), "enterprise-import-template.xlsx")


@login_required
def export(request):
    year = int_param(request.GET, "year", datetime.date.today().year - 1, low=1990, high=2100)
    try:
        qs = filtered(EnterpriseFilterSet, request.GET, enterprise_list(request.user), request=request)
    except ValidationError as exc:
        return invalid_filters_response(exc)
    data = export_xlsx(qs, year)
    return _xlsx_response(data, f"enterprises-{year}.xlsx")


@login_required
def import_upload(request):
    """Store the upload as a queued job and send the user to its progress page."""
    access = access_for(request.user)
    if not keeps_pool(access):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            job = enterprise_import_start(zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user,
                                          file_name=upload.name, data=upload.read())
        except JobBusy as exc:
            form.add_error("file", str(exc))
        else:
            return redirect("jobs:job_detail", job.pk)
    jobs = jobs_visible(request.user).filter(kind=IMPORT)[:10]
    return render(request, "enterprises/import.html", {"form": form, "jobs": jobs},
                  status=400 if form.errors else 200)
