"""Reads: contract growth against the same period last year, scene suggestions, the talent map."""
import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Max, Sum
from django.db.models.functions import ExtractMonth

from actiondesk.core.numbers import rounded
from actiondesk.core.scoping import visible
from actiondesk.innovation import matching
from actiondesk.innovation.choices import Decision, SceneKind, TalentGroup, TalentSide
from actiondesk.innovation.models import Achievement, MatchDecision, SceneItem, TalentRecord, TechContract


def same_day_last_year(day: datetime.date) -> datetime.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class Growth:
    this_year: Decimal
    last_year: Decimal
    growth: Decimal | None  # percent; None when last year's same period had no contracts


def growth_of(this_year, last_year) -> Growth:
    this_year, last_year = Decimal(this_year or 0), Decimal(last_year or 0)
    growth = rounded((this_year - last_year) / last_year * 100, 2) if last_year > 0 else None
    return Growth(this_year, last_year, growth)


def contract_growth(zone_id: int, period_end: datetime.date) -> Growth:
    """Cumulative 成交额 from 1 January to ``period_end`` against 1 January to the same day last year."""
    def total(start, end):
        value = TechContract.objects.filter(zone_id=zone_id, signed_on__gte=start, signed_on__lte=end).aggregate(
            total=Sum("amount"))["total"]
        return rounded(Decimal(str(value)), 2) if value is not None else None

    last_end = same_day_last_year(period_end)
    return growth_of(total(period_end.replace(month=1, day=1), period_end),
                     total(last_end.replace(month=1, day=1), last_end))


@dataclass(frozen=True)
class MonthGrowth:
    month: int
    this_year: Decimal
    last_year: Decimal
    growth: Decimal | None
    cumulative: Growth


def contract_growth_by_month(zone_id: int, year: int) -> list[MonthGrowth]:
    """Month by month (and cumulative) against the same month last year, in two queries."""
    def by_month(y):
        # SQLite sums decimals as floats (381.19000000000004): back to the field's two places.
        return {m: rounded(Decimal(str(total or 0)), 2) for m, total in
                TechContract.objects.filter(zone_id=zone_id, signed_on__year=y)
                .annotate(m=ExtractMonth("signed_on")).values("m").annotate(total=Sum("amount"))
                .values_list("m", "total")}

    now, before = by_month(year), by_month(year - 1)
    rows, run_now, run_before = [], Decimal(0), Decimal(0)
    for month in range(1, 13):
        this, last = Decimal(now.get(month) or 0), Decimal(before.get(month) or 0)
        run_now, run_before = run_now + this, run_before + last
        rows.append(MonthGrowth(month, this, last, growth_of(this, last).growth, growth_of(run_now, run_before)))
    return rows


# --- matching ------------------------------------------------------------------------------------------------

def doc_of(scene: SceneItem) -> matching.Doc:
    return matching.Doc(id=scene.pk, text=scene.text, chain_id=scene.chain_id, industry=scene.industry,
                        category=scene.category, level=scene.level)


def scene_index(zone_id: int, kind: str) -> matching.Index:
    """The cached index of a zone's demands or supplies (rebuilt when one is added, changed or removed)."""
    qs = SceneItem.objects.filter(zone_id=zone_id, kind=kind)
    stamp = qs.aggregate(n=Count("pk"), last=Max("updated_at"), top=Max("pk"))
    key = (zone_id, kind, stamp["n"], stamp["last"], stamp["top"])
    return matching.cached_index(key, lambda: [doc_of(s) for s in qs.order_by("pk")])


@dataclass
class SceneSuggestion:
    scene: SceneItem
    suggestion: matching.Suggestion
    decision: str = ""


def suggestions_for(scene: SceneItem, *, k: int = 5) -> list[SceneSuggestion]:
    """Supplies for a demand (or demands for a supply), best first, with matched terms and reasons."""
    other = SceneKind.SUPPLY if scene.kind == SceneKind.DEMAND else SceneKind.DEMAND
    ranked = scene_index(scene.zone_id, other).rank(doc_of(scene), k=k)
    found = SceneItem.objects.select_related("department", "chain").in_bulk([s.id for s in ranked])
    if scene.kind == SceneKind.DEMAND:
        decided = dict(MatchDecision.objects.filter(demand=scene).values_list("supply_id", "decision"))
    else:
        decided = dict(MatchDecision.objects.filter(supply=scene).values_list("demand_id", "decision"))
    return [SceneSuggestion(found[s.id], s, decided.get(s.id, "")) for s in ranked if s.id in found]


def achievements_for_need(zone_id: int, text: str, *, k: int = 5, chain_id: int | None = None, industry: str = ""):
    """Achievements ranked for an enterprise's stated technology need (same matcher, over achievements); the
    need's chain and industry add the matcher's boosts."""
    rows = list(Achievement.objects.filter(zone_id=zone_id).order_by("pk")
                .values_list("pk", "title", "field", "description", "chain_id", "industry"))
    # Achievements carry no change stamp: the key is their text itself, so an edited title is never ranked stale
    # (reading the rows is cheap; segmenting them is what the cache saves).
    index = matching.cached_index(("achievements", zone_id, hash(tuple(rows))), lambda: [
        matching.Doc(pk, f"{title}\n{field}\n{description}", chain_id, industry)
        for pk, title, field, description, chain_id, industry in rows])
    ranked = index.rank(matching.Doc(0, text, chain_id, industry), k=k)
    found = Achievement.objects.select_related("chain").in_bulk([s.id for s in ranked])
    return [(found[s.id], s) for s in ranked if s.id in found]


def achievements_for_scene(scene: SceneItem, *, k: int = 10):
    """Achievements that could answer a scene demand: its text, chain and industry, best first, each with
    the matched terms and the reasons for its rank."""
    return achievements_for_need(scene.zone_id, scene.text, k=k, chain_id=scene.chain_id, industry=scene.industry)


ACCEPTED = Decision.ACCEPTED


# --- talent map ----------------------------------------------------------------------------------------------

def talent_map(user, year: int) -> dict:
    """Need, supply and gap by chain and by the plan's five groups, for the chart and the table."""
    rows = (visible(TalentRecord.objects.all(), user).filter(year=year)
            .values("chain_id", "chain__name", "chain__sort_order", "group", "side").annotate(n=Sum("headcount")))
    chains, cells = {}, {}
    for row in rows:
        chains[row["chain_id"]] = (row["chain__sort_order"], row["chain__name"])
        cells[(row["chain_id"], row["group"], row["side"])] = row["n"] or 0
    order = [pk for pk, _v in sorted(chains.items(), key=lambda kv: kv[1])]
    groups = list(TalentGroup.choices)
    table = []
    for chain_id in order:
        need = [cells.get((chain_id, g, TalentSide.NEED), 0) for g, _l in groups]
        have = [cells.get((chain_id, g, TalentSide.SUPPLY), 0) for g, _l in groups]
        gap = [max(n - s, 0) for n, s in zip(need, have, strict=True)]
        table.append({"chain": chains[chain_id][1], "need": need, "supply": have, "gap": gap,
                      "cells": list(zip(need, have, gap, strict=True))})
    return {"groups": [str(label) for _g, label in groups], "rows": table}
