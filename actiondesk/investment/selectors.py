"""Reads for the 招商 pipeline: scoped lists, each segment's leads and projects, conversion by chain and source.
Each function runs a fixed number of queries whatever the number of leads."""
from collections import defaultdict
from decimal import Decimal

from django.db.models import Count

from actiondesk.chains import rules
from actiondesk.chains.models import SegmentEnterprise
from actiondesk.core.scoping import visible
from actiondesk.investment.choices import FUNNEL, RANK, LeadSource, LeadStage
from actiondesk.investment.models import Lead


def lead_list(user):
    """The leads ``user`` may see, before the list's filters (investment.filters.LeadFilterSet)."""
    return visible(Lead.objects.all(), user).select_related("chain", "segment", "department", "owner", "project")


def segment_pipeline(chain, user) -> list[dict]:
    """Per segment of ``chain`` with leads: whether it is a gap (招商重点), its leads by stage and the ledger
    projects its signed leads became (three queries)."""
    leads = list(visible(Lead.objects.filter(chain=chain, segment__isnull=False), user)
                 .select_related("segment", "project").order_by("segment__sort_order", "segment_id", "-stage_on"))
    counts = dict(SegmentEnterprise.objects.filter(segment__chain=chain).values("segment")
                  .annotate(n=Count("enterprise", distinct=True)).values_list("segment", "n"))
    thresholds = rules.thresholds_for_zone(chain.zone_id)
    rows: dict[int, dict] = {}
    for lead in leads:
        row = rows.setdefault(lead.segment_id, {
            "segment": lead.segment, "is_gap": rules.is_gap(counts.get(lead.segment_id, 0), thresholds),
            "leads": [], "projects": []})
        row["leads"].append(lead)
        if lead.project_id:
            row["projects"].append(lead.project)
    return sorted(rows.values(), key=lambda r: (not r["is_gap"], r["segment"].sort_order, r["segment"].pk))


def _reached(leads) -> dict[int, int]:
    """Lead id → the rank of the furthest funnel stage it reached (终止 keeps the stage it had reached)."""
    furthest: dict[int, int] = {}
    for lead_id, stage in leads.values_list("pk", "events__stage"):
        if stage in RANK:
            furthest[lead_id] = max(furthest.get(lead_id, 0), RANK[LeadStage(stage)])
    return furthest


def conversion(leads, *, by: str) -> list[dict]:
    """Leads grouped by ``by`` ("chain" or "source"): how many reached each funnel stage, the signed ones, the
    conversion rate (signed ÷ leads, %) and the investment signed (the ledger projects' totals, 万元)."""
    leads = leads.select_related("chain", "project")
    rows = list(leads)
    furthest = _reached(Lead.objects.filter(pk__in=[lead.pk for lead in rows]))
    groups: dict = defaultdict(lambda: {"leads": 0, "reached": [0] * len(FUNNEL), "signed": 0,
                                        "investment": Decimal(0), "dropped": 0})
    labels = {}
    for lead in rows:
        key = lead.chain_id if by == "chain" else lead.source
        labels[key] = lead.chain.name if by == "chain" else str(LeadSource(lead.source).label)
        group = groups[key]
        group["leads"] += 1
        for rank in range(furthest.get(lead.pk, 0) + 1):
            group["reached"][rank] += 1
        if lead.stage == LeadStage.SIGNED:
            group["signed"] += 1
            group["investment"] += lead.project.total_investment or 0
        group["dropped"] += lead.stage == LeadStage.DROPPED
    result = []
    for key, group in groups.items():
        rate = (Decimal(group["signed"] * 100) / group["leads"]).quantize(Decimal("0.1")) if group["leads"] else None
        result.append({"key": key, "label": labels[key], **group, "rate": rate})
    return sorted(result, key=lambda r: (-r["signed"], -r["leads"], r["label"]))


def stage_counts(leads) -> list[dict]:
    counts = dict(leads.values("stage").annotate(n=Count("pk")).values_list("stage", "n"))
    return [{"stage": value, "label": str(label), "count": counts.get(value, 0)} for value, label in LeadStage.choices]
