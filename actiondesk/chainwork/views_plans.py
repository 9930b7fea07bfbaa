"""Chain plan pages: a chain's plan and docket page (一链一计划一政策 with the items' milestones, the technology
route and the policies; problems; 链长会议), the plan's writes and its .xlsx."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.chains.models import Chain
from actiondesk.chainwork import selectors, services
from actiondesk.chainwork.exports import plan_xlsx
from actiondesk.chainwork.forms import (
    DecisionForm,
    ItemMilestoneForm,
    MeetingForm,
    PlanForm,
    PlanItemForm,
    ProblemForm,
    ProblemStateForm,
    RouteStepForm,
)
from actiondesk.chainwork.models import ChainPlan, ChainPlanItem
from actiondesk.chainwork.views import _invalid, _keeper, _run, chain_docket_url
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.params import YEAR_MAX, YEAR_MIN, int_param
from actiondesk.core.scoping import get_visible_or_404


def _year(request) -> int:
    return int_param(request.GET, "year", timezone.localdate().year, low=YEAR_MIN, high=YEAR_MAX)


def _back(chain, year: int):
    return redirect(f"{chain_docket_url(chain)}?year={year}")


@login_required
def docket(request, pk):
    chain = get_visible_or_404(Chain.objects.select_related("department", "chief"), request.user, pk=pk)
    year = _year(request)
    context = selectors.docket(chain, year, timezone.localdate())
    zone_id = chain.zone_id
    problems = [p for p in context["problems"] if p.state != "resolved"]
    plan = context["plan"]
    can_keep = services.may_keep_docket(request.user, chain)
    context.update({"chain": chain, "year": year, "can_keep": can_keep})
    if can_keep:  # the forms read departments, tasks, policies and segments: only for those who write
        context.update({
            "plan_form": PlanForm(zone_id=zone_id, year=year, initial={
                "task": plan.task_id if plan else None, "technology_route": plan.technology_route if plan else "",
                "policies": [p.pk for p in context["policies"]], "policy_note": plan.policy_note if plan else ""}),
            "item_form": PlanItemForm(zone_id=zone_id), "milestone_form": ItemMilestoneForm(zone_id=zone_id),
            "route_form": RouteStepForm(chain=chain), "problem_form": ProblemForm(zone_id=zone_id),
            "state_form": ProblemStateForm(), "meeting_form": MeetingForm(),
            "decision_form": DecisionForm(zone_id=zone_id, problems=problems)})
    return render(request, "chainwork/docket.html", context)


def _plan(chain, year: int, user) -> ChainPlan:
    return ChainPlan.objects.filter(chain=chain, year=year).select_related("task__plan", "chain").first() or \
        services.plan_save(chain=chain, year=year, acting_user=user)


@login_required
@require_POST
def plan_save(request, pk):
    chain = _keeper(request, get_visible_or_404(Chain.objects.all(), request.user, pk=pk))
    year = _year(request)
    form = PlanForm(request.POST, zone_id=chain.zone_id, year=year)
    if form.is_valid():
        _run(request, lambda: services.plan_save(chain=chain, year=year, acting_user=request.user,
                                                 **form.cleaned_data), _("已保存"))
    else:
        _invalid(request, form)
    return _back(chain, year)


@login_required
@require_POST
def plan_item_add(request, pk):
    chain = _keeper(request, get_visible_or_404(Chain.objects.all(), request.user, pk=pk))
    year = _year(request)
    form = PlanItemForm(request.POST, zone_id=chain.zone_id)
    if form.is_valid():
        _run(request, lambda: services.plan_item_add(plan=_plan(chain, year, request.user), acting_user=request.user,
                                                     **form.cleaned_data), _("已添加计划事项"))
    else:
        _invalid(request, form)
    return _back(chain, year)


@login_required
@require_POST
def item_milestone_add(request, pk):
    item = get_visible_or_404(ChainPlanItem.objects.select_related("plan__chain", "plan__task__plan",
                                                                   "owner_department"), request.user, pk=pk)
    chain = _keeper(request, item.plan.chain)
    form = ItemMilestoneForm(request.POST, zone_id=chain.zone_id)
    if form.is_valid():
        _run(request, lambda: services.item_milestone_add(item=item, acting_user=request.user, **form.cleaned_data),
             _("已添加工作节点"))
    else:
        _invalid(request, form)
    return _back(chain, item.plan.year)


@login_required
@require_POST
def route_step_add(request, pk):
    chain = _keeper(request, get_visible_or_404(Chain.objects.all(), request.user, pk=pk))
    year = _year(request)
    form = RouteStepForm(request.POST, chain=chain)
    if form.is_valid():
        _run(request, lambda: services.route_step_add(plan=_plan(chain, year, request.user), acting_user=request.user,
                                                      **form.cleaned_data), _("已添加技术路径"))
    else:
        _invalid(request, form)
    return _back(chain, year)


@login_required
def plan_export(request, pk):
    """The chain's plan of the year as .xlsx: items with their milestones, the technology route, the policies."""
    chain = get_visible_or_404(Chain.objects.all(), request.user, pk=pk)
    year = _year(request)
    plans = selectors.plan_list(request.user).filter(chain=chain, year=year)
    return xlsx_response(plan_xlsx(list(plans), timezone.localdate()), f"chain-plan-{chain.pk}-{year}.xlsx")
