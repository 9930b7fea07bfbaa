"""Chain pages: the list of chains, the chain map with its gaps, and the 招商重点 panel of a segment."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.chains import selectors, services
from actiondesk.chains.filters import ChainFilterSet
from actiondesk.chains.forms import InvestmentTargetForm, PolicyForm
from actiondesk.chains.models import Chain, ChainSegment
from actiondesk.chains.rules import thresholds_for_zone
from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.filters import page_filterset
from actiondesk.core.panels import CHAIN, render_panels
from actiondesk.core.params import YEAR_MAX, YEAR_MIN, int_param
from actiondesk.core.scoping import can_edit, get_editable_or_403, get_visible_or_404, visible


def _year(request) -> int:
    return int_param(request.GET, "year", timezone.localdate().year, low=YEAR_MIN, high=YEAR_MAX)


@login_required
def chain_list(request):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    filterset = page_filterset(ChainFilterSet, request, visible(Chain.objects.all(), request.user))
    year = filterset.value("year") or timezone.localdate().year
    stats = selectors.chain_stats(zone_id=access.zone_id, chains=filterset.qs, year=year)
    return render(request, "chains/chain_list.html", {"stats": stats, "year": year, "filterset": filterset,
                                                      "thresholds": thresholds_for_zone(access.zone_id)})


@login_required
def chain_map(request, pk):
    chain = get_visible_or_404(Chain.objects.select_related("department", "chief"), request.user, pk=pk)
    context = selectors.chain_map(chain, year=_year(request))
    context["can_edit"] = can_edit(request.user, chain)
    context["policy_form"] = PolicyForm(initial={"chief_name": chain.chief_name, "policy_note": chain.policy_note})
    selected = request.GET.get("segment")
    if selected and selected.isdigit():
        context.update(panel_context(request, chain, int(selected)))
    context["audit_entries"] = entries_for(chain)[:20]
    context["panels"] = render_panels(CHAIN, request, chain)
    return render(request, "chains/chain_map.html", context)


def panel_context(request, chain, segment_id) -> dict:
    segment = ChainSegment.objects.filter(chain=chain, pk=segment_id).first()
    if segment is None:
        return {}
    return {"segment": segment, "targets": selectors.segment_targets(segment),
            "placements": segment.placements.select_related("enterprise").order_by("enterprise__name")[:50],
            "target_form": InvestmentTargetForm(), "can_edit": can_edit(request.user, chain)}


@login_required
def segment_panel(request, pk):
    segment = get_visible_or_404(ChainSegment.objects.select_related("chain"), request.user, pk=pk)
    return render(request, "chains/segment_panel.html", panel_context(request, segment.chain, segment.pk))


@login_required
@require_POST
def investment_target_create(request, pk):
    segment = get_editable_or_403(ChainSegment.objects.select_related("chain"), request.user, pk=pk)
    form = InvestmentTargetForm(request.POST)
    if form.is_valid():
        services.investment_target_create(segment=segment, acting_user=request.user, **form.cleaned_data)
        messages.success(request, _("已添加招商目标"))
    else:
        messages.error(request, _("请填写目标企业"))
    return redirect(map_url(segment))


def map_url(segment):
    from django.urls import reverse

    return f"{reverse('chains:chain_map', args=[segment.chain_id])}?segment={segment.pk}#segment-panel"


@login_required
@require_POST
def chain_policy_update(request, pk):
    chain = get_editable_or_403(Chain.objects.all(), request.user, pk=pk)
    form = PolicyForm(request.POST)
    if form.is_valid():
        try:
            services.chain_update(chain=chain, acting_user=request.user, **form.cleaned_data)
            messages.success(request, _("已保存"))
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
    return redirect("chains:chain_map", pk=chain.pk)
