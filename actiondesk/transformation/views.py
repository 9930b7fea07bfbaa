"""Pages of the transformation pool: the pool (filters, export), coverage, projects, cases, solutions, 场景指南,
import and the diagnosis validity setting. Thin: fetch through core.scoping, call a service or selector, render."""
from pathlib import PurePath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.chains.choices import Industry
from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.downloads import DOCX, file_response
from actiondesk.core.downloads import xlsx_response as _xlsx
from actiondesk.core.filters import invalid_filters_response, page_filterset, valid_filterset
from actiondesk.core.keepers import keeper_departments
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404, require_role
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.choices import Role
from actiondesk.org.models import Zone
from actiondesk.transformation import exports, imports, selectors, services
from actiondesk.transformation.filters import PoolFilterSet, ProjectFilterSet
from actiondesk.transformation.forms import (
    CaseForm,
    CaseReviewForm,
    DiagnosisForm,
    GuideForm,
    ImportForm,
    ProjectForm,
    RatingForm,
    SettingsForm,
    SolutionForm,
)
from actiondesk.transformation.models import (
    Diagnosis,
    FactoryRating,
    SceneGuide,
    Solution,
    TransformationCase,
    TransformationProject,
    TransformationSettings,
)
from actiondesk.transformation.permissions import POOL, edits_transformation

PAGE_SIZE = 50


def _access(request):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    return access


def _query(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@login_required
def pool(request):
    access = _access(request)
    today = timezone.localdate()
    enterprises = selectors.pool_enterprises(request.user)
    if request.GET.get("export") == "xlsx":
        try:
            filterset = valid_filterset(PoolFilterSet, request.GET, enterprises, request=request, today=today)
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return _xlsx(exports.pool_export(filterset.qs.order_by("name", "pk"), today=today),
                     "transformation-pool.xlsx")
    filterset = PoolFilterSet(request.GET or None, queryset=enterprises, request=request, today=today)
    page = Paginator(filterset.qs.order_by("name", "pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "transformation/pool.html", {
        "filterset": filterset, "page": page, "rows": selectors.pool_rows(list(page), today=today),
        "can_edit": edits_transformation(access), "is_admin": access.is_admin, "query": _query(request)})


@login_required
def coverage(request):
    access = _access(request)
    today = timezone.localdate()
    context = selectors.coverage(access.zone_id, today=today)
    missing = Paginator(selectors.undiagnosed(access.zone_id, today=today, window=context["window"]),
                        PAGE_SIZE).get_page(request.GET.get("page"))
    chart = {"park": context["by_park"], "chain": context["by_chain"],
             "labels": {"diagnosed": _("已诊断"), "missing": _("未诊断")}}
    return render(request, "transformation/coverage.html", {**context, "page": missing, "chart": chart,
                                                            "query": _query(request)})


@login_required
def project_list(request):
    access = _access(request)
    filterset = page_filterset(ProjectFilterSet, request, selectors.projects_visible(request.user))
    page = Paginator(filterset.qs.order_by("enterprise__name", "pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "transformation/project_list.html", {
        "filterset": filterset, "page": page, "can_edit": edits_transformation(access), "query": _query(request)})


def _form_page(request, form, *, title, back, status=None, multipart=False, extra=None):
    return render(request, "transformation/form.html", {"form": form, "title": title, "back": back,
                                                        "multipart": multipart, **(extra or {})},
                  status=status or (400 if form.errors else 200))


def _editable_enterprise(request, pk) -> Enterprise:
    enterprise = get_visible_or_404(Enterprise.objects.all(), request.user, pk=pk)
    if not edits_transformation(access_for(request.user)):
        raise PermissionDenied
    return enterprise


def _saved(form, call, message) -> bool:
    try:
        call()
    except ValidationError as exc:
        form.add_error(None, exc)
        return False
    return bool(message)


@login_required
def enterprise_diagnosis_add(request, pk):
    enterprise = _editable_enterprise(request, pk)
    form = DiagnosisForm(request.POST or None, request.FILES or None,
                         initial={"diagnosed_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid() and _saved(form, lambda: services.diagnosis_create(
            enterprise=enterprise, acting_user=request.user, **form.cleaned_data), True):
        messages.success(request, _("已记录评估诊断"))
        return redirect("enterprises:enterprise_detail", enterprise.pk)
    return _form_page(request, form, title=_("记录评估诊断：%(name)s") % {"name": enterprise.name},
                      back=enterprise, multipart=True)


@login_required
def enterprise_rating_add(request, pk):
    enterprise = _editable_enterprise(request, pk)
    form = RatingForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _saved(form, lambda: services.rating_create(
            enterprise=enterprise, acting_user=request.user, **form.cleaned_data), True):
        messages.success(request, _("已记录工厂评级"))
        return redirect("enterprises:enterprise_detail", enterprise.pk)
    return _form_page(request, form, title=_("记录工厂评级：%(name)s") % {"name": enterprise.name}, back=enterprise)


@login_required
def enterprise_project_add(request, pk):
    enterprise = _editable_enterprise(request, pk)
    form = ProjectForm(request.POST or None, zone_id=enterprise.zone_id)
    if request.method == "POST" and form.is_valid():
        values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        if _saved(form, lambda: services.project_create(enterprise=enterprise, acting_user=request.user, **values),
                  True):
            messages.success(request, _("已新增智改数转项目"))
            return redirect("enterprises:enterprise_detail", enterprise.pk)
    return _form_page(request, form, title=_("新增智改数转项目：%(name)s") % {"name": enterprise.name},
                      back=enterprise)


@login_required
def rating_edit(request, pk):
    rating = get_editable_or_403(FactoryRating.objects.select_related("enterprise"), request.user, pk=pk)
    form = RatingForm(request.POST or None, instance=rating)
    if request.method == "POST" and form.is_valid() and _saved(form, lambda: services.rating_update(
            rating=FactoryRating.objects.get(pk=pk), acting_user=request.user, **form.cleaned_data), True):
        messages.success(request, _("已保存工厂评级"))
        return redirect("enterprises:enterprise_detail", rating.enterprise_id)
    return _form_page(request, form, title=_("修改工厂评级：%(name)s") % {"name": rating.enterprise.name},
                      back=rating.enterprise)


@login_required
def diagnosis_report(request, pk):
    diagnosis = get_visible_or_404(Diagnosis.objects.exclude(report=""), request.user, pk=pk)
    return FileResponse(diagnosis.report.open("rb"), as_attachment=True,
                        filename=PurePath(diagnosis.report.name).name)


@login_required
@require_POST
def diagnosis_delete(request, pk):
    diagnosis = get_editable_or_403(Diagnosis.objects.all(), request.user, pk=pk)
    enterprise_id = diagnosis.enterprise_id
    services.diagnosis_delete(diagnosis=diagnosis, acting_user=request.user)
    messages.success(request, _("已删除评估诊断"))
    return redirect("enterprises:enterprise_detail", enterprise_id)


@login_required
def project_edit(request, pk):
    project = get_editable_or_403(TransformationProject.objects.select_related("enterprise"), request.user, pk=pk)
    form = ProjectForm(request.POST or None, instance=project, zone_id=project.enterprise.zone_id)
    if request.method == "POST" and form.is_valid():
        values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            services.project_update(project=TransformationProject.objects.get(pk=pk), acting_user=request.user,
                                    expected_version=form.expected_version(), **values)
        except ValidationError as exc:  # StaleVersion too: the form shows whose edit came first
            form.add_error(None, exc)
        else:
            messages.success(request, _("已保存智改数转项目"))
            return redirect("enterprises:enterprise_detail", project.enterprise_id)
    return _form_page(request, form, title=_("修改智改数转项目：%(name)s") % {"name": project.name},
                      back=project.enterprise, extra={"audit_entries": entries_for(project)[:20]})


@login_required
def project_case_add(request, pk):
    project = get_editable_or_403(TransformationProject.objects.select_related("enterprise"), request.user, pk=pk)
    form = CaseForm(request.POST or None, initial={"title": project.name, "investment": project.actual_investment})
    if request.method == "POST" and form.is_valid() and _saved(form, lambda: services.case_save(
            project=project, acting_user=request.user, **form.cleaned_data), True):
        messages.success(request, _("已保存案例，待审核发布"))
        return redirect("transformation:case_list")
    return _form_page(request, form, title=_("撰写智改数转案例：%(name)s") % {"name": project.name},
                      back=project.enterprise)


@login_required
def case_list(request):
    access = _access(request)
    cases = selectors.cases_visible(request.user).order_by("-published_on", "-pk")
    page = Paginator(cases, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "transformation/case_list.html", {
        "page": page, "can_edit": edits_transformation(access), "review_form": CaseReviewForm(), "query": ""})


@login_required
def case_edit(request, pk):
    case = get_editable_or_403(TransformationCase.objects.select_related("project__enterprise"), request.user, pk=pk)
    form = CaseForm(request.POST or None, instance=case)
    if request.method == "POST" and form.is_valid() and _saved(form, lambda: services.case_save(
            project=case.project, case=TransformationCase.objects.get(pk=pk), acting_user=request.user,
            **form.cleaned_data), True):
        messages.success(request, _("已保存案例，待审核发布"))
        return redirect("transformation:case_list")
    return _form_page(request, form, title=_("修改案例：%(title)s") % {"title": case.title},
                      back=case.project.enterprise)


@login_required
@require_POST
def case_review(request, pk):
    case = get_editable_or_403(TransformationCase.objects.all(), request.user, pk=pk)
    form = CaseReviewForm(request.POST)
    if form.is_valid():
        services.case_review(case=case, acting_user=request.user, status=form.cleaned_data["status"])
        messages.success(request, _("已更新案例状态"))
    else:
        messages.error(request, _("请选择案例状态"))
    return redirect("transformation:case_list")


@login_required
def solution_list(request):
    access = _access(request)
    solutions = selectors.solutions_visible(request.user).order_by("industry", "name")
    page = Paginator(solutions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "transformation/solution_list.html", {
        "page": page, "can_edit": edits_transformation(access), "query": ""})


@login_required
def solution_create(request):
    access = _access(request)
    if not edits_transformation(access):
        raise PermissionDenied
    form = SolutionForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _saved(form, lambda: services.solution_save(
            zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user, **form.cleaned_data), True):
        messages.success(request, _("已保存解决方案"))
        return redirect("transformation:solution_list")
    return _form_page(request, form, title=_("新增“小快轻准”解决方案"), back=None)


@login_required
def solution_edit(request, pk):
    solution = get_editable_or_403(Solution.objects.all(), request.user, pk=pk)
    form = SolutionForm(request.POST or None, instance=solution)
    if request.method == "POST" and form.is_valid() and _saved(form, lambda: services.solution_save(
            zone=solution.zone, solution=Solution.objects.get(pk=pk), acting_user=request.user,
            **form.cleaned_data), True):
        messages.success(request, _("已保存解决方案"))
        return redirect("transformation:solution_list")
    return _form_page(request, form, title=_("修改解决方案：%(name)s") % {"name": solution.name}, back=None)


@login_required
def guide_list(request):
    access = _access(request)
    guides = list(selectors.guides_visible(request.user).order_by("industry"))
    if request.GET.get("export") == "docx":
        zone = Zone.objects.get(pk=access.zone_id)
        return file_response(exports.guides_docx(guides, zone_name=zone.name), "scene-guides.docx", DOCX)
    have = {g.industry for g in guides}
    return render(request, "transformation/guide_list.html", {
        "guides": guides, "can_edit": edits_transformation(access),
        "missing": [(value, label) for value, label in Industry.choices if value not in have]})


@login_required
def guide_edit(request, industry):
    access = _access(request)
    if industry not in Industry.values:
        raise Http404
    if not edits_transformation(access):
        raise PermissionDenied
    zone = Zone.objects.get(pk=access.zone_id)
    guide = SceneGuide.objects.filter(zone=zone, industry=industry).first()
    form = GuideForm(request.POST or None, instance=guide, zone_id=zone.pk)
    if request.method == "POST" and form.is_valid():
        values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            services.guide_save(zone=zone, industry=industry, acting_user=request.user,
                                expected_version=form.expected_version(), **values)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已保存场景指南"))
            return redirect("transformation:guide_list")
    return _form_page(request, form, title=_("编辑场景指南：%(industry)s") % {"industry": Industry(industry).label},
                      back=None)


@login_required
def import_template(request):
    _access(request)
    return _xlsx(imports.import_template(), "transformation-import-template.xlsx")


@login_required
def import_upload(request):
    access = _access(request)
    if not edits_transformation(access):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    reading = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            reading = services.transformation_import(zone=Zone.objects.get(pk=access.zone_id),
                                                     acting_user=request.user, data=upload.read(),
                                                     file_name=upload.name)
        except SheetFileError as exc:
            form.add_error("file", str(exc))
        else:
            if not reading.errors:
                messages.success(request, _("已导入 %(n)s 行") % {"n": reading.count})
                return redirect("transformation:pool")
    return render(request, "transformation/import.html", {"form": form, "reading": reading},
                  status=400 if form.errors or (reading and reading.errors) else 200)


@login_required
def pool_settings(request):
    """The zone's diagnosis validity (admins); who keeps the pool is shown here and set on the 维护部门 page."""
    access = require_role(request.user, Role.ADMIN)
    zone = Zone.objects.get(pk=access.zone_id)
    setting = TransformationSettings.objects.filter(zone=zone).first()
    form = SettingsForm(request.POST or None, initial={
        "diagnosis_validity_months": setting.diagnosis_validity_months if setting else None})
    if request.method == "POST" and form.is_valid():
        try:
            services.diagnosis_validity_set(zone=zone, acting_user=request.user,
                                            months=form.cleaned_data["diagnosis_validity_months"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已保存诊断有效期"))
            return redirect("transformation:pool")
    return render(request, "transformation/settings.html",
                  {"form": form, "keepers": keeper_departments(zone.pk, POOL)}, status=400 if form.errors else 200)
