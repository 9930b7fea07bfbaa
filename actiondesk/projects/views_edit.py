"""Project pages that write: create and edit a project, its problems and its 要素保障 needs.

The problems and needs sections are htmx partials: adding or editing swaps the section in place. Without
htmx the same views re-render the project page (errors) or redirect to it (success).
"""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.scoping import can_edit, get_editable_or_403
from actiondesk.core.versioning import StaleVersion
from actiondesk.org.models import Zone
from actiondesk.projects import services
from actiondesk.projects.forms import FactorNeedForm, ProblemForm, ProjectForm
from actiondesk.projects.models import FactorNeed, Project, ProjectProblem
from actiondesk.projects.services import NEED_RESPONDER_FIELDS, PROBLEM_RESPONDER_FIELDS
from actiondesk.projects.views import detail_context, needs_context, problems_context


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _creator_access(request):
    access = access_for(request.user)
    if access is None or not (access.is_admin or access.is_department):
        raise PermissionDenied
    return access


@login_required
def project_create(request):
    access = _creator_access(request)
    form = ProjectForm(request.POST or None, zone_id=access.zone_id, access=access)
    if request.method == "POST" and form.is_valid():
        try:
            project = services.project_create(zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user,
                                              **form.changes())
        except ValidationError as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, _("已创建项目"))
            return redirect("projects:project_detail", pk=project.pk)
    return render(request, "projects/project_form.html", {"form": form, "project": None})


@login_required
def project_edit(request, pk):
    project = get_editable_or_403(Project.objects.select_related("investor"), request.user, pk=pk)
    form = ProjectForm(request.POST or None, instance=project, zone_id=project.zone_id,
                       access=access_for(request.user))
    stale = None
    if request.method == "POST" and form.is_valid():
        try:
            services.project_update(project=project, acting_user=request.user,
                                    expected_version=form.expected_version(), **form.changes())
        except StaleVersion as exc:
            # Show the other person's values (and the new version) beside what this user typed.
            stale = exc
            form = ProjectForm(instance=exc.current, zone_id=project.zone_id, access=access_for(request.user))
        except ValidationError as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, _("已保存项目信息"))
            return redirect("projects:project_detail", pk=project.pk)
    return render(request, "projects/project_form.html", {"form": form, "project": project, "stale": stale},
                  status=409 if stale else 200)


def _section(request, project, name: str, *, status=200, **extra):
    """The problems or needs section (htmx), or the whole project page showing it (plain requests)."""
    if _is_htmx(request):
        context = {"project": project, "can_edit": can_edit(request.user, project)}
        context.update(problems_context(request, project) if name == "problems" else needs_context(request, project))
        if context["can_edit"]:
            context.setdefault("problem_form", ProblemForm(zone_id=project.zone_id, prefix="problem"))
            context.setdefault("need_form", FactorNeedForm(zone_id=project.zone_id, project_parcel_id=project.parcel_id, prefix="need"))
        context.update(extra)
        return render(request, f"projects/_{name}.html", context, status=status)
    return render(request, "projects/project_detail.html", {**detail_context(request, project), **extra},
                  status=status)


def _done(request, project, name: str, message: str):
    if _is_htmx(request):
        return _section(request, project, name, saved=message)
    messages.success(request, message)
    return redirect(f"{reverse('projects:project_detail', args=[project.pk])}#{name}")


def _save(form, write) -> bool:
    """Run the service with the form's values; its validation errors land on the form."""
    if not form.is_valid():
        return False
    try:
        write(**form.changes())
    except ValidationError as exc:
        form.add_service_error(exc)
        return False
    return True


@login_required
@require_POST
def problem_add(request, pk):
    project = get_editable_or_403(Project.objects.all(), request.user, pk=pk)
    form = ProblemForm(request.POST, zone_id=project.zone_id, prefix="problem")
    if _save(form, lambda **values: services.problem_create(project=project, acting_user=request.user, **values)):
        return _done(request, project, "problems", _("已添加问题"))
    return _section(request, project, "problems", problem_form=form, problem_form_open=True)


@login_required
def problem_edit(request, pk, problem_pk):
    problem = get_editable_or_403(ProjectProblem.objects.filter(project_id=pk).select_related("project"),
                                  request.user, pk=problem_pk)
    project = problem.project
    limited = None if can_edit(request.user, project) else PROBLEM_RESPONDER_FIELDS
    form = ProblemForm(request.POST or None, instance=problem, zone_id=project.zone_id, limited_to=limited,
                       prefix=f"problem-{problem.pk}")
    if request.method == "POST" and _save(
            form, lambda **values: services.problem_update(problem=problem, acting_user=request.user, **values)):
        return _done(request, project, "problems", _("已保存问题"))
    return _section(request, project, "problems", problem_editing=problem.pk, problem_edit_form=form)


@login_required
@require_POST
def need_add(request, pk):
    project = get_editable_or_403(Project.objects.all(), request.user, pk=pk)
    form = FactorNeedForm(request.POST, zone_id=project.zone_id, prefix="need")
    if _save(form, lambda **values: services.factor_need_create(project=project, acting_user=request.user,
                                                                **values)):
        return _done(request, project, "needs", _("已添加要素需求"))
    return _section(request, project, "needs", need_form=form, need_form_open=True)


@login_required
def need_edit(request, pk, need_pk):
    need = get_editable_or_403(FactorNeed.objects.filter(project_id=pk).select_related("project"),
                               request.user, pk=need_pk)
    project = need.project
    limited = None if can_edit(request.user, project) else NEED_RESPONDER_FIELDS
    form = FactorNeedForm(request.POST or None, instance=need, zone_id=project.zone_id, limited_to=limited,
                          prefix=f"need-{need.pk}")
    if request.method == "POST" and _save(
            form, lambda **values: services.factor_need_update(need=need, acting_user=request.user, **values)):
        return _done(request, project, "needs", _("已保存要素需求"))
    return _section(request, project, "needs", need_editing=need.pk, need_edit_form=form)
