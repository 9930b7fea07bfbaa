"""链长制 pages: the docket's writes (problems, 链长会议 and decisions → 督办单), the problems 台账 and a page per
链长; a chain's plan and docket page are in ``views_plans``."""
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.chains.models import Chain
from actiondesk.chainwork import selectors, services
from actiondesk.chainwork.exports import problems_xlsx
from actiondesk.chainwork.filters import ProblemFilterSet
from actiondesk.chainwork.forms import DecisionForm, MeetingForm, ProblemForm, ProblemStateForm
from actiondesk.chainwork.models import ChainMeeting, ChainProblem
from actiondesk.core.access import access_for
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.filters import invalid_filters_response, page_filterset, valid_filterset
from actiondesk.core.scoping import get_visible_or_404


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
    chains = selectors.leader_chains(chief.pk, access.zone_id)
    return render(request, "chainwork/leader.html", {"chief": chief, "chains": chains,
                                                     "chart": selectors.leader_chart(chains)})


@login_required
def problem_list(request):
    """The problems 台账 across the zone's chains: filters, the list and its .xlsx export (same filters)."""
    problems = selectors.problem_list(request.user)
    if request.GET.get("export") == "xlsx":
        try:
            qs = valid_filterset(ProblemFilterSet, request.GET, problems, request=request).qs
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return xlsx_response(problems_xlsx(qs), "chain-problems.xlsx")
    filterset = page_filterset(ProblemFilterSet, request, problems)
    return render(request, "chainwork/problem_list.html", {
        "filterset": filterset, "problems": filterset.qs[:200], "total": filterset.qs.count(),
        "query": request.GET.urlencode()})


def chain_docket_url(chain) -> str:
    return reverse("chainwork:docket", args=[chain.pk])
