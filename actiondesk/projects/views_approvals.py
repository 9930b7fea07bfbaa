"""Approval pages: the approvals section of a project (htmx), the approvals 台账 with its export, and the
zone's step table (admins and the supervision office)."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.filters import invalid_filters_response, page_filterset, valid_filterset
from actiondesk.core.scoping import can_edit, get_editable_or_403, get_visible_or_404, require_role
from actiondesk.org.choices import Role
from actiondesk.org.models import Zone
from actiondesk.projects import exports_approvals, selectors_approvals, services_approvals
from actiondesk.projects.filters import ApprovalFilterSet
from actiondesk.projects.forms_approvals import ApprovalForm, ApprovalStepForm
from actiondesk.projects.models import ApprovalStep, Project, ProjectApproval
from actiondesk.projects.services_approvals import GRANTER_FIELDS
from actiondesk.projects.views import detail_context


def approvals_context(request, project) -> dict:
    return selectors_approvals.approval_panel(project, request.user, timezone.localdate())


def _section(request, project, *, status=200, **extra):
    """The approvals section (htmx), or the project page showing it (plain requests)."""
    if request.headers.get("HX-Request") == "true":
        context = {"project": project, "can_edit": can_edit(request.user, project),
                   **approvals_context(request, project), **extra}
        return render(request, "projects/_approvals.html", context, status=status)
    return render(request, "projects/project_detail.html", {**detail_context(request, project), **extra},
                  status=status)


def _done(request, project, message: str):
    if request.headers.get("HX-Request") == "true":
        return _section(request, project, approvals_saved=message)
    messages.success(request, message)
    return redirect(f"{reverse('projects:project_detail', args=[project.pk])}#approvals")


@login_required
@require_POST
def approvals_create(request, pk):
    """Create the project's records from the zone's step table (its department or an admin)."""
    project = get_editable_or_403(Project.objects.select_related("parcel"), request.user, pk=pk)
    created = services_approvals.approvals_ensure(project=project, acting_user=request.user)
    return _done(request, project, _("已生成 %(n)s 项审批事项") % {"n": created})


@login_required
def approval_edit(request, pk, approval_pk):
    approval = get_editable_or_403(ProjectApproval.objects.filter(project_id=pk).select_related(
        "project__parcel", "step"), request.user, pk=approval_pk)
    project = approval.project
    limited = None if can_edit(request.user, project) else GRANTER_FIELDS
    form = ApprovalForm(request.POST or None, instance=approval, limited_to=limited, prefix=f"approval-{approval.pk}")
    if request.method == "POST" and form.is_valid():
        try:
            services_approvals.approval_update(approval=approval, acting_user=request.user, **form.changes())
        except ValidationError as exc:
            form.add_service_error(exc)
        else:
            return _done(request, project, _("已保存审批“%(step)s”") % {"step": approval.step.name})
    return _section(request, project, approval_editing=approval.pk, approval_form=form,
                    status=400 if form.errors else 200)


@login_required
def approval_list(request):
    """The approvals 台账: every visible project's approvals, filtered; the export is the same list."""
    if access_for(request.user) is None:
        raise PermissionDenied
    qs = selectors_approvals.approvals_visible(request.user).select_related(
        "project__lead_department", "step__department")
    today = timezone.localdate()
    if request.GET.get("export") == "xlsx":
        try:
            filterset = valid_filterset(ApprovalFilterSet, request.GET, qs, request=request)
        except ValidationError as exc:
            return invalid_filters_response(exc)
        rows = exports_approvals.approval_rows(filterset.qs.order_by("project__code", "step__sort_order"), today)
        return xlsx_response(exports_approvals.approval_export(rows), "project-approvals.xlsx")
    filterset = page_filterset(ApprovalFilterSet, request, qs)
    page = Paginator(filterset.qs.order_by("project__code", "step__sort_order", "pk"), 50).get_page(
        request.GET.get("page"))
    for approval in page:
        approval.overdue = exports_approvals.overdue(approval, today)
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "projects/approval_list.html", {"filterset": filterset, "page": page,
                                                           "query": query.urlencode()})


def _keeper(request):
    return require_role(request.user, Role.ADMIN, Role.SUPERVISOR)


@login_required
def approval_steps(request):
    """The zone's step table: each step's form, and a form to add one."""
    access = _keeper(request)
    form = ApprovalStepForm(request.POST or None, zone_id=access.zone_id, prefix="new")
    if request.method == "POST" and form.is_valid():
        try:
            services_approvals.approval_step_create(zone=Zone.objects.get(pk=access.zone_id),
                                                    acting_user=request.user, **form.changes())
        except ValidationError as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, _("已添加审批事项"))
            return redirect("projects:approval_steps")
    return _steps_page(request, access, new_form=form)


def _steps_page(request, access, *, new_form, edited=None):
    steps = list(selectors_approvals.steps_visible(request.user))
    forms = [(step, edited if edited is not None and edited.instance.pk == step.pk else
              ApprovalStepForm(instance=step, zone_id=access.zone_id, prefix=f"step-{step.pk}")) for step in steps]
    status = 400 if new_form.errors or (edited is not None and edited.errors) else 200
    return render(request, "projects/approval_steps.html", {"step_forms": forms, "new_form": new_form},
                  status=status)


@login_required
@require_POST
def approval_step_edit(request, step_pk):
    access = _keeper(request)
    step = get_visible_or_404(ApprovalStep.objects.all(), request.user, pk=step_pk)
    form = ApprovalStepForm(request.POST, instance=step, zone_id=access.zone_id, prefix=f"step-{step.pk}")
    if form.is_valid():
        try:
            services_approvals.approval_step_update(step=step, acting_user=request.user, **form.changes())
        except ValidationError as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, _("已保存审批事项"))
            return redirect("projects:approval_steps")
    return _steps_page(request, access, new_form=ApprovalStepForm(zone_id=access.zone_id, prefix="new"), edited=form)
