"""Reads for demands, 包保, policies and arrears: lists, statistics, coverage, the leader's page, the scores.

``department_scores(zone_id, start, end)`` is the demands' share of the 督导考核 score (see its docstring)."""
import datetime
from collections import defaultdict
from decimal import Decimal

from django.db.models import Count, F, Max, Q, Sum
from django.db.models.functions import TruncMonth

from actiondesk.core.scoping import visible
from actiondesk.demands import alerts
from actiondesk.demands.calendar import demand_settings
from actiondesk.demands.choices import OPEN_STATUSES, DemandStatus, Rating
from actiondesk.demands.matching import matches
from actiondesk.demands.models import Arrear, Demand, Policy, PortalContact, Repayment, Visit
from actiondesk.enterprises.models import Certification, Enterprise, EnterpriseYearFigures
from actiondesk.enterprises.models.registry import FIGURE_FIELDS

# Weights of the demands' score of a department (0–100), documented in README and on the statistics page.
SCORE_WEIGHTS = {"on_time": Decimal("0.5"), "satisfaction": Decimal("0.3"), "not_reopened": Decimal("0.2")}
# How much each rating counts towards satisfaction.
RATING_VALUE = {Rating.SATISFIED: Decimal(1), Rating.FAIRLY: Decimal("0.6"), Rating.DISSATISFIED: Decimal(0)}
CLOSED_STATUSES = (DemandStatus.CLOSED, DemandStatus.CONFIRMED)
GROUPS = {"department": ("owner_department_id", "owner_department__name"),
          "category": ("category_id", "category__name"),
          "owner": ("owner_id", "owner__first_name")}


def demands_visible(user):
    return visible(Demand.objects.all(), user)


def demand_rows(qs):
    return qs.select_related("enterprise", "category", "owner", "owner_department")


def portal_enterprise(user) -> Enterprise | None:
    contact = PortalContact.objects.filter(user_id=getattr(user, "pk", None)).select_related("enterprise").first()
    return contact.enterprise if contact else None


def _counts(qs, today):
    return dict(
        received=Count("pk"),
        closed=Count("pk", filter=Q(status__in=CLOSED_STATUSES)),
        on_time=Count("pk", filter=Q(status__in=CLOSED_STATUSES, closed_on__lte=F("resolve_due"))),
        overdue=Count("pk", filter=alerts.late_q(today)),
        satisfied=Count("pk", filter=Q(rating=Rating.SATISFIED)),
        fairly=Count("pk", filter=Q(rating=Rating.FAIRLY)),
        rated=Count("pk", filter=~Q(rating="")),
        reopened=Count("pk", filter=Q(reopen_count__gt=0)),
    )


def statistics(qs, *, by: str, today: datetime.date) -> list[dict]:
    """Rows by department, category or owner: received, closed, on time, overdue, average days to close,
    satisfaction (满意 1, 基本满意 0.6, 不满意 0, over rated demands) and reopened."""
    key, label = GROUPS[by]
    rows = list(qs.order_by().values(key, label).annotate(**_counts(qs, today)).order_by(label))
    durations = defaultdict(list)
    for group, raised, closed in qs.order_by().filter(closed_on__isnull=False).values_list(key, "raised_on",
                                                                                          "closed_on"):
        durations[group].append((closed - raised).days)
    for row in rows:
        row["key"], row["label"] = row.pop(key), row.pop(label) or "—"
        days = durations.get(row["key"])
        row["days_to_close"] = round(sum(days) / len(days), 1) if days else None
        row["satisfaction"] = _rate(row["satisfied"] + Decimal("0.6") * row["fairly"], row["rated"])
        row["on_time_rate"] = _rate(row["on_time"], row["closed"])
    return rows


def _rate(part, whole):
    return round(Decimal(part) * 100 / whole, 1) if whole else None


def _score_counts(end: datetime.date, window: Q) -> dict:
    """The counts a department's score is made of, over the demands in ``window`` (raised in the period)."""
    return {"received": Count("pk", filter=window),
            "due": Count("pk", filter=window & (Q(closed_on__isnull=False) | Q(resolve_due__lte=end))),
            "on_time": Count("pk", filter=window & Q(closed_on__isnull=False, closed_on__lte=F("resolve_due"))),
            "satisfied": Count("pk", filter=window & Q(rating=Rating.SATISFIED)),
            "fairly": Count("pk", filter=window & Q(rating=Rating.FAIRLY)),
            "rated": Count("pk", filter=window & ~Q(rating="")),
            "reopened": Count("pk", filter=window & Q(reopen_count__gt=0))}


def _score(row: dict) -> Decimal:
    on_time = Decimal(row["on_time"]) / row["due"] if row["due"] else Decimal(1)
    satisfaction = ((row["satisfied"] + Decimal("0.6") * row["fairly"]) / row["rated"]
                    if row["rated"] else Decimal(1))
    not_reopened = 1 - Decimal(row["reopened"]) / row["received"]
    score = 100 * (SCORE_WEIGHTS["on_time"] * min(on_time, Decimal(1)) + SCORE_WEIGHTS["satisfaction"]
                   * satisfaction + SCORE_WEIGHTS["not_reopened"] * not_reopened)
    return round(max(Decimal(0), min(Decimal(100), score)), 1)


def department_scores(zone_id: int, start: datetime.date, end: datetime.date) -> dict[int, Decimal]:
    """Each department's demands score (0–100) over the demands raised from ``start`` to ``end`` that it owns:
    100 × (0.5 × on-time rate + 0.3 × satisfaction + 0.2 × (1 − reopened rate)). The on-time rate counts the
    demands closed by their deadline among those closed or already due at ``end``; satisfaction counts 满意 as 1,
    基本满意 as 0.6 and 不满意 as 0 over rated demands (1 when none is rated yet); departments without demands
    in the window are absent (the score is neutral for them)."""
    return department_scores_many(zone_id, [(start, end)])[0]


def department_scores_many(zone_id: int, periods: list[tuple[datetime.date, datetime.date]]
                           ) -> list[dict[int, Decimal]]:
    """``department_scores`` for several (start, end) windows in ONE query (the counts of every window side by
    side, grouped by department): the status history scores every month of the year at once."""
    if not periods:
        return []
    first, last = min(p[0] for p in periods), max(p[1] for p in periods)
    counts = {}
    for i, (start, end) in enumerate(periods):
        window = Q(raised_on__gte=start, raised_on__lte=end)
        counts.update({f"{name}_{i}": count for name, count in _score_counts(end, window).items()})
    rows = (Demand.objects.filter(zone_id=zone_id, raised_on__gte=first, raised_on__lte=last).order_by()
            .values("owner_department_id").annotate(**counts))
    out = [{} for _p in periods]
    for row in rows:
        for i in range(len(periods)):
            mine = {name: row[f"{name}_{i}"] for name in ("received", "due", "on_time", "satisfied", "fairly",
                                                          "rated", "reopened")}
            if mine["received"]:
                out[i][row["owner_department_id"]] = _score(mine)
    return out


def summary(zone_id: int, today: datetime.date, *, year: int | None = None) -> dict:
    """Headline figures of the zone's demands (raised in ``year`` when given): open, overdue, on-time closure
    rate and satisfaction."""
    qs = Demand.objects.filter(zone_id=zone_id).order_by()
    if year:
        qs = qs.filter(raised_on__year=year)
    row = qs.aggregate(open=Count("pk", filter=Q(status__in=OPEN_STATUSES)), escalated=Count("pk", filter=Q(
        escalation__gt=0)), **_counts(qs, today))
    row["on_time_rate"] = _rate(row["on_time"], row["closed"])
    row["satisfaction"] = _rate(row["satisfied"] + Decimal("0.6") * row["fairly"], row["rated"])
    return row


# --- 包保 -------------------------------------------------------------------------------------------
def scale_enterprises(zone_id: int):
    """The zone's 规(限)上 enterprises (any 四上 status)."""
    return Enterprise.objects.filter(zone_id=zone_id).exclude(scale_status="")


def coverage(zone_id: int) -> dict:
    """包保 coverage: 规(限)上 enterprises paired with a leader ÷ all 规(限)上 (goal: every one)."""
    row = scale_enterprises(zone_id).aggregate(total=Count("pk"), paired=Count("pk", filter=Q(leader__isnull=False)))
    row["rate"] = _rate(row["paired"], row["total"])
    return row


def coverage_gaps(zone_id: int):
    return scale_enterprises(zone_id).filter(leader__isnull=True).order_by("name")


def last_visits(enterprise_ids) -> dict[int, datetime.date]:
    return dict(Visit.objects.filter(enterprise_id__in=enterprise_ids).order_by().values("enterprise_id")
                .annotate(last=Max("visited_on")).values_list("enterprise_id", "last"))


def not_visited(zone_id: int, today: datetime.date, *, leader_id: int | None = None):
    """Paired 规(限)上 enterprises not visited within the zone's reminder days (never visited included)."""
    days = demand_settings(zone_id).visit_every_days
    since = today - datetime.timedelta(days=days)
    recent = Visit.objects.filter(zone_id=zone_id, visited_on__gt=since).values("enterprise_id")
    qs = scale_enterprises(zone_id).filter(leader__isnull=False).exclude(pk__in=recent)
    if leader_id:
        qs = qs.filter(leader_id=leader_id)
    return qs.select_related("leader").order_by("name")


def leader_page(leader, today: datetime.date, *, open_limit: int = 50) -> dict:
    """A leader's enterprises with their open demands and last visit, and the open demands themselves
    (a fixed number of queries whatever the number of demands)."""
    enterprises = list(Enterprise.objects.filter(leader=leader).order_by("name"))
    ids = [e.pk for e in enterprises]
    open_counts = dict(Demand.objects.filter(enterprise_id__in=ids, status__in=OPEN_STATUSES).order_by()
                       .values("enterprise_id").annotate(n=Count("pk")).values_list("enterprise_id", "n"))
    late_counts = dict(Demand.objects.filter(alerts.late_q(today), enterprise_id__in=ids).order_by()
                       .values("enterprise_id").annotate(n=Count("pk")).values_list("enterprise_id", "n"))
    visits = last_visits(ids)
    every = demand_settings(leader.membership.zone_id).visit_every_days
    for e in enterprises:
        e.open_demands, e.late_demands = open_counts.get(e.pk, 0), late_counts.get(e.pk, 0)
        e.last_visit = visits.get(e.pk)
        e.visit_due = e.last_visit is None or (today - e.last_visit).days > every
    open_demands = demand_rows(Demand.objects.filter(enterprise_id__in=ids, status__in=OPEN_STATUSES)
                               .order_by("resolve_due", "pk"))[:open_limit]
    return {"enterprises": enterprises, "open_demands": list(open_demands), "visit_every_days": every,
            "visits": list(Visit.objects.filter(leader=leader).select_related("enterprise")[:20])}


# --- policies --------------------------------------------------------------------------------------
def enterprise_facts(enterprise_ids, *, today: datetime.date) -> dict[int, dict]:
    """What policy conditions read, for many enterprises in three queries."""
    facts = {}
    for row in Enterprise.objects.filter(pk__in=enterprise_ids).values(
            "pk", "scale_status", "industry_section", "park", "registered_on"):
        facts[row["pk"]] = {**row, "certifications": set(), "figures": {}}
    for pk, kind, expires in Certification.objects.filter(enterprise_id__in=enterprise_ids, granted_on__lte=today
                                                          ).values_list("enterprise_id", "kind", "expires_on"):
        if expires is None or expires >= today:
            facts[pk]["certifications"].add(kind)
    for row in EnterpriseYearFigures.objects.filter(enterprise_id__in=enterprise_ids).values(
            "enterprise_id", "year", *FIGURE_FIELDS):
        facts[row["enterprise_id"]]["figures"][row["year"]] = row
    return facts


def matching_enterprise_ids(policy: Policy, *, today: datetime.date) -> set[int]:
    ids = list(Enterprise.objects.filter(zone_id=policy.zone_id).values_list("pk", flat=True))
    facts = enterprise_facts(ids, today=today)
    return {pk for pk, f in facts.items() if matches(policy.conditions, f, today)}


def policies_for(enterprise: Enterprise, *, today: datetime.date) -> list[Policy]:
    """The zone's current policies that fit ``enterprise``."""
    facts = enterprise_facts([enterprise.pk], today=today)[enterprise.pk]
    policies = Policy.objects.filter(zone_id=enterprise.zone_id).filter(Q(deadline__isnull=True)
                                                                         | Q(deadline__gte=today))
    return [p for p in policies.select_related("department") if matches(p.conditions, facts, today)]


# --- arrears ---------------------------------------------------------------------------------------
def repaid(arrear: Arrear) -> Decimal:
    return arrear.repayments.aggregate(total=Sum("amount"))["total"] or Decimal(0)


def arrear_rows(qs):
    return qs.select_related("enterprise", "department").annotate(repaid=Sum("repayments__amount")).order_by(
        "due_on", "pk")


def arrears_summary(zone_id: int, year: int) -> dict:
    """Total owed, repaid and outstanding, and the reduction of each month of ``year``."""
    owed = Arrear.objects.filter(zone_id=zone_id).aggregate(total=Sum("amount"))["total"] or Decimal(0)
    paid = Repayment.objects.filter(arrear__zone_id=zone_id)
    repaid_total = paid.aggregate(total=Sum("amount"))["total"] or Decimal(0)
    months = dict(paid.filter(paid_on__year=year).annotate(month=TruncMonth("paid_on")).order_by()
                  .values("month").annotate(total=Sum("amount")).values_list("month", "total"))
    monthly = [(m, months.get(datetime.date(year, m, 1), Decimal(0))) for m in range(1, 13)]
    return {"owed": owed, "repaid": repaid_total, "outstanding": owed - repaid_total, "monthly": monthly,
            "cleared_rate": _rate(repaid_total, owed)}
