"""Project pages: dashboard, list/台账 export, detail with stage and investment forms, ledger import, 要素保障."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.downloads import xlsx_response as _xlsx
from actiondesk.core.filters import invalid_filters_response, page_filterset, valid_filterset
from actiondesk.core.jobs import JobBusy
from actiondesk.core.panels import PROJECT, render_panels
from actiondesk.core.params import int_param
from actiondesk.core.scoping import can_edit, editable, get_editable_or_403, get_visible_or_404
from actiondesk.core.selectors import jobs_visible
from actiondesk.org.models import Zone
from actiondesk.projects import alerts, exports, selectors, selectors_approvals, services
from actiondesk.projects.filters import ProjectFilterSet
from actiondesk.projects.forms import (
    FactorNeedForm,
    LedgerUploadForm,
    MonthlyInvestmentForm,
    ProblemForm,
    StageForm,
    default_month,
)
from actiondesk.projects.jobs import LEDGER, ledger_import_start
from actiondesk.projects.models import FactorNeed, Project, ProjectProblem


def _access(request):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    return access


def _months(request) -> int:
    try:
        return max(1, min(24, int(request.GET.get("months", alerts.DEFAULT_STALLED_MONTHS))))
    except ValueError:
        return alerts.DEFAULT_STALLED_MONTHS


@login_required
def project_dashboard(request):
    access = _access(request)
    today = timezone.localdate()
    year = int_param(request.GET, "year", today.year, low=2000, high=2100)
    context = selectors.dashboard(request.user, zone_id=access.zone_id, year=year, today=today,
                                  stalled_months=_months(request))
    return render(request, "projects/dashboard.html", context)


@login_required
def project_list(request):
    _access(request)
    projects = selectors.projects_visible(request.user)
    if request.GET.get("export") == "xlsx":
        try:
            filterset = valid_filterset(ProjectFilterSet, request.GET, projects, request=request)
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return _xlsx(exports.ledger_export(filterset.qs, filterset.value("signed_year") or timezone.localdate().year),
                     "project-ledger.xlsx")
    filterset = page_filterset(ProjectFilterSet, request, projects)
    page = Paginator(selectors.project_list(filterset.qs).order_by("code"), 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "projects/project_list.html", {"filterset": filterset, "page": page,
                                                          "query": query.urlencode()})


def needs_context(request, project, today=None) -> dict:
    """The 要素保障 section: needs with overdue flags and which of them this user may edit."""
    today = today or timezone.localdate()
    needs = list(project.factor_needs.select_related("department", "parcel__park"))
    for need in needs:
        need.overdue = alerts.factor_overdue(status=need.status, planned_on=need.planned_on, today=today)
    editable_ids = set(editable(FactorNeed.objects.filter(project=project), request.user).values_list("pk", flat=True))
    return {"needs": needs, "need_ids_editable": editable_ids}


def problems_context(request, project) -> dict:
    problems = list(project.problems.select_related("department"))
    editable_ids = set(editable(ProjectProblem.objects.filter(project=project), request.user)
                       .values_list("pk", flat=True))
    return {"problems": problems, "problem_ids_editable": editable_ids}


def detail_context(request, project) -> dict:
    today = timezone.localdate()
    project_editable = can_edit(request.user, project)
    context = {
        "project": project, "can_edit": project_editable,
        "events": project.stage_events.select_related("recorded_by"),
        "investments": project.monthly_investments.order_by("-month"),
        "annual_plans": project.annual_plans.order_by("year"),
        "overdue": alerts.overdue_stages(stage=project.stage, planned=alerts.planned_dates(project), today=today),
        "stage_form": StageForm(initial={"on": today}),
        "audit_entries": entries_for(project)[:30], "panels": render_panels(PROJECT, request, project),
        **needs_context(request, project, today), **problems_context(request, project),
        **selectors_approvals.approval_panel(project, request.user, today),
    }
    if project_editable:
        context["need_form"] = FactorNeedForm(zone_id=project.zone_id, project_parcel_id=project.parcel_id, prefix="need")
        context["problem_form"] = ProblemForm(zone_id=project.zone_id, prefix="problem")
    return context


@login_required
def project_detail(request, pk):
    project = get_visible_or_404(Project.objects.select_related("lead_department", "chain", "investor",
                                                                "responsible_leader", "park", "parcel__park"),
                                 request.user, pk=pk)
    return render(request, "projects/project_detail.html", detail_context(request, project))


@login_required
def project_investment_record(request, pk):
    project = get_editable_or_403(Project.objects.all(), request.user, pk=pk)
    form = MonthlyInvestmentForm(request.POST or None,
                                 initial={"month": default_month().strftime("%Y-%m")})
    if request.method == "POST" and form.is_valid():
        try:
            services.project_record_monthly_investment(project=project, acting_user=request.user,
                                                       **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已保存月度完成投资"))
            return redirect("projects:project_detail", pk=project.pk)
    return render(request, "projects/investment_form.html", {"project": project, "form": form})


@login_required
@require_POST
def project_stage_advance(request, pk):
    """Record a stage step; from htmx, errors come back inline and success reloads the page."""
    project = get_editable_or_403(Project.objects.all(), request.user, pk=pk)
    form = StageForm(request.POST)
    if form.is_valid():
        try:
            services.project_advance_stage(project=project, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("阶段已更新"))
            if request.headers.get("HX-Request"):
                response = HttpResponse(status=204)
                response["HX-Redirect"] = reverse("projects:project_detail", args=[project.pk])
                return response
            return redirect("projects:project_detail", pk=project.pk)
    if request.headers.get("HX-Request"):
        return render(request, "projects/_stage.html", {"project": project, "can_edit": True, "stage_form": form,
                                                        "events": project.stage_events.all()})
    for message in form.non_field_errors() or [_("请填写阶段和日期")]:
        messages.error(request, message)
    return redirect("projects:project_detail", pk=project.pk)


@login_required
def ledger_template(request):
    _access(request)
    return _xlsx(exports.ledger_template(), "project-ledger-template.xlsx")


@login_required
def ledger_upload(request):
    """Store the upload as a queued import job (a worker validates and writes it) and show its page."""
    access = _access(request)
    if not access.is_admin:
        raise PermissionDenied
    form = LedgerUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            job = ledger_import_start(zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user,
                                      file_name=upload.name, data=upload.read(), year=form.cleaned_data["year"])
        except JobBusy as exc:
            form.add_error("file", str(exc))
        else:
            return redirect("jobs:job_detail", job.pk)
    jobs = jobs_visible(request.user).filter(kind=LEDGER)[:10]
    return render(request, "projects/ledger_upload.html", {"form": form, "jobs": jobs},
                  status=400 if form.errors else 200)


@login_required
def factor_list(request):
    needs = selectors.factor_needs_visible(request.user).select_related(
        "project__lead_department", "department", "parcel__park").order_by("project__code", "kind")
    if request.GET.get("export") == "xlsx":
        return _xlsx(exports.factor_export("要素保障清单", exports.FACTOR_LIST_HEADERS, exports.factor_list_rows(needs)),
                     "factor-needs.xlsx")
    return render(request, "projects/factor_list.html", {"needs": needs})


@login_required
def factor_progress(request):
    today = timezone.localdate()
    needs = selectors.factor_needs_visible(request.user).select_related("project", "department").order_by(
        "department__sort_order", "kind", "planned_on")
    rows = list(exports.factor_progress_rows(needs, today))
    if request.GET.get("export") == "xlsx":
        return _xlsx(exports.factor_export("要素供给计划进度台账", exports.FACTOR_PROGRESS_HEADERS, rows),
                     "factor-progress.xlsx")
    return render(request, "projects/factor_progress.html", {"rows": rows})
