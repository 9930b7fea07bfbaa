"""Status history for leaders and issuing a period's 督导通报 (which freezes the period)."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.scoping import get_visible_or_404
from actiondesk.plans.selectors import current_plan
from actiondesk.supervision import services_issue
from actiondesk.supervision.models import ReportingPeriod
from actiondesk.supervision.selectors_history import status_history


@login_required
def history(request):
    plan = current_plan(request.user, request.GET.get("plan"))
    if plan is None:
        return render(request, "plans/no_plan.html")
    context = status_history(plan)
    return render(request, "supervision/history.html", {"plan": plan, **context})


@login_required
@require_POST
def period_issue(request, period_pk):
    period = get_visible_or_404(ReportingPeriod.objects.select_related("plan"), request.user, pk=period_pk)
    try:
        services_issue.period_issue(period=period, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, _("通报已发布，本期状态与排名已冻结"))
    return redirect(f"{redirect('supervision:battle_map').url}?period={period.code}")
