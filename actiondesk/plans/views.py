from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.panels import DEPARTMENT, INDICATOR, TASK, render_panels
from actiondesk.core.scoping import can_edit, get_editable_or_403, get_visible_or_404, require_role
from actiondesk.core.versioning import StaleVersion
from actiondesk.org.choices import Role
from actiondesk.plans import selectors, services
from actiondesk.plans.choices import MilestoneState
from actiondesk.plans.forms import IndicatorForm
from actiondesk.plans.milestones import milestone_state
from actiondesk.plans.models import Indicator, Plan, Task


@login_required
def overview(request):
    plan = selectors.current_plan(request.user, request.GET.get("plan"))
    if plan is None:
        return render(request, "plans/no_plan.html")
    return render(request, "plans/overview.html", selectors.plan_overview(plan))


@login_required
def my_department(request):
    access = access_for(request.user)
    plan = selectors.current_plan(request.user)
    if plan is not None and access is not None and access.reads_whole_zone:
        # Leaders, the supervision office and admins get their own desk here, not a dead end.
        return render(request, "plans/my_department.html",
                      {"plan": plan, "overseer": True, "panels": render_panels(DEPARTMENT, request, plan)})
    if plan is None or access is None or access.department_id is None:
        return render(request, "plans/my_department.html", {"plan": plan, "no_department": True})
    lead, support = selectors.department_tasks(plan, access.department_id)
    indicators = selectors.department_indicators(plan, access.department_id)
    return render(request, "plans/my_department.html",
                  {"plan": plan, "lead_tasks": lead, "support_tasks": support, "indicators": indicators,
                   "panels": render_panels(DEPARTMENT, request, plan)})


@login_required
def task_detail(request, pk):
    task = get_visible_or_404(Task.objects.select_related("plan", "programme").prefetch_related(
        "lead_links__department", "support_departments", "indicators"), request.user, pk=pk)
    milestones = list(task.milestones.select_related("department").order_by("due_date", "position", "pk"))
    labels, today = dict(MilestoneState.choices), timezone.localdate()
    for m in milestones:
        m.state = milestone_state(m.progress, m.due_date, m.completed_on, today)
        m.state_label = labels[m.state]
    return render(request, "plans/task_detail.html", {"task": task, "can_edit": can_edit(request.user, task),
                                                      "milestones": milestones,
                                                      "audit_entries": entries_for(task)[:50],
                                                      "panels": render_panels(TASK, request, task)})


@login_required
def indicator_detail(request, pk):
    indicator = get_visible_or_404(Indicator.objects.select_related("plan", "lead_department").prefetch_related(
        "tasks", "goals"), request.user, pk=pk)
    return render(request, "plans/indicator_detail.html", {
        "indicator": indicator, "can_edit": can_edit(request.user, indicator),
        "audit_entries": entries_for(indicator)[:50], "panels": render_panels(INDICATOR, request, indicator)})


@login_required
def indicator_edit(request, pk):
    indicator = get_editable_or_403(Indicator.objects.all(), request.user, pk=pk)
    access = access_for(request.user)
    form = IndicatorForm(request.POST or None, instance=Indicator.objects.get(pk=indicator.pk),
                         zone_id=access.zone_id, is_admin=access.is_admin)
    stale = None
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in form.fields if name != "version"}
        try:
            services.indicator_update(indicator=indicator, acting_user=request.user,
                                      expected_version=form.expected_version(), **values)
        except StaleVersion as exc:
            # Show the other person's values (and the new version) beside what this user typed.
            stale = exc
            form = IndicatorForm(instance=exc.current, zone_id=access.zone_id, is_admin=access.is_admin)
        else:
            messages.success(request, _("指标已保存"))
            return redirect("plans:indicator_detail", pk=indicator.pk)
    return render(request, "plans/indicator_edit.html", {"indicator": indicator, "form": form, "stale": stale},
                  status=409 if stale else 200)


@login_required
@require_POST
def bind_suggested_metrics(request, pk):
    require_role(request.user, Role.ADMIN)
    plan = get_visible_or_404(Plan.objects.all(), request.user, pk=pk)
    bound = services.indicators_bind_suggested(plan=plan, acting_user=request.user)
    messages.success(request, _("已按建议为 %(n)s 项指标绑定系统数据来源") % {"n": len(bound)})
    return redirect("plans:overview")
