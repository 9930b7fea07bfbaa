"""Reads for the chain map; every function runs a fixed number of queries whatever the data size."""
import datetime
from collections import defaultdict
from decimal import Decimal

from django.db.models import Count, Q, Sum

from actiondesk.chains import rules
from actiondesk.chains.choices import PlacementRole, SegmentPosition
from actiondesk.chains.models import (
    Chain,
    ChainSegment,
    EnterpriseOutput,
    InvestmentTarget,
    SegmentEnterprise,
)


def _year_q(year: int | None) -> Q:
    if year is None:
        return Q()
    return Q(month__gte=datetime.date(year, 1, 1), month__lte=datetime.date(year, 12, 31))


def chain_stats(*, zone_id: int, kind: str | None = None, chains=None, year: int | None = None) -> list[dict]:
    """Per chain: distinct enterprises, segments (all / with enterprises), 链主 present, 初具规模, 产值 (万元)."""
    if chains is None:
        chains = Chain.objects.filter(zone_id=zone_id)
        if kind:
            chains = chains.filter(kind=kind)
    chains = list(chains.select_related("department", "chief"))
    ids = [c.pk for c in chains]
    thresholds = rules.thresholds_for_zone(zone_id)
    placed = {row["segment__chain"]: row for row in SegmentEnterprise.objects.filter(segment__chain__in=ids)
              .values("segment__chain").annotate(
                  enterprises=Count("enterprise", distinct=True), covered=Count("segment", distinct=True),
                  leaders=Count("pk", filter=Q(role=PlacementRole.LEADER)))}
    segments = dict(ChainSegment.objects.filter(chain__in=ids).values("chain").annotate(n=Count("pk"))
                    .values_list("chain", "n"))
    output = chain_outputs(ids, year) if year else {}
    stats = []
    for chain in chains:
        row = placed.get(chain.pk, {})
        count, covered, leaders = row.get("enterprises", 0), row.get("covered", 0), row.get("leaders", 0)
        stats.append({
            "chain": chain, "enterprises": count, "segments": segments.get(chain.pk, 0), "covered": covered,
            "has_leader": leaders > 0, "output": output.get(chain.pk, Decimal(0)),
            "in_shape": rules.takes_shape(has_leader=leaders > 0, enterprise_count=count, segments_covered=covered,
                                          thresholds=thresholds),
        })
    return stats


def chain_outputs(chain_ids, year: int) -> dict[int, Decimal]:
    """产值 per chain, each enterprise counted once per chain even when it sits on several of its segments."""
    pairs = set(SegmentEnterprise.objects.filter(segment__chain__in=chain_ids)
                .values_list("segment__chain", "enterprise").distinct())
    placed = SegmentEnterprise.objects.filter(segment__chain__in=chain_ids).values("enterprise_id")
    by_enterprise = dict(EnterpriseOutput.objects.filter(_year_q(year), enterprise_id__in=placed)
                         .values("enterprise_id").annotate(total=Sum("output_value"))
                         .values_list("enterprise_id", "total"))
    totals = defaultdict(Decimal)
    for chain_id, enterprise_id in pairs:
        totals[chain_id] += by_enterprise.get(enterprise_id) or 0
    return dict(totals)


def chain_map(chain: Chain, *, year: int) -> dict:
    """The chain's segments with enterprise counts, 产值 and gap flags, plus the ECharts tree."""
    thresholds = rules.thresholds_for_zone(chain.zone_id)
    segments = list(ChainSegment.objects.filter(chain=chain))
    counts = {r["segment"]: r for r in SegmentEnterprise.objects.filter(segment__chain=chain).values("segment")
              .annotate(n=Count("pk"), leaders=Count("pk", filter=Q(role=PlacementRole.LEADER)))}
    outputs = dict(EnterpriseOutput.objects.filter(_year_q(year), enterprise__segment_placements__segment__chain=chain)
                   .values("enterprise__segment_placements__segment").annotate(total=Sum("output_value"))
                   .values_list("enterprise__segment_placements__segment", "total"))
    targets = dict(InvestmentTarget.objects.filter(segment__chain=chain).values("segment")
                   .annotate(n=Count("pk")).values_list("segment", "n"))
    leaders = list(SegmentEnterprise.objects.filter(segment__chain=chain, role=PlacementRole.LEADER)
                   .select_related("enterprise", "segment").order_by("enterprise__name"))
    for segment in segments:
        row = counts.get(segment.pk, {})
        segment.enterprise_count = row.get("n", 0)
        segment.leader_count = row.get("leaders", 0)
        segment.output = outputs.get(segment.pk) or Decimal(0)
        segment.target_count = targets.get(segment.pk, 0)
        segment.is_gap = rules.is_gap(segment.enterprise_count, thresholds)
    (stats,) = chain_stats(zone_id=chain.zone_id, chains=Chain.objects.filter(pk=chain.pk), year=year)
    return {"chain": chain, "segments": segments, "gaps": [s for s in segments if s.is_gap], "leaders": leaders,
            "stats": stats, "thresholds": thresholds, "tree": chain_tree(chain, segments), "year": year}


def chain_tree(chain: Chain, segments) -> dict:
    """ECharts tree data: chain → 上游/中游/下游 → segments (nested by parent); gaps in red."""
    children = defaultdict(list)
    for segment in segments:
        children[segment.parent_id].append(segment)

    def node(segment):
        return {
            "name": segment.name, "value": segment.enterprise_count, "id": segment.pk, "gap": segment.is_gap,
            "output": float(segment.output),
            "itemStyle": {"color": "#c62828" if segment.is_gap else "#2e7d32"},
            "label": {"color": "#c62828" if segment.is_gap else "#1b1b1b"},
            "children": [node(child) for child in children.get(segment.pk, [])],
        }

    roots = children.get(None, [])
    return {"name": chain.name, "children": [
        {"name": str(label), "children": [node(s) for s in roots if s.position == value]}
        for value, label in SegmentPosition.choices
    ]}


def segment_targets(segment: ChainSegment):
    return InvestmentTarget.objects.filter(segment=segment).order_by("status", "pk")
