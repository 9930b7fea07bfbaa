"""The ledger's panel on a park's page (``core.panels``): the projects placed in the park."""
from django.db.models import Count, Sum
from django.template.loader import render_to_string

from actiondesk.core.panels import PARK, register_panel
from actiondesk.core.scoping import visible
from actiondesk.projects.models import Project

SHOWN = 30


def park_panel(request, park) -> str:
    projects = visible(Project.objects.filter(park=park), request.user)
    totals = projects.aggregate(n=Count("pk"), total=Sum("total_investment"))
    rows = list(projects.select_related("chain").order_by("-total_investment", "code")[:SHOWN])
    return render_to_string("projects/_park_projects.html", {"projects": rows, "totals": totals, "park": park})


def register() -> None:
    register_panel(PARK, park_panel)
