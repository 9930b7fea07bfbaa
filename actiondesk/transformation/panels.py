"""The transformation tab on an enterprise's profile (一企一档), registered with ``core.panels`` at start-up."""
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone

from actiondesk.core.access import access_for
from actiondesk.core.panels import ENTERPRISE, register_panel
from actiondesk.transformation import selectors
from actiondesk.transformation.permissions import edits_transformation


def enterprise_panel(request, enterprise) -> str:
    record = selectors.enterprise_record(enterprise)
    today = timezone.localdate()
    for rating in record["ratings"]:
        rating.expired = rating.expires_on is not None and rating.expires_on < today
    # No request context (its processors ran for the page already); the delete form needs only the CSRF token.
    return render_to_string("transformation/_enterprise_panel.html", {
        "enterprise": enterprise, "can_edit": edits_transformation(access_for(request.user)), **record,
        "csrf_token": get_token(request)})


def register() -> None:
    register_panel(ENTERPRISE, enterprise_panel)
