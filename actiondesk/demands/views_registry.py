"""Policies (matching, 免申即享 lists), the 拖欠账款 ledger, portal accounts, figure requests and the zone's settings."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.downloads import xlsx_response
from actiondesk.core.filters import invalid_filters_response, page_filterset, valid_filterset
from actiondesk.core.params import int_param
from actiondesk.core.scoping import can_edit, editable, get_editable_or_403, get_visible_or_404, visible
from actiondesk.demands import exports, selectors, services_portal, services_registry
from actiondesk.demands.calendar import demand_settings
from actiondesk.demands.choices import RegistrationStatus
from actiondesk.demands.filters import ArrearFilterSet, PolicyFilterSet
from actiondesk.demands.forms import (
    ArrearForm,
    CategoryForm,
    ContactForm,
    FigureRequestForm,
    HolidayForm,
    PolicyForm,
    RepaymentForm,
    SettingsForm,
)
from actiondesk.demands.matching import describe
from actiondesk.demands.models import (
    Arrear,
    DemandCategory,
    FigureRequest,
    Holiday,
    Policy,
    PolicyBeneficiary,
    PortalContact,
    PortalRegistration,
)
from actiondesk.demands.views import staff_access
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.models import Zone


def _save(request, form, call, ok, target, **kwargs):
    """Run ``call`` when the form is valid; a service's ValidationError shows on the form."""
    if request.method == "POST" and form.is_valid():
        try:
            call(form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, ok)
            return redirect(target, **kwargs)
    return None


@login_required
def policy_list(request):
    access = staff_access(request)
    filterset = page_filterset(PolicyFilterSet, request, visible(Policy.objects.all(), request.user))
    page = Paginator(filterset.qs.select_related("department"), 50).get_page(request.GET.get("page"))
    return render(request, "demands/policy_list.html", {"filterset": filterset, "page": page,
                                                        "may_add": access.is_admin or access.is_department})


@login_required
def policy_create(request):
    access = staff_access(request)
    if not (access.is_admin or access.is_department):
        raise PermissionDenied
    form = PolicyForm(request.POST or None, zone_id=access.zone_id,
                      initial={"department": access.department_id})
    zone = Zone.objects.get(pk=access.zone_id)
    done = _save(request, form, lambda d: services_registry.policy_save(zone=zone, acting_user=request.user, **d),
                 _("已保存政策"), "demands:policy_list")
    return done or render(request, "demands/simple_form.html", {"form": form, "title": _("发布政策")})


@login_required
def policy_detail(request, pk):
    staff_access(request)
    policy = get_visible_or_404(Policy.objects.select_related("department"), request.user, pk=pk)
    today = timezone.localdate()
    matching = Enterprise.objects.filter(pk__in=selectors.matching_enterprise_ids(policy, today=today))
    return render(request, "demands/policy_detail.html", {
        "policy": policy, "conditions": describe(policy.conditions), "matching": matching.order_by("name")[:300], "matching_count": matching.count(),
        "beneficiaries": policy.beneficiaries.select_related("enterprise").order_by("enterprise__name")[:300],
        "may_edit": can_edit(request.user, policy)})


@login_required
@require_POST
def policy_propose(request, pk):
    staff_access(request)
    policy = get_editable_or_403(Policy.objects.all(), request.user, pk=pk)
    try:
        n = services_registry.beneficiaries_propose(policy=policy, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, _("已生成名单，新增 %(n)s 家") % {"n": n})
    return redirect("demands:policy_detail", pk=policy.pk)


@login_required
@require_POST
def beneficiary_decide(request, pk):
    staff_access(request)
    beneficiary = get_editable_or_403(PolicyBeneficiary.objects.all(), request.user, pk=pk)
    services_registry.beneficiary_decide(beneficiary=beneficiary, confirm=request.POST.get("confirm") == "1",
                                         acting_user=request.user)
    return redirect("demands:policy_detail", pk=beneficiary.policy_id)


@login_required
def arrear_list(request):
    access = staff_access(request)
    arrears = visible(Arrear.objects.all(), request.user)
    if request.GET.get("export") == "xlsx":
        try:
            filterset = valid_filterset(ArrearFilterSet, request.GET, arrears, request=request)
        except ValidationError as exc:
            return invalid_filters_response(exc)
        return xlsx_response(exports.arrears_export(selectors.arrear_rows(filterset.qs)), "arrears.xlsx")
    filterset = page_filterset(ArrearFilterSet, request, arrears)
    page = Paginator(selectors.arrear_rows(filterset.qs), 50).get_page(request.GET.get("page"))
    year = int_param(request.GET, "year", timezone.localdate().year, low=2000, high=2100)
    # Only rows the user may repay get the link: the others would answer 403.
    repayable = set(editable(Arrear.objects.filter(pk__in=[a.pk for a in page]), request.user)
                    .values_list("pk", flat=True))
    return render(request, "demands/arrear_list.html", {
        "filterset": filterset, "page": page, "summary": selectors.arrears_summary(access.zone_id, year),
        "year": year, "may_add": access.is_admin or access.is_department, "repayable": repayable})


@login_required
def arrear_create(request):
    access = staff_access(request)
    if not (access.is_admin or access.is_department):
        raise PermissionDenied
    form = ArrearForm(request.POST or None, zone_id=access.zone_id, initial={"department": access.department_id})
    done = _save(request, form, lambda d: services_registry.arrear_create(acting_user=request.user, **d),
                 _("已登记拖欠账款"), "demands:arrear_list")
    return done or render(request, "demands/simple_form.html", {"form": form, "title": _("登记拖欠账款")})


@login_required
def repayment_add(request, pk):
    staff_access(request)
    arrear = get_editable_or_403(Arrear.objects.select_related("enterprise"), request.user, pk=pk)
    form = RepaymentForm(request.POST or None, initial={"paid_on": timezone.localdate()})
    done = _save(request, form, lambda d: services_registry.repayment_record(arrear=arrear, acting_user=request.user,
                                                                             **d),
                 _("已登记还款"), "demands:arrear_list")
    return done or render(request, "demands/simple_form.html", {
        "form": form, "title": _("登记还款：%(debtor)s → %(enterprise)s") % {
            "debtor": arrear.debtor, "enterprise": arrear.enterprise.name}})


@login_required
def accounts(request):
    access = staff_access(request)
    if not access.is_admin:
        raise PermissionDenied
    form = ContactForm(request.POST or None, zone_id=access.zone_id)
    done = _save(request, form, lambda d: services_portal.contact_create(acting_user=request.user, **d),
                 _("已开通企业账号"), "demands:accounts")
    return done or render(request, "demands/accounts.html", {
        "form": form, "contacts": visible(PortalContact.objects.select_related("user", "enterprise"),
                                          request.user).order_by("enterprise__name")[:300],
        "registrations": visible(PortalRegistration.objects.filter(status=RegistrationStatus.PENDING),
                                 request.user)[:100]})


@login_required
@require_POST
def registration_decide(request, pk):
    staff_access(request)
    registration = get_editable_or_403(PortalRegistration.objects.all(), request.user, pk=pk)
    try:
        services_portal.registration_decide(registration=registration, approve=request.POST.get("approve") == "1",
                                            note=request.POST.get("note", "")[:200], acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, _("已处理注册申请"))
    return redirect("demands:accounts")


@login_required
def figure_requests(request):
    access = staff_access(request)
    form = FigureRequestForm(request.POST or None, zone_id=access.zone_id)
    if request.method == "POST" and not (access.is_admin or access.is_department):
        raise PermissionDenied
    done = _save(request, form, lambda d: services_portal.figure_request_create(acting_user=request.user, **d),
                 _("已发出报送请求"), "demands:figure_requests")
    requests = visible(FigureRequest.objects.select_related("enterprise", "department"), request.user)
    return done or render(request, "demands/figure_requests.html", {
        "form": form if access.is_admin or access.is_department else None, "requests": requests[:200]})


@login_required
def zone_settings(request):
    access = staff_access(request)
    zone = Zone.objects.get(pk=access.zone_id)
    current = demand_settings(zone.pk)
    forms_ = {
        "settings": SettingsForm(request.POST if request.POST.get("form") == "settings" else None, initial={
            "order_after_days": current.order_after_days, "leaders_after_days": current.leaders_after_days,
            "visit_every_days": current.visit_every_days}),
        "category": CategoryForm(request.POST if request.POST.get("form") == "category" else None,
                                 zone_id=zone.pk, initial={"accept_days": 5, "resolve_days": 30}),
        "holiday": HolidayForm(request.POST if request.POST.get("form") == "holiday" else None),
    }
    if request.method == "POST":
        if not access.is_admin:
            raise PermissionDenied
        calls = {
            "settings": lambda d: services_registry.settings_save(zone=zone, acting_user=request.user, **d),
            "category": lambda d: services_registry.category_save(zone=zone, acting_user=request.user, **d),
            "holiday": lambda d: services_registry.holiday_set(zone=zone, acting_user=request.user, **d),
        }
        which = request.POST.get("form")
        if which in calls:
            done = _save(request, forms_[which], calls[which], _("已保存"), "demands:settings")
            if done:
                return done
    return render(request, "demands/settings.html", {
        "forms": forms_ if access.is_admin else None, "settings": current,
        "categories": DemandCategory.objects.filter(zone=zone).select_related("owner", "leader_in_charge"),
        "holidays": Holiday.objects.filter(zone=zone, day__year__gte=timezone.localdate().year - 1)})
