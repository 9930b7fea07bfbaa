"""金融+ on an enterprise's profile (``core.panels``): fund investments, loans, compensations, listing ladder."""
from django.template.loader import render_to_string

from actiondesk.core.panels import ENTERPRISE, register_panel
from actiondesk.finance import selectors


def enterprise_panel(request, enterprise) -> str:
    return render_to_string("finance/_enterprise_finance.html", selectors.enterprise_finance(enterprise))


def register() -> None:
    register_panel(ENTERPRISE, enterprise_panel)
