"""The enterprises' panels on park pages (``core.panels``): 亩均效益 by park on the registry, and on a park's
page its 亩均 figures of the year with the enterprises on its land."""
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone

from actiondesk.core.panels import PARK, PARK_LIST, register_panel
from actiondesk.core.params import YEAR_MAX, YEAR_MIN, int_param
from actiondesk.core.scoping import can_edit
from actiondesk.enterprises import park_yield
from actiondesk.enterprises.forms import TenancyForm
from actiondesk.enterprises.models import ParkTenancy

TENANTS_SHOWN = 50


def _year(request) -> int:
    return int_param(request.GET, "year", timezone.localdate().year, low=YEAR_MIN, high=YEAR_MAX)


def _number(value):
    return None if value is None else float(value)


def park_list_panel(request, parks) -> str:
    year = _year(request)
    parks = list(parks.only("pk", "name"))
    yields = park_yield.park_yields([p.pk for p in parks], year)
    rows = [{"park": p, "yield": yields[p.pk]} for p in parks if p.pk in yields]
    chart = [{"name": r["park"].name, "output": _number(r["yield"].output_per_mu), "tax": _number(r["yield"].tax_per_mu),
              "energy": _number(r["yield"].energy_per_mu)} for r in rows]
    return render_to_string("enterprises/_park_yields.html", {"rows": rows, "year": year, "chart": chart})


def park_panel(request, park) -> str:
    year = _year(request)
    result = park_yield.park_yields([park.pk], year).get(park.pk)
    tenancies = (ParkTenancy.objects.filter(park=park).select_related("enterprise")
                 .order_by("moved_out_on", "-area_mu", "pk")[:TENANTS_SHOWN])
    return render_to_string("enterprises/_park_tenants.html", {
        "park": park, "year": year, "result": result, "tenancies": tenancies,
        "tenants": ParkTenancy.objects.filter(park=park, moved_out_on__isnull=True).count(),
        "can_edit": can_edit(request.user, park), "form": TenancyForm(),
        # The token alone, not the request: rendering with the request would run every context processor again.
        "csrf_token": get_token(request)})


def register() -> None:
    register_panel(PARK_LIST, park_list_panel)
    register_panel(PARK, park_panel)
