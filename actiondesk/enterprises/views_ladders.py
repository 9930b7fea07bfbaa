"""Ladder pages: the criteria with their versions and evidence (admins edit), candidate pools, alerts."""
import datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render

from actiondesk.core.access import access_for
from actiondesk.core.scoping import get_editable_or_403
from actiondesk.enterprises import selectors, services
from actiondesk.enterprises.choices import CertificationKind
from actiondesk.enterprises.forms import CriterionForm
from actiondesk.enterprises.ladders.wording import vocabulary
from actiondesk.enterprises.models import Criterion

PAGE_SIZE = 50
KIND_LABELS = dict(CertificationKind.choices)


@login_required
def ladder_list(request):
    access = access_for(request.user)
    today = datetime.date.today()
    alerts = selectors.expiry_alerts(access.zone_id, today.year)
    return render(request, "enterprises/ladders.html", {
        "ladders": selectors.ladders_as_dicts(access.zone_id), "can_edit": access.is_admin, "today": today,
        "due": [c for c in alerts if c.expires_on >= today], "expired": [c for c in alerts if c.expires_on < today]})


@login_required
def criterion_edit(request, pk):
    criterion = get_editable_or_403(Criterion.objects.all(), request.user, pk=pk)
    form = CriterionForm(request.POST or None, instance=criterion)
    if request.method == "POST" and form.is_valid():
        try:
            services.criterion_update(criterion=Criterion.objects.get(pk=pk), acting_user=request.user,
                                      **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("enterprises:ladder_list")
    return render(request, "enterprises/criterion_edit.html",
                  {"form": form, "criterion": criterion, "vocabulary": vocabulary()})


@login_required
def candidates(request, kind):
    if kind not in KIND_LABELS:
        raise Http404
    access = access_for(request.user)
    if access is None:
        raise Http404
    on = datetime.date.today()
    try:
        on = datetime.date.fromisoformat(request.GET.get("on", ""))
    except ValueError:
        pass
    rule_set, ids = selectors.candidate_ids(access.zone_id, kind, on=on)
    page = Paginator(ids, PAGE_SIZE).get_page(request.GET.get("page"))
    pool = selectors.explain_candidates(list(page.object_list), kind, rule_set, on=on) if rule_set else []
    return render(request, "enterprises/candidates.html", {
        "pool": pool, "page": page, "kind_label": KIND_LABELS[kind], "on": on,
        "offset": page.start_index() - 1 if ids else 0})
