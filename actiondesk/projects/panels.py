"""The ledger's panels on a park's page (``core.panels``): the projects placed in the park, and the 要素保障
needs that point at its land parcels (parks never imports projects, so projects adds them)."""
from django.db.models import Count, Sum
from django.template.loader import render_to_string
from django.utils import timezone

from actiondesk.core.panels import PARK, register_panel
from actiondesk.core.scoping import visible
from actiondesk.projects import alerts, selectors
from actiondesk.projects.models import Project

SHOWN = 30
NEEDS_SHOWN = 50


def park_panel(request, park) -> str:
    projects = visible(Project.objects.filter(park=park), request.user)
    totals = projects.aggregate(n=Count("pk"), total=Sum("total_investment"))
    rows = list(projects.select_related("chain").order_by("-total_investment", "code")[:SHOWN])
    return render_to_string("projects/_park_projects.html", {"projects": rows, "totals": totals, "park": park})


def parcel_needs_panel(request, park) -> str:
    """The needs of visible projects pointing at the park's parcels, by parcel (one query; a second only to
    count them when there are more than shown)."""
    needs = (selectors.factor_needs_visible(request.user).filter(parcel__park=park)
             .select_related("parcel", "project", "department").order_by("parcel__code", "planned_on", "pk"))
    rows = list(needs[:NEEDS_SHOWN + 1])
    total = needs.count() if len(rows) > NEEDS_SHOWN else len(rows)
    today = timezone.localdate()
    for need in rows:
        need.overdue = alerts.factor_overdue(status=need.status, planned_on=need.planned_on, today=today)
    return render_to_string("projects/_park_parcel_needs.html",
                            {"needs": rows[:NEEDS_SHOWN], "total": total, "park": park})


def register() -> None:
    register_panel(PARK, park_panel)
    register_panel(PARK, parcel_needs_panel)
