"""Reads: ladders as plain dicts, enterprise facts, positions on ladders, candidate pools, alerts."""
import datetime

from django.db.models import Prefetch

from actiondesk.core.scoping import visible
from actiondesk.enterprises.choices import RECERTIFIED_KINDS, CertificationKind
from actiondesk.enterprises.ladders import rules as engine
from actiondesk.enterprises.ladders.pool import ranked_candidates
from actiondesk.enterprises.models import Certification, Criterion, Enterprise, EnterpriseYearFigures, Ladder
from actiondesk.enterprises.models.registry import FIGURE_FIELDS

KIND_LABELS = dict(CertificationKind.choices)


def ladders_as_dicts(zone_id: int) -> list[dict]:
    """The zone's ladders with every rule-set version, in the shape rules.ladder_position expects (3 queries).
    A read never creates them: a zone gets its default ladders when it is created."""
    ladders = list(Ladder.objects.filter(zone_id=zone_id).prefetch_related(
        "rungs__rule_sets", Prefetch("rungs__rule_sets__criteria", queryset=Criterion.objects.order_by("position"))))
    return [{"id": ladder.pk, "code": ladder.code, "name": ladder.name, "rungs": [
        {"id": rung.pk, "kind": rung.kind, "label": KIND_LABELS.get(rung.kind, rung.kind), "rule_sets": [
            {"id": rs.pk, "version": rs.version, "effective_from": rs.effective_from, "effective_to": rs.effective_to,
             "document": rs.document, "note": rs.note, "rules": [c.as_rule() for c in rs.criteria.all()]}
            for rs in rung.rule_sets.all()]} for rung in ladder.rungs.all()]} for ladder in ladders]


def figures_by_year(enterprise) -> dict[int, dict]:
    rows = EnterpriseYearFigures.objects.filter(enterprise=enterprise).values("year", *FIGURE_FIELDS)
    return {row["year"]: row for row in rows}


def certifications_of(enterprise) -> list[dict]:
    return list(Certification.objects.filter(enterprise=enterprise).values(
        "id", "kind", "level", "granted_on", "expires_on", "certificate_number", "registration_year",
        "source").order_by("granted_on"))


def enterprise_positions(enterprise, *, on: datetime.date, figures=None, certifications=None,
                         ladders=None) -> list[dict]:
    figures = figures if figures is not None else figures_by_year(enterprise)
    certifications = certifications if certifications is not None else certifications_of(enterprise)
    held = engine.held_kinds(certifications, on)
    facts = engine.build_facts(figures_by_year=figures, held_kinds=held, year=on.year,
                               registered_on=enterprise.registered_on)
    return [engine.ladder_position(ladder, facts, held, on) | {"rungs": ladder["rungs"]}
            for ladder in (ladders or ladders_as_dicts(enterprise.zone_id))]


def enterprise_list(user):
    """The enterprises ``user`` may see, before the list's filters (enterprises.filters.EnterpriseFilterSet)."""
    return visible(Enterprise.objects.all(), user).select_related("leader", "park")


def candidate_ids(zone_id: int, kind: str, *, on: datetime.date) -> tuple[dict | None, list[int]]:
    """后备库 for a rung: (rule set in force, ids of enterprises not holding ``kind``, closest first).

    The whole zone is ranked from one scan (ladders.pool); nothing is explained here.
    """
    ladders = ladders_as_dicts(zone_id)
    rung = next((r for ladder in ladders for r in ladder["rungs"] if r["kind"] == kind), None)
    rule_set = engine.pick_rule_set(rung["rule_sets"], on) if rung else None
    if rule_set is None:
        return None, []
    return rule_set, ranked_candidates(rule_set["rules"], kind, zone_id, on)


def explain_candidates(ids: list[int], kind: str, rule_set: dict, *, on: datetime.date) -> list[tuple]:
    """[(enterprise, RungResult)] for one page of candidates, in the order given (3 queries)."""
    enterprises = Enterprise.objects.in_bulk(ids)
    figures: dict[int, dict] = {}
    for row in EnterpriseYearFigures.objects.filter(enterprise_id__in=ids, year__gte=on.year - 4,
                                                    year__lt=on.year).values("enterprise_id", "year", *FIGURE_FIELDS):
        figures.setdefault(row["enterprise_id"], {})[row["year"]] = row
    held: dict[int, set] = {}
    for row in Certification.objects.filter(enterprise_id__in=ids, granted_on__lte=on).values(
            "enterprise_id", "kind", "granted_on", "expires_on"):
        if row["expires_on"] is None or row["expires_on"] >= on:
            held.setdefault(row["enterprise_id"], set()).add(row["kind"])
    out = []
    for pk in ids:
        enterprise = enterprises[pk]
        facts = engine.build_facts(figures_by_year=figures.get(pk, {}), held_kinds=held.get(pk, set()),
                                   year=on.year, registered_on=enterprise.registered_on)
        out.append((enterprise, engine.evaluate_rung(kind, rule_set["rules"], facts, rule_set["version"])))
    return out


def candidate_pool(zone_id: int, kind: str, *, on: datetime.date, limit: int = 50) -> list[tuple]:
    """The first ``limit`` candidates, explained (API and callers that want a short list)."""
    rule_set, ids = candidate_ids(zone_id, kind, on=on)
    return explain_candidates(ids[:limit], kind, rule_set, on=on) if rule_set else []


def certificate_validity(expires_on: datetime.date | None, on: datetime.date) -> str:
    """"expired" once the validity has ended, "due" when it ends later this year (复核/重新认定), else ""."""
    if expires_on is None:
        return ""
    if expires_on < on:
        return "expired"
    return "due" if expires_on.year == on.year else ""


def expiry_alerts(zone_id: int, year: int) -> list:
    """高企 and 专精特新 titles whose validity ends this year: due for 复核/重新认定."""
    return list(Certification.objects.filter(enterprise__zone_id=zone_id, kind__in=RECERTIFIED_KINDS,
                                             expires_on__year=year).select_related("enterprise")
                .order_by("expires_on"))
