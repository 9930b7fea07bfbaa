"""Pages: the registry list, 一企一档 profile, edits (pool keepers only), 一企一策 notes, 我包保的企业."""
import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.audit import entries_for
from actiondesk.core.filters import page_filterset
from actiondesk.core.panels import ENTERPRISE, render_panels
from actiondesk.core.params import int_param
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404, visible
from actiondesk.core.versioning import StaleVersion
from actiondesk.enterprises import selectors, services
from actiondesk.enterprises.choices import CertificationKind, Level
from actiondesk.enterprises.filters import EnterpriseFilterSet
from actiondesk.enterprises.forms import CertificationForm, EnterpriseForm, FiguresForm, PolicyNoteForm
from actiondesk.enterprises.ladders.rules import held_kinds
from actiondesk.enterprises.models import Enterprise, PolicyNote
from actiondesk.enterprises.models.permissions import keeps_pool
from actiondesk.enterprises.models.registry import FIGURE_FIELDS, EnterpriseYearFigures
from actiondesk.org.models import Zone

PAGE_SIZE = 50


def assessment_date(request) -> datetime.date:
    try:
        return datetime.date.fromisoformat(request.GET.get("on", ""))
    except ValueError:
        return datetime.date.today()


@login_required
def enterprise_list(request):
    filterset = page_filterset(EnterpriseFilterSet, request, selectors.enterprise_list(request.user))
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    access = access_for(request.user)
    alerts = selectors.expiry_alerts(access.zone_id, datetime.date.today().year) if access else []
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "enterprises/enterprise_list.html", {
        "page": page, "filterset": filterset, "can_edit_pool": keeps_pool(access), "alerts": alerts[:10],
        "is_admin": bool(access and access.is_admin), "alert_count": len(alerts), "query": query.urlencode()})


def _figures_view(figures: dict) -> tuple[list, dict]:
    years = sorted(figures)
    chart = {"years": [str(y) for y in years]}
    for field in ("revenue", "tax", "rnd_expense", "employees"):
        chart[field] = [None if figures[y][field] is None else float(figures[y][field]) for y in years]
    return [{"year": y, "values": [figures[y][f] for f in FIGURE_FIELDS]} for y in years], chart


def _ladders_view(positions: list[dict], held: set) -> list[dict]:
    out = []
    for position in positions:
        rungs = [{"label": rung["label"], "kind": rung["kind"], "held": rung["kind"] in held, "met": result.met,
                  "version": result.version} for rung, result in zip(position["rungs"], position["results"],
                                                                     strict=True)]
        nxt = position["next"]
        out.append({"name": position["name"], "code": position["code"], "rungs": rungs,
                    "held": next((r["label"] for r in rungs if r["kind"] == position["held"]), None),
                    "next": nxt and {"label": dict(CertificationKind.choices)[nxt.kind], "met": nxt.met,
                                     "version": nxt.version, "gaps": nxt.gaps,
                                     "unverified": any(c.rule["unverified"] for c in nxt.checks)}})
    return out


@login_required
def enterprise_detail(request, pk):
    enterprise = get_visible_or_404(Enterprise.objects.select_related("leader", "park"), request.user, pk=pk)
    on = assessment_date(request)
    figures = selectors.figures_by_year(enterprise)
    certifications = selectors.certifications_of(enterprise)
    positions = selectors.enterprise_positions(enterprise, on=on, figures=figures, certifications=certifications)
    rows, chart = _figures_view(figures)
    access = access_for(request.user)
    notes = list(enterprise.policy_notes.select_related("owner_department"))
    for note in notes:
        note.editable = access.is_admin or (access.is_department and note.owner_department_id == access.department_id)
    labels = dict(CertificationKind.choices)
    for cert in certifications:
        cert["label"] = labels.get(cert["kind"], cert["kind"])
        cert["level_label"] = str(dict(Level.choices).get(cert["level"], cert["level"] or ""))
        cert["validity"] = selectors.certificate_validity(cert["expires_on"], on)
    return render(request, "enterprises/enterprise_detail.html", {
        "enterprise": enterprise, "figure_rows": rows, "figure_fields": FIGURE_FIELDS, "chart": chart,
        "figure_labels": {f: EnterpriseYearFigures._meta.get_field(f).verbose_name for f in FIGURE_FIELDS},
        "certifications": certifications, "ladders": _ladders_view(positions, held_kinds(certifications, on)),
        "on": on, "notes": notes, "can_edit_pool": keeps_pool(access) and access.zone_id == enterprise.zone_id,
        "note_form": PolicyNoteForm(zone=enterprise.zone_id), "cert_form": CertificationForm(),
        "audit_entries": entries_for(enterprise)[:20], "panels": render_panels(ENTERPRISE, request, enterprise)})


@login_required
def enterprise_edit(request, pk=None):
    access = access_for(request.user)
    if pk is None:
        if not keeps_pool(access):
            raise PermissionDenied
        enterprise = None
    else:
        enterprise = get_editable_or_403(Enterprise.objects.all(), request.user, pk=pk)
    form = EnterpriseForm(request.POST or None, instance=enterprise, zone=access.zone_id)
    stale = None
    if request.method == "POST" and form.is_valid():
        values = {f: form.cleaned_data[f] for f in form.Meta.fields}
        try:
            if enterprise is None:
                enterprise = services.enterprise_create(zone=Zone.objects.get(pk=access.zone_id),
                                                        acting_user=request.user, **values)
            else:
                services.enterprise_update(enterprise=enterprise, acting_user=request.user,
                                           expected_version=form.expected_version(), **values)
        except StaleVersion as exc:
            # Show the other person's values (and the new version) beside what this user typed.
            stale = exc
            form = EnterpriseForm(instance=exc.current, zone=access.zone_id)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("已保存"))
            return redirect("enterprises:enterprise_detail", enterprise.pk)
    return render(request, "enterprises/enterprise_edit.html", {"form": form, "enterprise": enterprise,
                                                                "stale": stale}, status=409 if stale else 200)


@login_required
@require_POST
def certification_add(request, pk):
    enterprise = get_editable_or_403(Enterprise.objects.all(), request.user, pk=pk)
    form = CertificationForm(request.POST)
    if form.is_valid():
        try:
            services.certification_add(enterprise=enterprise, acting_user=request.user, **form.cleaned_data)
            messages.success(request, _("已添加资质"))
        except ValidationError as exc:
            messages.error(request, "; ".join(exc.messages))
    else:
        messages.error(request, _("资质信息有误：") + form.errors.as_text())
    return redirect("enterprises:enterprise_detail", enterprise.pk)


@login_required
def note_edit(request, pk, note_pk=None):
    access = access_for(request.user)
    if note_pk is None:
        enterprise = get_editable_or_403(Enterprise.objects.all(), request.user, pk=pk)
        note = None
    else:
        note = get_editable_or_403(PolicyNote.objects.select_related("enterprise"), request.user, pk=note_pk,
                                   enterprise_id=pk)
        enterprise = note.enterprise
    form = PolicyNoteForm(request.POST or None, instance=note, zone=access.zone_id)
    if request.method == "POST" and form.is_valid():
        services.policy_note_save(enterprise=enterprise, acting_user=request.user, note=note, **form.cleaned_data)
        messages.success(request, _("已保存一企一策"))
        return redirect("enterprises:enterprise_detail", enterprise.pk)
    return render(request, "enterprises/note_edit.html", {"form": form, "enterprise": enterprise, "note": note})


@login_required
def my_enterprises(request):
    """我包保的企业: the enterprises assigned to the signed-in leader, with their open 一企一策 items."""
    qs = visible(Enterprise.objects.filter(leader=request.user), request.user).select_related("park").prefetch_related(
        "policy_notes__owner_department")
    return render(request, "enterprises/my_enterprises.html", {"enterprises": qs})


@login_required
def figures_edit(request, pk):
    enterprise = get_editable_or_403(Enterprise.objects.all(), request.user, pk=pk)
    year = int_param(request.POST if request.method == "POST" else request.GET, "year",
                     datetime.date.today().year - 1, low=1990, high=2100)
    instance = EnterpriseYearFigures.objects.filter(enterprise=enterprise, year=year).first()
    form = FiguresForm(request.POST or None, instance=instance, initial={"year": year})
    if request.method == "POST" and form.is_valid():
        values = {f: form.cleaned_data[f] for f in FIGURE_FIELDS}
        services.figures_save(enterprise=enterprise, year=form.cleaned_data["year"], acting_user=request.user,
                              **values)
        return redirect("enterprises:enterprise_detail", enterprise.pk)
    return render(request, "enterprises/figures_edit.html", {"form": form, "enterprise": enterprise})
