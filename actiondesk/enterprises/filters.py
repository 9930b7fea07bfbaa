"""The one filter definition for the enterprise list: the page, the API and the Excel export all use it."""
import datetime

from django.db.models import Exists, OuterRef, Q

from actiondesk.enterprises.choices import CertificationKind, ScaleStatus
from actiondesk.enterprises.models import Certification

FILTER_KEYS = ("q", "park", "section", "scale", "kind", "leader")


def clean_filters(params) -> dict:
    """Known, non-empty filter values from a QueryDict or dict."""
    values = {k: (params.get(k) or "").strip() for k in FILTER_KEYS}
    if values["scale"] and values["scale"] not in dict(ScaleStatus.choices) and values["scale"] != "none":
        values["scale"] = ""
    if values["kind"] and values["kind"] not in dict(CertificationKind.choices):
        values["kind"] = ""
    return {k: v for k, v in values.items() if v}


def apply_filters(qs, params, *, today: datetime.date | None = None):
    f = clean_filters(params)
    if "q" in f:
        qs = qs.filter(Q(name__icontains=f["q"]) | Q(credit_code__icontains=f["q"]) | Q(former_names__icontains=f["q"]))
    if "park" in f:
        qs = qs.filter(park=f["park"])
    if "section" in f:
        qs = qs.filter(industry_section=f["section"][:1].upper())
    if "scale" in f:
        qs = qs.filter(scale_status="" if f["scale"] == "none" else f["scale"])
    if "kind" in f:
        on = today or datetime.date.today()
        valid = Certification.objects.filter(enterprise=OuterRef("pk"), kind=f["kind"], granted_on__lte=on).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=on))
        qs = qs.filter(Exists(valid))
    if "leader" in f and f["leader"].isdigit():
        qs = qs.filter(leader_id=int(f["leader"]))
    return qs
