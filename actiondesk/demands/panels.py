"""The demands panel on an enterprise's profile: its demands, last visit and the policies that fit it."""
from django.template.loader import render_to_string
from django.utils import timezone

from actiondesk.core.panels import ENTERPRISE, register_panel
from actiondesk.core.scoping import visible
from actiondesk.demands import selectors
from actiondesk.demands.choices import OPEN_STATUSES
from actiondesk.demands.models import Demand


def enterprise_panel(request, enterprise) -> str:
    today = timezone.localdate()
    demands = visible(Demand.objects.filter(enterprise=enterprise), request.user).select_related(
        "category", "owner_department")
    return render_to_string("demands/_enterprise_panel.html", {
        "enterprise": enterprise, "demands": demands.order_by("-raised_on", "-pk")[:10],
        "open_count": demands.filter(status__in=OPEN_STATUSES).count(),
        "last_visit": selectors.last_visits([enterprise.pk]).get(enterprise.pk),
        "policies": selectors.policies_for(enterprise, today=today)}, request=request)


def register() -> None:
    register_panel(ENTERPRISE, enterprise_panel)
