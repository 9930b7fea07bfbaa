from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.templatetags.static import static

from actiondesk.core.access import access_for
from actiondesk.core.audit_filters import AuditFilterSet
from actiondesk.core.filters import page_filterset
from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import require_role, visible
from actiondesk.org.choices import Role


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links: send them to the static icon (no data, no login)."""
    return redirect(static("actiondesk/favicon.svg"))


@login_required
def home(request):
    access = access_for(request.user)
    if access is not None and access.is_department:
        return redirect("plans:my_department")
    return redirect("supervision:battle_map")


@login_required
def audit_list(request):
    require_role(request.user, Role.ADMIN, Role.SUPERVISOR)
    filterset = page_filterset(AuditFilterSet, request, visible(AuditEntry.objects.all(), request.user))
    page = Paginator(filterset.qs, 50).get_page(request.GET.get("page"))
    return render(request, "core/audit_list.html", {"entries": page, "filterset": filterset})
