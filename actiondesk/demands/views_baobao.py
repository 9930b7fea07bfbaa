"""包保 pages: coverage and gaps, the not-visited reminder, a leader's page, recording a visit."""
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.scoping import get_visible_or_404, visible
from actiondesk.demands import selectors, services_registry
from actiondesk.demands.choices import OPEN_STATUSES
from actiondesk.demands.forms import VisitForm
from actiondesk.demands.models import Demand
from actiondesk.demands.views import staff_access
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.choices import Role


@login_required
def coverage(request):
    access = staff_access(request)
    today = timezone.localdate()
    leaders = get_user_model().objects.filter(membership__zone_id=access.zone_id, membership__role=Role.LEADER)
    return render(request, "demands/coverage.html", {
        "coverage": selectors.coverage(access.zone_id), "gaps": selectors.coverage_gaps(access.zone_id)[:200],
        "not_visited": selectors.not_visited(access.zone_id, today)[:200], "leaders": leaders.order_by("username"),
        "visit_every_days": selectors.demand_settings(access.zone_id).visit_every_days})


def _leader_page(request, leader):
    today = timezone.localdate()
    context = selectors.leader_page(leader, today)
    context["leader"] = leader
    context["may_record"] = request.user.pk == leader.pk
    return render(request, "demands/leader_page.html", context)


@login_required
def my_enterprises(request):
    access = staff_access(request)
    if not access.is_leader:
        raise PermissionDenied
    return _leader_page(request, request.user)


@login_required
def leader_page(request, pk):
    access = staff_access(request)
    leader = get_user_model().objects.filter(membership__zone_id=access.zone_id, membership__role=Role.LEADER,
                                             pk=pk).select_related("membership").first()
    if leader is None:
        raise Http404
    return _leader_page(request, leader)


@login_required
def visit_create(request):
    access = staff_access(request)
    if not (access.is_leader or access.is_admin):
        raise PermissionDenied
    enterprises = Enterprise.objects.filter(zone_id=access.zone_id)
    if access.is_leader:
        enterprises = enterprises.filter(leader=request.user)
    initial = {"visited_on": timezone.localdate()}
    enterprise_id = request.GET.get("enterprise")
    if enterprise_id and enterprise_id.isdigit() and len(enterprise_id) < 19:
        initial["enterprise"] = int(enterprise_id)
    form = VisitForm(request.POST or None, zone_id=access.zone_id, enterprises=enterprises, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            visit = services_registry.visit_record(enterprise=data["enterprise"], visited_on=data["visited_on"],
                                                   people=data["people"], topics=data["topics"],
                                                   demands=form.demands(), acting_user=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            raised = visit.demands.count()
            messages.success(request, _("已记录走访") + (_("，提出诉求 %(n)s 件") % {"n": raised} if raised else ""))
            return redirect("demands:my_enterprises" if access.is_leader else "demands:coverage")
    return render(request, "demands/visit_form.html", {"form": form})


@login_required
def enterprise_panel(request, pk):
    """The demands panel of an enterprise's profile (an htmx fragment): demands, last visit, matching policies."""
    staff_access(request)
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=pk)
    demands = visible(Demand.objects.filter(enterprise=enterprise), request.user).select_related(
        "category", "owner_department")
    return render(request, "demands/_enterprise_panel.html", {
        "enterprise": enterprise, "demands": demands.order_by("-raised_on", "-pk")[:10],
        "open_count": demands.filter(status__in=OPEN_STATUSES).count(),
        "last_visit": selectors.last_visits([enterprise.pk]).get(enterprise.pk),
        "policies": selectors.policies_for(enterprise, today=timezone.localdate())})
