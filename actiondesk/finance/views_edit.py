"""金融+ forms as pages: record or change a fund or sub-fund, a fund investment, a 政银企对接 event, a loan, a risk
pool, pay a compensation, record or change a listing rung. Thin: fetch through core.scoping, call the service
(which checks the user again), redirect to the dashboard. One page serves recording and changing each kind."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from actiondesk.core.access import access_for
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404
from actiondesk.finance import forms, services, services_edit
from actiondesk.finance.models import (
    FundInvestment,
    GuidanceFund,
    ListingStep,
    Loan,
    MatchmakingEvent,
    RiskPool,
)
from actiondesk.org.models import Zone


def may_record(access) -> bool:
    """Admins and a keeper department's staff record new 金融+ rows (services._keeper decides the same)."""
    if access is None:
        return False
    if access.is_admin:
        return True
    if not access.is_department:
        return False
    owner = services.finance_department(access.zone_id, access)
    return owner is not None and access.department_id == owner.pk


def _recorder(request):
    access = access_for(request.user)
    if not may_record(access):
        raise PermissionDenied
    return access


def _page(request, form, *, title: str, save, done: str = "finance:dashboard"):
    if request.method == "POST" and form.is_valid():
        try:
            save(dict(form.cleaned_data))
        except ValidationError as exc:
            if hasattr(exc, "error_dict") and set(exc.error_dict) <= set(form.fields):
                form.add_error(None, exc)
            else:
                form.add_error(None, exc.messages)
        else:
            messages.success(request, _("已保存"))
            return redirect(done)
    return render(request, "finance/form.html", {"form": form, "title": title},
                  status=400 if form.errors else 200)


def _fresh(obj):
    """A copy for the form to validate into, so the service's before-snapshot is the stored row."""
    return type(obj)._default_manager.get(pk=obj.pk)


@login_required
def fund_edit(request, pk=None):
    if pk is None:
        access = _recorder(request)
        form = forms.FundForm(request.POST or None, zone_id=access.zone_id)
        return _page(request, form, title=_("新增引导基金/子基金"), save=lambda v: services.fund_create(
            zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user, **v))
    fund = get_editable_or_403(GuidanceFund.objects.all(), request.user, pk=pk)
    form = forms.FundForm(request.POST or None, instance=_fresh(fund), zone_id=fund.zone_id)
    return _page(request, form, title=_("修改基金：%(name)s") % {"name": fund.name},
                 save=lambda v: services_edit.fund_update(fund=fund, acting_user=request.user, **v))


@login_required
def investment_add(request, fund_pk):
    fund = get_editable_or_403(GuidanceFund.objects.all(), request.user, pk=fund_pk)
    form = forms.InvestmentForm(request.POST or None, zone_id=fund.zone_id)
    return _page(request, form, title=_("登记基金投资：%(name)s") % {"name": fund.name},
                 save=lambda v: services.fund_invest(fund=fund, acting_user=request.user, **v))


@login_required
def investment_edit(request, pk):
    investment = get_editable_or_403(FundInvestment.objects.select_related("fund"), request.user, pk=pk)
    form = forms.InvestmentForm(request.POST or None, instance=_fresh(investment), zone_id=investment.fund.zone_id)
    return _page(request, form, title=_("修改基金投资：%(name)s") % {"name": investment.fund.name},
                 save=lambda v: services_edit.investment_update(investment=investment, acting_user=request.user, **v))


@login_required
def event_edit(request, pk=None):
    if pk is None:
        access = _recorder(request)
        form = forms.EventForm(request.POST or None, zone_id=access.zone_id)
        return _page(request, form, title=_("登记政银企对接活动"), save=lambda v: services.event_create(
            zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user, **v))
    event = get_editable_or_403(MatchmakingEvent.objects.all(), request.user, pk=pk)
    form = forms.EventForm(request.POST or None, instance=_fresh(event), zone_id=event.zone_id)
    return _page(request, form, title=_("修改对接活动：%(name)s") % {"name": event.name},
                 save=lambda v: services_edit.event_update(event=event, acting_user=request.user, **v))


@login_required
def loan_edit(request, pk=None):
    if pk is None:
        access = _recorder(request)
        form = forms.LoanForm(request.POST or None, zone_id=access.zone_id)
        return _page(request, form, title=_("登记贷款"), save=lambda v: services.loan_record(
            zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user, **v))
    loan = get_editable_or_403(Loan.objects.all(), request.user, pk=pk)
    form = forms.LoanForm(request.POST or None, instance=_fresh(loan), zone_id=loan.zone_id)
    return _page(request, form, title=_("修改贷款：%(bank)s") % {"bank": loan.bank},
                 save=lambda v: services_edit.loan_update(loan=loan, acting_user=request.user, **v))


@login_required
def pool_edit(request, pk=None):
    if pk is None:
        access = _recorder(request)
        form = forms.PoolForm(request.POST or None, zone_id=access.zone_id)
        return _page(request, form, title=_("设立风险补偿资金池"), save=lambda v: services.pool_create(
            zone=Zone.objects.get(pk=access.zone_id), acting_user=request.user, **v))
    pool = get_editable_or_403(RiskPool.objects.all(), request.user, pk=pk)
    form = forms.PoolForm(request.POST or None, instance=_fresh(pool), zone_id=pool.zone_id)
    return _page(request, form, title=_("修改资金池：%(name)s") % {"name": pool.name},
                 save=lambda v: services_edit.pool_update(pool=pool, acting_user=request.user, **v))


@login_required
def compensation_add(request, loan_pk):
    """The pool pays for a covered loan's loss: the pool's keeper (not the loan's) decides."""
    loan = get_visible_or_404(Loan.objects.select_related("pool", "enterprise"), request.user, pk=loan_pk)
    if loan.pool_id is None:  # only a loan under the pool's cover is compensated
        raise Http404
    get_editable_or_403(RiskPool.objects.all(), request.user, pk=loan.pool_id)
    form = forms.CompensationForm(request.POST or None)
    return _page(request, form, title=_("风险补偿：%(enterprise)s · %(bank)s") % {
        "enterprise": loan.enterprise.name, "bank": loan.bank},
        save=lambda v: services.compensation_pay(loan=loan, acting_user=request.user, **v))


@login_required
def listing_edit(request, pk=None):
    if pk is None:
        access = _recorder(request)
        form = forms.ListingStepForm(request.POST or None, zone_id=access.zone_id)
        return _page(request, form, title=_("登记上市梯度"), save=lambda v: services.listing_step_record(
            acting_user=request.user, **v))
    step = get_editable_or_403(ListingStep.objects.select_related("enterprise"), request.user, pk=pk)
    form = forms.ListingStepForm(request.POST or None, zone_id=step.enterprise.zone_id, fixed=True, initial={
        "enterprise": step.enterprise.credit_code, "stage": step.stage, "exchange": step.exchange,
        "reached_on": step.reached_on, "note": step.note})
    return _page(request, form, title=_("修改上市梯度：%(name)s") % {"name": step.enterprise.name},
                 save=lambda v: services.listing_step_record(acting_user=request.user, **v))
