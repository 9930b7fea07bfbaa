"""The demands panel on an enterprise's profile: its demands, last visit and the policies that fit it.

The profile renders only a placeholder that htmx fills after the page loads (``demands:enterprise_panel``), so the
profile's own query count does not grow with this panel."""
from django.template.loader import render_to_string
from django.urls import reverse

from actiondesk.core.panels import ENTERPRISE, register_panel


def enterprise_panel(request, enterprise) -> str:
    return render_to_string("demands/_enterprise_panel_placeholder.html", {
        "url": reverse("demands:enterprise_panel", args=[enterprise.pk])})


def register() -> None:
    register_panel(ENTERPRISE, enterprise_panel)
