"""招商 pipeline pages: the leads (filters, stages chart, export), a lead with its stage form and history,
and conversion by chain and by source."""
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
from actiondesk.core.scoping import can_edit, get_editable_or_403, get_visible_or_404
from actiondesk.investment import exports, imports, selectors, services, services_import
from actiondesk.investment.filters import LeadFilterSet
from actiondesk.investment.forms import AdvanceForm, LeadEditForm, LeadForm
from actiondesk.investment.models import Lead
from actiondesk.org.choices import Role
from actiondesk.org.models import Zone
from actiondesk.projects.models import Project


def _access(request):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    return access


def _may_add(access) -> bool:
    if access.role == Role.ADMIN:
        return True
    owner = services.pipeline_department(access.zone_id, access)
    return access.role == Role.DEPARTMENT and owner is not None and access.department_id == owner.pk


def _form_errors(form) -> str:
    return "；".join(f"{form.fields[f].label if f in form.fields else ''}{label_colon()}{'；'.join(e)}" for f, e in form.errors.items())


@login_required
def lead_list(request):
    access = _access(request)
    leads = selectors.lead_list(request.user)
    if request.GET.get("export") == "xlsx":
        try:
            qs = valid_filterset(LeadFilterSet, request.GET, leads, request=request).qs
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return xlsx_response(exports.leads_xlsx(qs), "investment-leads.xlsx")
    filterset = page_filterset(LeadFilterSet, request, leads)
    return render(request, "investment/lead_list.html", {
        "filterset": filterset, "leads": filterset.qs[:200], "total": filterset.qs.count(),
        "stages": selectors.stage_counts(filterset.qs), "may_add": _may_add(access),
        "form": LeadForm(zone_id=access.zone_id)})


@login_required
@require_POST
def lead_create(request):
    access = _access(request)
    form = LeadForm(request.POST, zone_id=access.zone_id)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return redirect("investment:lead_list")
    values = dict(form.cleaned_data)
    values["referrer"] = values.pop("referrer_credit_code")
    try:
        lead = services.lead_create(zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user, **values)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
        return redirect("investment:lead_list")
    messages.success(request, _("已登记招商线索"))
    return redirect("investment:lead_detail", pk=lead.pk)


@login_required
def lead_detail(request, pk):
    lead = get_visible_or_404(Lead.objects.select_related("chain", "segment", "department", "owner", "project",
                                                          "referrer"), request.user, pk=pk)
    return render(request, "investment/lead_detail.html", {
        "lead": lead, "events": lead.events.select_related("recorded_by"), "can_edit": can_edit(request.user, lead),
        "form": AdvanceForm(initial={"on": timezone.localdate()}), "audit_entries": entries_for(lead)[:20]})


@login_required
def lead_edit(request, pk):
    """A lead's own fields (its keepers: the responsible department and admins); the stage stays on the lead
    page. The service's refusals land on the form beside what was typed."""
    lead = get_editable_or_403(Lead.objects.select_related("chain", "department", "referrer"), request.user, pk=pk)
    access = _access(request)
    # The form gets its own copy: a bound ModelForm writes into its instance, and the audit entry compares
    # with the lead as stored.
    form = LeadEditForm(request.POST or None, instance=Lead.objects.select_related("referrer").get(pk=lead.pk),
                        zone_id=lead.zone_id, can_choose_department=access.role == Role.ADMIN)
    if request.method == "POST" and form.is_valid():
        try:
            services.lead_update(lead=lead, acting_user=request.user, **form.changes())
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, exc)
        else:
            messages.success(request, _("已保存线索信息"))
            return redirect("investment:lead_detail", pk=lead.pk)
    return render(request, "investment/lead_form.html", {"form": form, "lead": lead})


@login_required
@require_POST
def lead_advance(request, pk):
    lead = get_editable_or_403(Lead.objects.select_related("chain", "department"), request.user, pk=pk)
    form = AdvanceForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return redirect("investment:lead_detail", pk=lead.pk)
    data = form.cleaned_data
    project = None
    if data["project_code"].strip():
        project = Project.objects.filter(zone_id=lead.zone_id, code=data["project_code"].strip()).first()
        if project is None:
            messages.error(request, _("台账中没有这个项目编号"))
            return redirect("investment:lead_detail", pk=lead.pk)
    try:
        services.lead_advance(lead=lead, stage=data["stage"], on=data["on"], note=data["note"], project=project,
                              project_name=data["project_name"], acting_user=request.user)
        messages.success(request, _("已更新阶段"))
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    return redirect("investment:lead_detail", pk=lead.pk)


@login_required
def lead_import(request):
    """Leads from .xlsx (admins and the pipeline department)."""
    access = _access(request)
    if not _may_add(access):
        raise PermissionDenied
    zone = Zone.objects.get(pk=access.zone_id)
    return import_page(
        request, done_url=reverse("investment:lead_list"),
        run=lambda data, name: services_import.leads_import(zone=zone, acting_user=request.user, data=data,
                                                             file_name=name),
        heading=_("导入招商线索"), back_url=reverse("investment:lead_list"), back_label=_("招商线索"),
        template_url=reverse("investment:import_template"),
        explanation=_("线索按产业链和目标企业对应：已有则更新、没有则登记（导出的Excel也可直接修改后导入）；阶段只能向后推进，"
                      "签约请在线索页办理。任何一行有误时不写入任何数据。"))


@login_required
def import_template(request):
    if not _may_add(_access(request)):
        raise PermissionDenied
    return xlsx_response(imports.import_template(), "investment-leads-template.xlsx")


@login_required
def conversion(request):
    _access(request)
    filterset = page_filterset(LeadFilterSet, request, selectors.lead_list(request.user))
    by_chain = selectors.conversion(filterset.qs, by="chain")
    by_source = selectors.conversion(filterset.qs, by="source")
    return render(request, "investment/conversion.html", {
        "filterset": filterset, "by_chain": by_chain, "by_source": by_source, "chart": _chart(by_source),
        "chain_chart": _chart(by_chain)})


def _chart(rows) -> list[dict]:
    return [{"name": r["label"], "leads": r["leads"], "signed": r["signed"]} for r in rows]
