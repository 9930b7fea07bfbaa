"""Supervision settings pages: the zone's admin edits, the supervision office reads."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from actiondesk.core.audit import entries_for
from actiondesk.core.scoping import get_visible_or_404, require_role
from actiondesk.org.choices import Role
from actiondesk.plans.models import Indicator
from actiondesk.plans.selectors import current_plan
from actiondesk.supervision.forms import IndicatorSettingsForm, SupervisionSettingsForm
from actiondesk.supervision.models import IndicatorSchedule, LastYearValue, ReferenceValue
from actiondesk.supervision.schedules import PRESETS
from actiondesk.supervision.selectors import plan_settings, unsupervised_tasks
from actiondesk.supervision.services_issue import unassigned_indicator_names
from actiondesk.supervision.services_settings import indicator_settings_update, supervision_settings_update

READERS = (Role.ADMIN, Role.SUPERVISOR)


def _form_errors(form, exc: ValidationError):
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _readonly(form):
    for field in form.fields.values():
        field.disabled = True


@login_required
def settings_plan(request):
    access = require_role(request.user, *READERS)
    plan = current_plan(request.user, request.GET.get("plan"))
    if plan is None:
        raise Http404
    current = plan_settings(plan)
    form = SupervisionSettingsForm(request.POST or None, instance=current)
    if request.method == "POST":
        if not access.is_admin:
            raise PermissionDenied
        if form.is_valid():
            fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
            try:
                supervision_settings_update(plan=plan, acting_user=request.user,
                                            component_weights=form.component_weights(), **fields)
            except ValidationError as exc:
                _form_errors(form, exc)
            else:
                messages.success(request, _("督导设置已保存"))
                return redirect(f"{request.path}?plan={plan.pk}")
    if not access.is_admin:
        _readonly(form)
    schedules = {s.indicator_id: s for s in IndicatorSchedule.objects.filter(indicator__plan=plan)}
    indicators = [(i, schedules.get(i.pk)) for i in Indicator.objects.filter(plan=plan).order_by("position", "pk")]
    return render(request, "supervision/settings.html", {
        "plan": plan, "form": form, "can_edit": access.is_admin, "indicators": indicators,
        "unassigned": unassigned_indicator_names(plan), "unset_tasks": unsupervised_tasks(plan),
        "audit_entries": entries_for(current) if current.pk else []})


@login_required
def settings_indicator(request, pk):
    access = require_role(request.user, *READERS)
    indicator = get_visible_or_404(Indicator.objects.select_related("plan"), request.user, pk=pk)
    schedule = IndicatorSchedule.objects.filter(indicator=indicator).first()
    last_year = dict(LastYearValue.objects.filter(indicator=indicator).values_list("month", "value"))
    references = dict(ReferenceValue.objects.filter(indicator=indicator).values_list("month", "value"))
    form = IndicatorSettingsForm(request.POST or None, indicator=indicator, schedule=schedule,
                                 last_year=last_year, references=references)
    if request.method == "POST":
        if not access.is_admin:
            raise PermissionDenied
        if form.is_valid():
            try:
                indicator_settings_update(indicator=indicator, acting_user=request.user, **form.service_kwargs())
            except ValidationError as exc:
                _form_errors(form, exc)
            else:
                messages.success(request, _("指标设置已保存"))
                return redirect("supervision:settings_indicator", pk=indicator.pk)
    if not access.is_admin:
        _readonly(form)
    plan_bands = plan_settings(indicator.plan)
    return render(request, "supervision/settings_indicator.html", {
        "indicator": indicator, "form": form, "can_edit": access.is_admin, "plan_settings": plan_bands,
        "presets": {key: shares for key, (_label, shares) in PRESETS.items()},
        "audit_entries": [e for e in entries_for(indicator) if e.note == "指标督导设置"][:20]})
