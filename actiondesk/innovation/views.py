"""Innovation pages: the overview, achievements, technology contracts, the 场景项目库 with suggestions,
对接 records and the talent map. Thin: reads from selectors, writes through services."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.downloads import xlsx_response
from actiondesk.core.filters import filtered, invalid_filters_response, page_filterset
from actiondesk.core.jobs import JobBusy
from actiondesk.core.params import YEAR_MAX, YEAR_MIN, int_param
from actiondesk.core.scoping import can_edit, get_editable_or_403, get_visible_or_404, visible
from actiondesk.enterprises.models import Enterprise
from actiondesk.innovation import selectors, services, services_scenes, spreadsheets
from actiondesk.innovation.choices import Decision, KeeperArea, SceneKind
from actiondesk.innovation.filters import (
    AchievementFilterSet,
    ContractFilterSet,
    DockingFilterSet,
    SceneFilterSet,
)
from actiondesk.innovation.forms import (
    AchievementForm,
    AdoptionForm,
    BenchmarkForm,
    EventForm,
    PlatformForm,
    SceneForm,
    SceneStateForm,
    StageForm,
    UploadForm,
)
from actiondesk.innovation.jobs import contracts_import_start
from actiondesk.innovation.models import (
    Achievement,
    Docking,
    Event,
    Platform,
    SceneItem,
    TechContract,
    keeps,
)
from actiondesk.org.models import Zone


def _access(request):
    access = access_for(request.user)
    if access is None:
        raise PermissionDenied
    return access


def _year(request) -> int:
    return int_param(request.GET, "year", timezone.localdate().year, low=YEAR_MIN, high=YEAR_MAX)


@login_required
def dashboard(request):
    access = _access(request)
    year = _year(request)
    achievements = visible(Achievement.objects.all(), request.user)
    return render(request, "innovation/dashboard.html", {
        "year": year, "months": selectors.contract_growth_by_month(access.zone_id, year),
        "achievements": achievements.count(), "high_value": achievements.filter(is_high_value=True).count(),
        "platforms": visible(Platform.objects.all(), request.user).order_by("kind", "name")[:50],
        "events": visible(Event.objects.all(), request.user).filter(held_on__year=year)[:50],
        "can_create": keeps(access, KeeperArea.REGISTRY), "is_admin": access.is_admin,
    })


@login_required
def achievement_list(request):
    _access(request)
    filterset = page_filterset(AchievementFilterSet, request, visible(Achievement.objects.all(), request.user))
    rows = filterset.qs.select_related("chain").order_by("code")[:500]
    return render(request, "innovation/achievement_list.html", {
        "filterset": filterset, "achievements": rows,
        "can_create": keeps(access_for(request.user), KeeperArea.REGISTRY)})


@login_required
def achievement_export(request):
    _access(request)
    try:
        qs = filtered(AchievementFilterSet, request.GET, visible(Achievement.objects.all(), request.user),
                      request=request)
    except ValidationError as exc:
        return invalid_filters_response(exc)
    return xlsx_response(spreadsheets.achievements_export(qs.order_by("code")), "achievements.xlsx")


def _achievement_page(request, achievement, form=None, status=200):
    return render(request, "innovation/achievement_detail.html", {
        "achievement": achievement, "events": achievement.stage_events.select_related("recorded_by"),
        "adoptions": achievement.adoptions.select_related("enterprise"), "can_edit": can_edit(request.user, achievement),
        "form": form or StageForm(initial={"on": timezone.localdate()}), "audit_entries": entries_for(achievement)[:20],
        "adopt_form": AdoptionForm(initial={"adopted_on": timezone.localdate()}),
    }, status=status)


@login_required
def achievement_detail(request, pk):
    achievement = get_visible_or_404(Achievement.objects.select_related("chain"), request.user, pk=pk)
    return _achievement_page(request, achievement)


@login_required
@require_POST
def achievement_stage(request, pk):
    achievement = get_editable_or_403(Achievement.objects.select_related("chain"), request.user, pk=pk)
    form = StageForm(request.POST)
    if form.is_valid():
        try:
            services.achievement_advance(achievement=achievement, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("已记录阶段"))
            return redirect("innovation:achievement_detail", achievement.pk)
    return _achievement_page(request, achievement, form, status=400)


def _contracts_page(request, form=None, status=200):
    access = _access(request)
    filterset = page_filterset(ContractFilterSet, request, visible(TechContract.objects.all(), request.user))
    return render(request, "innovation/contract_list.html", {
        "filterset": filterset, "contracts": filterset.qs.order_by("-signed_on", "number")[:500],
        "form": form or UploadForm(),
        "can_import": keeps(access, KeeperArea.REGISTRY)}, status=status)


@login_required
def contract_list(request):
    return _contracts_page(request)


@login_required
def contract_template(request):
    _access(request)
    return xlsx_response(spreadsheets.contracts_template(), "tech-contracts-template.xlsx")


@login_required
def contract_export(request):
    _access(request)
    try:
        qs = filtered(ContractFilterSet, request.GET, visible(TechContract.objects.all(), request.user),
                      request=request)
    except ValidationError as exc:
        return invalid_filters_response(exc)
    return xlsx_response(spreadsheets.contracts_export(qs.order_by("-signed_on", "number")), "tech-contracts.xlsx")


@login_required
@require_POST
def contract_import(request):
    """The upload is checked (type, size, zip limits) here; a worker reads and writes it (jobs.py)."""
    access = _access(request)
    if not keeps(access, KeeperArea.REGISTRY):
        raise PermissionDenied
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _contracts_page(request, form, status=400)
    upload = form.cleaned_data["file"]
    try:
        job = contracts_import_start(zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user,
                                     file_name=upload.name, data=upload.read())
    except JobBusy as exc:
        form.add_error("file", str(exc))
        return _contracts_page(request, form, status=400)
    return redirect("jobs:job_detail", job.pk)


@login_required
def scene_list(request):
    access = _access(request)
    filterset = page_filterset(SceneFilterSet, request, visible(SceneItem.objects.all(), request.user))
    return render(request, "innovation/scene_list.html", {
        "filterset": filterset, "scenes": filterset.qs.select_related("department")[:500],
        "can_create": keeps(access, KeeperArea.SCENES)})


@login_required
def scene_create(request):
    access = _access(request)
    if not keeps(access, KeeperArea.SCENES):
        raise PermissionDenied
    form = SceneForm(request.POST or None, initial={"kind": request.GET.get("kind", SceneKind.DEMAND)})
    if request.method == "POST" and form.is_valid():
        try:
            scene = services_scenes.scene_create(zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user,
                                          **form.cleaned_data)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("已入库"))
            return redirect("innovation:scene_detail", scene.pk)
    return render(request, "innovation/scene_form.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def scene_detail(request, pk):
    scene = get_visible_or_404(SceneItem.objects.select_related("department", "chain"), request.user, pk=pk)
    dockings = visible(Docking.objects.all(), request.user).filter(
        demand=scene) | visible(Docking.objects.all(), request.user).filter(supply=scene)
    return render(request, "innovation/scene_detail.html", {
        "scene": scene, "suggestions": selectors.suggestions_for(scene), "can_edit": can_edit(request.user, scene),
        "dockings": dockings.select_related("demand", "supply"), "benchmark_form": BenchmarkForm(
            initial={"on": timezone.localdate()}), "audit_entries": entries_for(scene)[:20],
        "state_form": SceneStateForm(initial={"state": scene.state}), "ACCEPTED": Decision.ACCEPTED, "REJECTED": Decision.REJECTED,
    })


@login_required
@require_POST
def scene_decide(request, pk, other_pk):
    scene = get_editable_or_403(SceneItem.objects.all(), request.user, pk=pk)
    match = get_visible_or_404(SceneItem.objects.all(), request.user, pk=other_pk)
    decision = request.POST.get("decision", "")
    demand, supply = (scene, match) if scene.kind == SceneKind.DEMAND else (match, scene)
    explained = next((s.suggestion for s in selectors.suggestions_for(scene, k=20) if s.scene.pk == match.pk), None)
    try:
        services_scenes.match_decide(demand=demand, supply=supply, decision=decision, acting_user=request.user,
                              score=explained.score if explained else 0,
                              terms=explained.term_list if explained else (),
                              reasons=explained.reasons if explained else ())
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, _("已采纳，生成对接记录") if decision == Decision.ACCEPTED else _("已否决该建议"))
    return redirect("innovation:scene_detail", scene.pk)


@login_required
@require_POST
def scene_benchmark(request, pk):
    scene = get_editable_or_403(SceneItem.objects.all(), request.user, pk=pk)
    form = BenchmarkForm(request.POST)
    if form.is_valid():
        try:
            services_scenes.scene_select_benchmark(scene=scene, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
        else:
            messages.success(request, _("已入选标杆场景"))
    else:
        messages.error(request, _("请填写入选日期和标杆案例说明"))
    return redirect("innovation:scene_detail", scene.pk)


@login_required
def docking_list(request):
    _access(request)
    filterset = page_filterset(DockingFilterSet, request, visible(Docking.objects.all(), request.user))
    return render(request, "innovation/docking_list.html", {
        "filterset": filterset,
        "dockings": filterset.qs.select_related("demand__department", "supply__department")[:500]})


@login_required
def talent_map(request):
    _access(request)
    year = _year(request)
    return render(request, "innovation/talent_map.html", {
        "year": year, "talent": selectors.talent_map(request.user, year), "form": UploadForm(),
        "can_import": keeps(access_for(request.user), KeeperArea.REGISTRY)})


def _keeper_zone(request, area) -> Zone:
    access = _access(request)
    if not keeps(access, area):
        raise PermissionDenied
    return Zone.objects.get(pk=access.zone_id)


def _create(request, form_class, create, *, title, done, area=KeeperArea.REGISTRY):
    """A create page: the form, then the service; a refused value shows on the form."""
    zone = _keeper_zone(request, area)
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = create(zone=zone, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("已保存"))
            return done(created)
    return render(request, "innovation/form.html", {"form": form, "title": title},
                  status=400 if form.errors else 200)


@login_required
def achievement_create(request):
    return _create(request, AchievementForm, services.achievement_create, title=_("登记科技成果"),
                   done=lambda a: redirect("innovation:achievement_detail", a.pk))


@login_required
def platform_create(request):
    return _create(request, PlatformForm, services.platform_create, title=_("登记创新或中试平台"),
                   done=lambda _p: redirect("innovation:dashboard"))


@login_required
def event_create(request):
    return _create(request, EventForm, services.event_create, title=_("登记路演或对接活动"),
                   done=lambda _e: redirect("innovation:dashboard"))


@login_required
@require_POST
def achievement_adopt(request, pk):
    achievement = get_editable_or_403(Achievement.objects.all(), request.user, pk=pk)
    form = AdoptionForm(request.POST)
    enterprise = None
    if form.is_valid():
        enterprise = visible(Enterprise.objects.all(), request.user).filter(
            credit_code=form.cleaned_data["credit_code"].strip().upper()).first()
    if enterprise is None:
        messages.error(request, _("没有找到该统一社会信用代码的企业"))
    else:
        try:
            services.achievement_adopt(achievement=achievement, enterprise=enterprise, acting_user=request.user,
                                       adopted_on=form.cleaned_data["adopted_on"],
                                       is_local=form.cleaned_data["is_local"])
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
        else:
            messages.success(request, _("已记录承接企业"))
    return redirect("innovation:achievement_detail", achievement.pk)


@login_required
@require_POST
def scene_state(request, pk):
    scene = get_editable_or_403(SceneItem.objects.all(), request.user, pk=pk)
    form = SceneStateForm(request.POST)
    if form.is_valid():
        services_scenes.scene_set_state(scene=scene, state=form.cleaned_data["state"], acting_user=request.user)
        messages.success(request, _("已更新状态"))
    else:
        messages.error(request, _("请选择状态"))
    return redirect("innovation:scene_detail", scene.pk)


@login_required
def talent_template(request):
    _access(request)
    return xlsx_response(spreadsheets.talent_template(), "talent-template.xlsx")


@login_required
@require_POST
def talent_import(request):
    zone = _keeper_zone(request, KeeperArea.REGISTRY)
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        chains = dict(zone.chains.values_list("name", "pk"))
        try:
            reading = spreadsheets.read_talent(upload.read(), chains=chains, file_name=upload.name)
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
            return redirect("innovation:talent_map")
        if reading.errors:
            for error in reading.errors[:20]:
                messages.error(request, _("第%(row)s行 %(column)s「%(value)s」：%(reason)s") % {
                    "row": error.row, "column": error.column, "value": error.value, "reason": error.reason})
            return redirect("innovation:talent_map")
        result = services.talent_import_save(zone=zone, rows=reading.rows, acting_user=request.user,
                                             file_name=upload.name, sha256=reading.sha256)
        messages.success(request, _("已导入产业人才：%(created)s 行") % result)
    else:
        messages.error(request, _("请选择 .xlsx 文件"))
    return redirect("innovation:talent_map")
