"""The enterprise portal: an enterprise contact raises and follows its demands, rates them, answers the zone's
requests for figures and sees the policies that fit; anyone may ask for an account (verified by the zone)."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.scoping import get_visible_or_404, require_role, visible
from actiondesk.demands import selectors, services, services_portal
from actiondesk.demands.choices import Channel, DemandStatus
from actiondesk.demands.forms import FiguresForm, PortalDemandForm, RateForm, RegistrationForm
from actiondesk.demands.models import Demand, FigureRequest
from actiondesk.org.choices import Role
from actiondesk.org.selectors import default_zone


def _enterprise(request):
    """The contact's own enterprise (403 for every other role, and for an account not bound to one)."""
    require_role(request.user, Role.ENTERPRISE)
    enterprise = selectors.portal_enterprise(request.user)
    if enterprise is None:
        raise PermissionDenied
    return enterprise


@login_required
def portal_home(request):
    enterprise = _enterprise(request)
    demands = visible(Demand.objects.all(), request.user).select_related("category").order_by("-raised_on", "-pk")
    return render(request, "demands/portal_home.html", {
        "enterprise": enterprise, "demands": demands[:100],
        "requests": visible(FigureRequest.objects.filter(answered_on__isnull=True), request.user),
        "policies": selectors.policies_for(enterprise, today=timezone.localdate())})


@login_required
def portal_demand_create(request):
    enterprise = _enterprise(request)
    form = PortalDemandForm(request.POST or None, zone_id=enterprise.zone_id)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            demand = services.demand_raise(enterprise=enterprise, category=data["category"], title=data["title"],
                                           description=data["description"], channel=Channel.PORTAL,
                                           acting_user=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("诉求已提交，责任人：%(name)s") % {
                "name": demand.owner.get_full_name() or demand.owner.username})
            return redirect("demands:portal_demand", pk=demand.pk)
    return render(request, "demands/portal_demand_form.html", {"form": form, "enterprise": enterprise})


@login_required
def portal_demand(request, pk):
    enterprise = _enterprise(request)
    demand = get_visible_or_404(Demand.objects.select_related("category", "owner", "owner_department"),
                                request.user, pk=pk)
    return render(request, "demands/portal_demand.html", {
        "enterprise": enterprise, "demand": demand, "events": demand.events.all(),
        "parts": demand.parts.select_related("department"),
        "rate_form": RateForm() if demand.status == DemandStatus.CLOSED else None})


@login_required
@require_POST
def portal_rate(request, pk):
    _enterprise(request)
    demand = get_visible_or_404(Demand.objects.all(), request.user, pk=pk)
    form = RateForm(request.POST)
    if form.is_valid():
        try:
            services.demand_rate(demand=demand, rating=form.cleaned_data["rating"], note=form.cleaned_data["note"],
                                 acting_user=request.user)
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
        else:
            messages.success(request, _("感谢评价"))
    else:
        messages.error(request, _("请选择评价"))
    return redirect("demands:portal_demand", pk=demand.pk)


@login_required
def portal_figures(request, pk):
    enterprise = _enterprise(request)
    figure_request = get_visible_or_404(FigureRequest.objects.all(), request.user, pk=pk)
    form = FiguresForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services_portal.figure_request_answer(request=figure_request, acting_user=request.user,
                                                  **form.figures())
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已报送"))
            return redirect("demands:portal_home")
    return render(request, "demands/portal_figures.html", {"form": form, "figure_request": figure_request,
                                                           "enterprise": enterprise})


def portal_register(request):
    """Anyone may ask for an account; it exists only once the zone has verified it against the registry."""
    zone = default_zone()
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and zone is not None:
        try:
            services_portal.registration_submit(zone=zone, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return render(request, "demands/portal_registered.html", {})
    return render(request, "demands/portal_register.html", {"form": form})
