"""Government-side demand pages: the list and 台账 export, raising one, its page (accept, parts, close, the
attachment), statistics."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.filters import invalid_filters_response, page_filterset, valid_filterset
from actiondesk.core.scoping import can_edit, editable, get_editable_or_403, get_visible_or_404
from actiondesk.demands import alerts, exports, selectors, services
from actiondesk.demands.choices import DemandStatus
from actiondesk.demands.filters import DemandFilterSet
from actiondesk.demands.forms import AcceptForm, AnswerForm, AttachmentForm, CloseForm, DemandForm
from actiondesk.demands.models import Demand, DemandPart


def staff_access(request):
    """The signed-in government user's Access (enterprise users never get here: core.portal's middleware)."""
    access = access_for(request.user)
    if access is None or access.is_enterprise:
        raise PermissionDenied
    return access


@login_required
def demand_list(request):
    access = staff_access(request)
    demands = selectors.demands_visible(request.user)
    if request.GET.get("export") == "xlsx":
        try:
            filterset = valid_filterset(DemandFilterSet, request.GET, demands, request=request)
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return xlsx_response(exports.demands_export(selectors.demand_rows(filterset.qs)), "demands.xlsx")
    filterset = page_filterset(DemandFilterSet, request, demands)
    page = Paginator(selectors.demand_rows(filterset.qs), 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    today = timezone.localdate()
    for demand in page:
        demand.overdue = alerts.is_overdue(status=demand.status, accept_due=demand.accept_due,
                                           resolve_due=demand.resolve_due, today=today)
    return render(request, "demands/demand_list.html", {
        "filterset": filterset, "page": page, "query": query.urlencode(),
        "summary": selectors.summary(access.zone_id, today), "may_raise": access.is_admin or access.is_department})


@login_required
def demand_create(request):
    access = staff_access(request)
    if not (access.is_admin or access.is_department):
        raise PermissionDenied
    form = DemandForm(request.POST or None, zone_id=access.zone_id)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            demand = services.demand_raise(enterprise=data["enterprise"], category=data["category"],
                                           title=data["title"], description=data["description"],
                                           channel=data["channel"], owner=data["owner"], acting_user=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已登记诉求"))
            return redirect("demands:demand_detail", pk=demand.pk)
    return render(request, "demands/demand_form.html", {"form": form})


def _detail_context(request, demand):
    may_run = can_edit(request.user, demand)
    parts = list(demand.parts.select_related("department", "answered_by"))
    mine = set(editable(DemandPart.objects.filter(demand=demand), request.user).values_list("pk", flat=True))
    for part in parts:
        part.answer_form = AnswerForm(prefix=f"part{part.pk}") if part.pk in mine and not part.answered_on else None
    return {
        "demand": demand, "parts": parts, "events": demand.events.select_related("actor"), "may_run": may_run,
        "accept_form": AcceptForm(zone_id=demand.zone_id, exclude_department_id=demand.owner_department_id)
        if may_run and demand.status == DemandStatus.SUBMITTED else None,
        "close_form": CloseForm() if may_run and demand.status == DemandStatus.IN_PROGRESS else None,
        "attachment_form": AttachmentForm() if may_run else None,
        "attachment_name": demand.attachment.name.rsplit("/", 1)[-1] if demand.attachment else "",
        "audit_entries": entries_for(demand)[:30],
    }


@login_required
def demand_detail(request, pk):
    staff_access(request)
    demand = get_visible_or_404(Demand.objects.select_related("enterprise", "category", "owner", "owner_department"),
                                request.user, pk=pk)
    return render(request, "demands/demand_detail.html", _detail_context(request, demand))


def _done(request, demand, error=None, ok=""):
    if error is not None:
        messages.error(request, "；".join(error.messages))
    else:
        messages.success(request, ok)
    return redirect("demands:demand_detail", pk=demand.pk)


@login_required
@require_POST
def demand_accept(request, pk):
    staff_access(request)
    demand = get_editable_or_403(Demand.objects.all(), request.user, pk=pk)
    form = AcceptForm(request.POST, zone_id=demand.zone_id, exclude_department_id=demand.owner_department_id)
    if not form.is_valid():
        return _done(request, demand, ValidationError(_("请检查协办部门")))
    parts = [(d, form.cleaned_data["request"]) for d in form.cleaned_data["departments"]]
    try:
        services.demand_accept(demand=demand, parts=parts, acting_user=request.user)
    except ValidationError as exc:
        return _done(request, demand, exc)
    return _done(request, demand, ok=_("已受理"))


@login_required
@require_POST
def demand_close(request, pk):
    staff_access(request)
    demand = get_editable_or_403(Demand.objects.all(), request.user, pk=pk)
    form = CloseForm(request.POST)
    if not form.is_valid():
        return _done(request, demand, ValidationError(_("请填写办理结果")))
    try:
        services.demand_close(demand=demand, resolution=form.cleaned_data["resolution"], acting_user=request.user)
    except ValidationError as exc:
        return _done(request, demand, exc)
    return _done(request, demand, ok=_("已办结，等待企业评价"))


@login_required
@require_POST
def demand_attach(request, pk):
    staff_access(request)
    demand = get_editable_or_403(Demand.objects.all(), request.user, pk=pk)
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        return _done(request, demand, ValidationError(_("请选择要上传的文件")))
    try:
        services.demand_attach(demand=demand, uploaded=form.cleaned_data["file"], acting_user=request.user)
    except ValidationError as exc:
        return _done(request, demand, exc)
    return _done(request, demand, ok=_("已上传附件"))


@login_required
def demand_attachment(request, pk):
    staff_access(request)
    demand = get_visible_or_404(Demand.objects.all(), request.user, pk=pk)
    if not demand.attachment:
        raise Http404
    return FileResponse(demand.attachment.open("rb"), as_attachment=True,
                        filename=demand.attachment.name.rsplit("/", 1)[-1])


@login_required
@require_POST
def part_answer(request, pk):
    staff_access(request)
    part = get_editable_or_403(DemandPart.objects.select_related("demand"), request.user, pk=pk)
    form = AnswerForm(request.POST, prefix=f"part{part.pk}")
    if not form.is_valid():
        return _done(request, part.demand, ValidationError(_("请填写答复")))
    try:
        services.part_answer(part=part, answer=form.cleaned_data["answer"], acting_user=request.user)
    except ValidationError as exc:
        return _done(request, part.demand, exc)
    return _done(request, part.demand, ok=_("已答复"))


@login_required
def statistics(request):
    access = staff_access(request)
    today = timezone.localdate()
    by = request.GET.get("by") if request.GET.get("by") in selectors.GROUPS else "department"
    filterset = page_filterset(DemandFilterSet, request, selectors.demands_visible(request.user))
    return render(request, "demands/statistics.html", {
        "filterset": filterset, "by": by, "rows": selectors.statistics(filterset.qs, by=by, today=today),
        "summary": selectors.summary(access.zone_id, today), "weights": selectors.SCORE_WEIGHTS})
