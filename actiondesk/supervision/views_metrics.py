"""Refreshing the stored values of indicators bound to metrics (htmx fragments for the battle map)."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST

from actiondesk.core.scoping import get_visible_or_404, require_role
from actiondesk.org.choices import Role
from actiondesk.plans.models import Plan
from actiondesk.supervision.services_metrics import metric_values_refresh, metric_values_refresh_stale


def _fragment(request, plan, result, *, reload: bool):
    response = render(request, "supervision/_metric_status.html",
                      {"plan": plan, "result": result, "now": timezone.now(), "can_refresh": True})
    if reload:
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_POST
def metrics_refresh(request, plan_pk):
    """The refresh button: admins and the supervision office recompute every started period."""
    require_role(request.user, Role.ADMIN, Role.SUPERVISOR)
    plan = get_visible_or_404(Plan.objects.all(), request.user, pk=plan_pk)
    result = metric_values_refresh(plan=plan, acting_user=request.user)
    return _fragment(request, plan, result, reload=True)


@login_required
@require_POST
def metrics_refresh_stale(request, plan_pk):
    """Sent by the battle map after it loads when open periods' values are out of date (not in its request)."""
    plan = get_visible_or_404(Plan.objects.all(), request.user, pk=plan_pk)
    month = request.POST.get("month", "")
    result = metric_values_refresh_stale(plan=plan, up_to_month=int(month) if month.isdigit() else 12)
    return _fragment(request, plan, result, reload=bool(result and result.values))
