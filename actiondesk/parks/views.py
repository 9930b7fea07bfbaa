"""Park pages: the registry (types, land, buildings and vacancy, 亩均 by the enterprises' panel), one park's page
with its buildings, parcels and 七通一平 items, and the forms that keep them."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.filters import invalid_filters_response, page_filterset, valid_filterset
from actiondesk.core.import_views import import_page
from actiondesk.core.language import label_colon
from actiondesk.core.panels import PARK, PARK_LIST, render_panels
from actiondesk.core.params import YEAR_MAX, YEAR_MIN, int_param
from actiondesk.core.scoping import can_edit, get_editable_or_403, get_visible_or_404, visible
from actiondesk.org.choices import Role
from actiondesk.org.models import Zone
from actiondesk.parks import exports, imports, selectors, services, services_import
from actiondesk.parks.choices import ParkKind
from actiondesk.parks.filters import ParkFilterSet
from actiondesk.parks.forms import BuildingForm, ParcelForm, ParkForm, ReadinessForm
from actiondesk.parks.models import Building, LandParcel, Park


def _access(request):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    return access


def _may_add_park(access) -> bool:
    if access.role == Role.ADMIN:
        return True
    owner = services.default_department(access.zone_id, access)
    return access.role == Role.DEPARTMENT and owner is not None and access.department_id == owner.pk


@login_required
def park_list(request):
    access = _access(request)
    parks = visible(Park.objects.all(), request.user)
    if request.GET.get("export") == "xlsx":
        try:
            filterset = valid_filterset(ParkFilterSet, request.GET, parks, request=request)
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return xlsx_response(exports.registry_xlsx(filterset.qs), "parks.xlsx")
    filterset = page_filterset(ParkFilterSet, request, parks)
    year = filterset.value("year") or timezone.localdate().year
    rows = selectors.park_rows(filterset.qs)
    kinds = [{"name": str(label), "value": sum(1 for r in rows if r["park"].kind == value)}
             for value, label in ParkKind.choices]
    return render(request, "parks/park_list.html", {
        "rows": rows, "filterset": filterset, "year": year, "kinds": kinds,
        "may_add": _may_add_park(access), "form": ParkForm(zone_id=access.zone_id, can_choose_department=False),
        "panels": render_panels(PARK_LIST, request, filterset.qs)})


@login_required
def park_detail(request, pk):
    park = get_visible_or_404(Park.objects.select_related("department"), request.user, pk=pk)
    access = _access(request)
    year = int_param(request.GET, "year", timezone.localdate().year, low=YEAR_MIN, high=YEAR_MAX)
    buildings = list(park.buildings.all())
    totals = selectors.building_totals([park.pk]).get(park.pk)
    editable = can_edit(request.user, park)
    return render(request, "parks/park_detail.html", {
        "park": park, "year": year, "buildings": buildings, "totals": totals,
        "parcels": selectors.parcel_rows(park), "can_edit": editable,
        "park_form": ParkForm(instance=park, zone_id=access.zone_id, can_choose_department=access.role == Role.ADMIN),
        "building_form": BuildingForm(), "parcel_form": ParcelForm(), "readiness_form": ReadinessForm(),
        "audit_entries": entries_for(park)[:20], "panels": render_panels(PARK, request, park)})


def _errors(form) -> str:
    return "；".join(f"{form.fields[f].label if f in form.fields else ''}{label_colon()}{'；'.join(e)}" for f, e in form.errors.items())


def _run(request, action, success: str):
    try:
        action()
        messages.success(request, success)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))


@login_required
@require_POST
def park_save(request, pk=None):
    """Add a park (no ``pk``) or change one: the same form and the same service rules (only an admin hands a park
    to another department)."""
    access = _access(request)
    park = None if pk is None else get_editable_or_403(Park.objects.all(), request.user, pk=pk)
    form = ParkForm(request.POST, instance=None if park is None else Park.objects.get(pk=park.pk),
                    zone_id=access.zone_id, can_choose_department=park is not None and access.role == Role.ADMIN)
    back = redirect("parks:park_list") if park is None else redirect("parks:park_detail", pk=park.pk)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return back
    values = dict(form.cleaned_data)
    try:
        if park is None:
            park = services.park_create(zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user, **values)
            messages.success(request, _("已添加园区"))
            return redirect("parks:park_detail", pk=park.pk)
        if values.get("department") == park.department:
            values.pop("department", None)
        services.park_update(park=park, acting_user=request.user, **values)
        messages.success(request, _("已保存"))
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    return back


@login_required
def park_import(request):
    """The registry and its parcels from .xlsx (admins and the parks department)."""
    access = _access(request)
    if not _may_add_park(access):
        raise PermissionDenied
    zone = Zone.objects.get(pk=access.zone_id)
    return import_page(
        request, done_url=reverse("parks:park_list"),
        run=lambda data, name: services_import.parks_import(zone=zone, acting_user=request.user, data=data,
                                                              file_name=name),
        heading=_("导入园区名录和地块"), back_url=reverse("parks:park_list"), back_label=_("产业园区"),
        template_url=reverse("parks:import_template"),
        explanation=_("模板含“园区”“地块”两张工作表（导出的Excel也可直接修改后导入）：园区按名称、地块按园区名称和地块编号"
                      "对应已有记录，已有则更新、没有则新增；七通一平各项填 ✓ 或完成日期。任何一行有误时不写入任何数据。"))


@login_required
def import_template(request):
    if not _may_add_park(_access(request)):
        raise PermissionDenied
    return xlsx_response(imports.import_template(), "parks-import-template.xlsx")


@login_required
@require_POST
def building_add(request, pk):
    park = get_editable_or_403(Park.objects.all(), request.user, pk=pk)
    form = BuildingForm(request.POST)
    if form.is_valid():
        _run(request, lambda: services.building_save(park=park, acting_user=request.user, **form.cleaned_data),
             _("已添加楼宇厂房"))
    else:
        messages.error(request, _errors(form))
    return redirect("parks:park_detail", pk=park.pk)


@login_required
@require_POST
def building_update(request, pk):
    building = get_editable_or_403(Building.objects.select_related("park"), request.user, pk=pk)
    form = BuildingForm(request.POST)
    if form.is_valid():
        _run(request, lambda: services.building_save(park=building.park, building=building,
                                                     acting_user=request.user, **form.cleaned_data), _("已保存"))
    else:
        messages.error(request, _errors(form))
    return redirect("parks:park_detail", pk=building.park_id)


@login_required
@require_POST
def parcel_add(request, pk):
    park = get_editable_or_403(Park.objects.all(), request.user, pk=pk)
    form = ParcelForm(request.POST)
    if form.is_valid():
        _run(request, lambda: services.parcel_save(park=park, acting_user=request.user, **form.cleaned_data),
             _("已添加地块"))
    else:
        messages.error(request, _errors(form))
    return redirect("parks:park_detail", pk=park.pk)


def _service_errors(form, exc: ValidationError) -> None:
    """The service's refusal lands on the form beside what was typed."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)


@login_required
def parcel_edit(request, pk):
    """A parcel's own page to change its 标准地 terms (the park's keepers, as adding one)."""
    parcel = get_editable_or_403(LandParcel.objects.select_related("park"), request.user, pk=pk)
    # The form gets its own copy: a bound ModelForm writes into its instance, and the service's audit entry
    # compares with the parcel as stored.
    form = ParcelForm(request.POST or None, instance=LandParcel.objects.get(pk=parcel.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.parcel_save(park=parcel.park, parcel=parcel, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _service_errors(form, exc)
        else:
            messages.success(request, _("已保存地块"))
            return redirect(f"{reverse('parks:park_detail', args=[parcel.park_id])}#parcel-{parcel.pk}")
    return render(request, "parks/parcel_form.html", {"form": form, "parcel": parcel, "park": parcel.park,
                                                      "audit_entries": entries_for(parcel)[:20]})


@login_required
@require_POST
def readiness_set(request, pk):
    parcel = get_editable_or_403(LandParcel.objects.select_related("park"), request.user, pk=pk)
    form = ReadinessForm(request.POST)
    if form.is_valid():
        _run(request, lambda: services.readiness_set(parcel=parcel, acting_user=request.user, **form.cleaned_data),
             _("已更新七通一平"))
    else:
        messages.error(request, _errors(form))
    return redirect("parks:park_detail", pk=parcel.park_id)
