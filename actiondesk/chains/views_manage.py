"""Chain pages for the department in charge and admins: who sits on which segment, and editing 招商 targets."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.chains import services
from actiondesk.chains.forms import InvestmentTargetForm, PlacementForm
from actiondesk.chains.models import Chain, InvestmentTarget, SegmentEnterprise
from actiondesk.chains.views import map_url, panel_context
from actiondesk.core.audit import entries_for
from actiondesk.core.scoping import get_editable_or_403, visible
from actiondesk.enterprises.models import Enterprise

SEARCH_LIMIT = 20


def _enterprises(request):
    return visible(Enterprise.objects.all(), request.user)


def _placements_page(request, chain, form, status=200):
    placements = (SegmentEnterprise.objects.filter(segment__chain=chain)
                  .select_related("segment", "enterprise").order_by("segment__position", "segment__sort_order",
                                                                    "segment__pk", "enterprise__name"))
    return render(request, "chains/placements.html", {"chain": chain, "form": form, "placements": placements,
                                                      "audit_entries": entries_for(chain)[:20]}, status=status)


@login_required
def chain_placements(request, pk):
    chain = get_editable_or_403(Chain.objects.select_related("department"), request.user, pk=pk)
    return _placements_page(request, chain, PlacementForm(chain=chain, enterprises=_enterprises(request)))


@login_required
def enterprise_search(request, pk):
    """htmx: the zone's enterprises whose name or 统一社会信用代码 matches, as choices for a placement."""
    chain = get_editable_or_403(Chain.objects.all(), request.user, pk=pk)
    query = request.GET.get("q", "").strip()
    results = []
    if len(query) >= 2:
        results = list(_enterprises(request).filter(Q(name__icontains=query) | Q(credit_code__istartswith=query))
                       .order_by("name")[:SEARCH_LIMIT])
    placed = set(SegmentEnterprise.objects.filter(segment__chain=chain, enterprise__in=[e.pk for e in results])
                 .values_list("enterprise_id", flat=True))
    return render(request, "chains/_enterprise_results.html", {"results": results, "query": query,
                                                               "placed": placed, "limit": SEARCH_LIMIT})


@login_required
@require_POST
def placement_add(request, pk):
    chain = get_editable_or_403(Chain.objects.select_related("department"), request.user, pk=pk)
    form = PlacementForm(request.POST, chain=chain, enterprises=_enterprises(request))
    if form.is_valid():
        try:
            services.enterprise_place(acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已将 %(enterprise)s 放入“%(segment)s”") % {
                "enterprise": form.cleaned_data["enterprise"].name, "segment": form.cleaned_data["segment"].name})
            return redirect("chains:chain_placements", pk=chain.pk)
    return _placements_page(request, chain, form, status=400)


@login_required
@require_POST
def placement_remove(request, pk):
    placement = get_editable_or_403(SegmentEnterprise.objects.select_related("segment__chain", "enterprise"),
                                    request.user, pk=pk)
    chain_pk = placement.segment.chain_id
    services.enterprise_unplace(placement=placement, acting_user=request.user)
    messages.success(request, _("已移出 %(enterprise)s") % {"enterprise": placement.enterprise.name})
    return redirect("chains:chain_placements", pk=chain_pk)


@login_required
def investment_target_edit(request, pk):
    """Edit a 招商 target inside the segment panel (htmx) or on the chain map (plain request)."""
    target = get_editable_or_403(InvestmentTarget.objects.select_related("segment__chain"), request.user, pk=pk)
    segment = target.segment
    form = InvestmentTargetForm(request.POST or None, instance=target, prefix=f"target-{target.pk}")
    if request.method == "POST" and form.is_valid():
        try:
            services.investment_target_update(target=target, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if not request.headers.get("HX-Request"):
                messages.success(request, _("已保存招商目标"))
                return redirect(map_url(segment))
            form = None
    context = panel_context(request, segment.chain, segment.pk)
    if form is None:
        context["saved"] = _("已保存招商目标")
    else:
        context.update(editing=target.pk, edit_form=form)
    template = "chains/segment_panel.html" if request.headers.get("HX-Request") else "chains/target_edit.html"
    return render(request, template, context)
