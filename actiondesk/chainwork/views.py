"""链长制 pages: a chain's plan and docket (problems, 链长会议 and decisions → 督办单), and a page per 链长."""
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.chains.models import Chain
from actiondesk.chainwork import selectors, services
from actiondesk.chainwork.forms import (
    DecisionForm,
    MeetingForm,
    PlanForm,
    PlanItemForm,
    ProblemForm,
    ProblemStateForm,
)
from actiondesk.chainwork.models import ChainMeeting, ChainPlan, ChainProblem
from actiondesk.core.access import access_for
from actiondesk.core.params import YEAR_MAX, YEAR_MIN, int_param
from actiondesk.core.scoping import get_visible_or_404


def _year(request) -> int:
    return int_param(request.GET, "year", timezone.localdate().year, low=YEAR_MIN, high=YEAR_MAX)


def _keeper(request, chain):
    if not services.may_keep_docket(request.user, chain):
        raise PermissionDenied
    return chain


def _run(request, action, success: str) -> None:
    try:
        action()
        messages.success(request, success)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))


def _invalid(request, form) -> None:
    messages.error(request, "；".join(m for errors in form.errors.values() for m in errors))


@login_required
def docket(request, pk):
    chain = get_visible_or_404(Chain.objects.select_related("department", "chief"), request.user, pk=pk)
    year = _year(request)
    context = selectors.docket(chain, year)
    zone_id = chain.zone_id
    problems = [p for p in context["problems"] if p.state != "resolved"]
    plan = context["plan"]
    context.update({
        "chain": chain, "year": year, "can_keep": services.may_keep_docket(request.user, chain),
        "plan_form": PlanForm(initial={"technology_route": plan.technology_route if plan else "",
                                       "policies": plan.policies if plan else ""}),
        "item_form": PlanItemForm(zone_id=zone_id), "problem_form": ProblemForm(zone_id=zone_id),
        "state_form": ProblemStateForm(), "meeting_form": MeetingForm(),
        "decision_form": DecisionForm(zone_id=zone_id, problems=problems)})
    return render(request, "chainwork/docket.html", context)


@login_required
@require_POST
def plan_save(request, pk):
    chain = _keeper(request, get_visible_or_404(Chain.objects.all(), request.user, pk=pk))
    year = _year(request)
    form = PlanForm(request.POST)
    if form.is_valid():
        _run(request, lambda: services.plan_save(chain=chain, year=year, acting_user=request.user,
                                                 **form.cleaned_data), _("已保存"))
    return redirect(f"{chain_docket_url(chain)}?year={year}")


@login_required
@require_POST
def plan_item_add(request, pk):
    chain = _keeper(request, get_visible_or_404(Chain.objects.all(), request.user, pk=pk))
    year = _year(request)
    form = PlanItemForm(request.POST, zone_id=chain.zone_id)
    if form.is_valid():
        def add():
            plan = ChainPlan.objects.filter(chain=chain, year=year).first() or services.plan_save(
                chain=chain, year=year, acting_user=request.user)
            services.plan_item_add(plan=plan, acting_user=request.user, **form.cleaned_data)
        _run(request, add, _("已添加计划事项"))
    else:
        _invalid(request, form)
    return redirect(f"{chain_docket_url(chain)}?year={year}")


@login_required
@require_POST
def problem_add(request, pk):
    chain = _keeper(request, get_visible_or_404(Chain.objects.all(), request.user, pk=pk))
    form = ProblemForm(request.POST, zone_id=chain.zone_id)
    if form.is_valid():
        _run(request, lambda: services.problem_record(chain=chain, acting_user=request.user, **form.cleaned_data),
             _("已登记协调问题"))
    else:
        _invalid(request, form)
    return redirect(chain_docket_url(chain))


@login_required
@require_POST
def problem_update(request, pk):
    problem = get_visible_or_404(ChainProblem.objects.select_related("chain"), request.user, pk=pk)
    _keeper(request, problem.chain)
    form = ProblemStateForm(request.POST)
    if form.is_valid():
        _run(request, lambda: services.problem_update(problem=problem, acting_user=request.user, **form.cleaned_data),
             _("已更新"))
    else:
        _invalid(request, form)
    return redirect(chain_docket_url(problem.chain))


@login_required
@require_POST
def meeting_add(request, pk):
    chain = _keeper(request, get_visible_or_404(Chain.objects.all(), request.user, pk=pk))
    form = MeetingForm(request.POST)
    if form.is_valid():
        _run(request, lambda: services.meeting_record(chain=chain, acting_user=request.user, **form.cleaned_data),
             _("已登记链长会议"))
    else:
        _invalid(request, form)
    return redirect(chain_docket_url(chain))


@login_required
@require_POST
def decision_add(request, pk):
    meeting = get_visible_or_404(ChainMeeting.objects.select_related("chain__zone"), request.user, pk=pk)
    chain = _keeper(request, meeting.chain)
    problems = ChainProblem.objects.filter(chain=chain)
    form = DecisionForm(request.POST, zone_id=chain.zone_id, problems=problems)
    if form.is_valid():
        data = dict(form.cleaned_data)
        data["problem"] = problems.filter(pk=data["problem"]).first() if data.get("problem") else None
        _run(request, lambda: services.decision_record(meeting=meeting, acting_user=request.user, **data),
             _("已形成督办单"))
    else:
        _invalid(request, form)
    return redirect(chain_docket_url(chain))


@login_required
def leader_page(request, pk):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    chief = get_object_or_404(get_user_model(), pk=pk, membership__zone_id=access.zone_id)
    return render(request, "chainwork/leader.html", {"chief": chief,
                                                     "chains": selectors.leader_chains(chief.pk, access.zone_id)})


def chain_docket_url(chain) -> str:
    return reverse("chainwork:docket", args=[chain.pk])
