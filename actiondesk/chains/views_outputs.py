"""Monthly 产值 of a chain's enterprises: typed into a grid for one month, or imported from .xlsx."""
import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.chains import outputs, services
from actiondesk.chains.forms import OutputUploadForm
from actiondesk.chains.models import Chain, EnterpriseOutput
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.scoping import get_editable_or_403
from actiondesk.core.spreadsheets import SheetFileError


def _default_month() -> datetime.date:
    """产值 is reported after the month ends: last month."""
    return (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


def _month(request) -> datetime.date:
    return outputs.parse_month(request.POST.get("month") or request.GET.get("month") or "") or _default_month()


def _page(request, chain, month, *, typed=None, errors=None, upload_form=None, import_errors=None, status=200):
    enterprises = list(outputs.chain_enterprises(chain))
    current = dict(EnterpriseOutput.objects.filter(enterprise__in=outputs.chain_enterprises(chain), month=month)
                   .values_list("enterprise_id", "output_value"))
    for enterprise in enterprises:
        typed_value = (typed or {}).get(enterprise.pk)
        enterprise.value = typed_value if typed_value is not None else current.get(enterprise.pk, "")
        enterprise.error = (errors or {}).get(enterprise.pk)
    return render(request, "chains/outputs.html", {
        "chain": chain, "month": month, "enterprises": enterprises, "month_error": (errors or {}).get("month"),
        "upload_form": upload_form or OutputUploadForm(), "import_errors": import_errors,
    }, status=status)


def _back(chain, month):
    return redirect(f"{reverse('chains:chain_outputs', args=[chain.pk])}?month={month:%Y-%m}")


@login_required
def chain_outputs(request, pk):
    chain = get_editable_or_403(Chain.objects.select_related("department"), request.user, pk=pk)
    month = _month(request)
    if request.method != "POST":
        return _page(request, chain, month)
    typed, errors, rows = {}, {}, []
    for enterprise_id in outputs.chain_enterprises(chain).values_list("pk", flat=True):
        raw = request.POST.get(f"value-{enterprise_id}", "").strip()
        if raw == "":
            continue
        typed[enterprise_id] = raw
        value, reason = outputs.parse_value(raw)
        if reason:
            errors[enterprise_id] = reason
        else:
            rows.append((enterprise_id, month, value))
    if reason := outputs.month_error(month, timezone.localdate()):
        errors["month"] = reason
    if errors or not rows:
        if not errors:
            messages.error(request, _("没有填写任何产值"))
        return _page(request, chain, month, typed=typed, errors=errors, status=400 if errors else 200)
    result = services.chain_outputs_save(chain=chain, rows=rows, acting_user=request.user)
    messages.success(request, _("已保存 %(month)s 产值：新增 %(created)s，修改 %(updated)s") % {
        "month": month.strftime("%Y-%m"), **result})
    return _back(chain, month)


@login_required
def chain_outputs_template(request, pk):
    chain = get_editable_or_403(Chain.objects.all(), request.user, pk=pk)
    month = _month(request)
    return xlsx_response(outputs.outputs_template(chain, month), f"chain-{chain.pk}-output-{month:%Y-%m}.xlsx")


@login_required
@require_POST
def chain_outputs_import(request, pk):
    """Validate the whole file first; write it in one transaction with one audit entry, or write nothing."""
    chain = get_editable_or_403(Chain.objects.select_related("department"), request.user, pk=pk)
    month = _month(request)
    form = OutputUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, chain, month, upload_form=form, status=400)
    upload = form.cleaned_data["file"]
    try:
        reading = outputs.read_outputs(upload.read(), chain=chain, file_name=upload.name)
    except SheetFileError as exc:
        form.add_error("file", str(exc))
        return _page(request, chain, month, upload_form=form, status=400)
    if reading.errors:
        return _page(request, chain, month, upload_form=form, import_errors=reading.errors, status=400)
    if not reading.rows:
        messages.error(request, _("文件中没有填写任何产值"))
        return _back(chain, month)
    try:
        result = services.chain_outputs_save(chain=chain, rows=reading.rows, acting_user=request.user,
                                             file_name=reading.file_name, sha256=reading.sha256)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
        return _back(chain, month)
    messages.success(request, _("已导入 %(rows)s 行：新增 %(created)s，修改 %(updated)s") % {
        "rows": len(reading.rows), **result})
    return _back(chain, month)
