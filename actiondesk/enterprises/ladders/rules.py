"""The eligibility and gap engine: pure functions over plain dicts, no database.

A rule is a dict {label, expression, operator, threshold, unit, condition, group, unverified, source}.
Facts are a flat dict built by ``build_facts`` from yearly figures and certifications held.
"""
import datetime
import math
import operator as op
from dataclasses import dataclass, field

from actiondesk.enterprises.ladders.expressions import FIGURES, evaluate

OPERATORS = {">=": op.ge, ">": op.gt, "<=": op.le, "<": op.lt, "==": op.eq}
SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}


@dataclass
class Check:
    rule: dict
    actual: float
    passed: bool
    applies: bool = True

    @property
    def label(self) -> str:
        return self.rule["label"]

    @property
    def required(self) -> str:
        return f"{SYMBOLS[self.rule['operator']]} {fmt(self.rule['threshold'])}{self.rule.get('unit', '')}"

    @property
    def gap_text(self) -> str:
        actual = "无数据" if math.isnan(self.actual) else f"{fmt(self.actual)}{self.rule.get('unit', '')}"
        return f"{self.label} {actual}，需 {self.required}"

    @property
    def shortfall(self) -> float:
        """How far the actual value is from the threshold, relative to it (0 when passed, 1 when unknown)."""
        if self.passed or not self.applies:
            return 0.0
        threshold = float(self.rule["threshold"])
        if math.isnan(self.actual):
            return 1.0
        scale = abs(threshold) or 1.0
        return min(abs(threshold - self.actual) / scale, 1.0)


@dataclass
class RungResult:
    kind: str
    met: bool
    checks: list[Check] = field(default_factory=list)
    version: str = ""

    @property
    def gaps(self) -> list[Check]:
        """Unmet criteria; for an alternative group only when no member passed (its closest member)."""
        passed_groups = {c.rule.get("group") for c in self.checks if c.passed and c.rule.get("group")}
        gaps, seen = [], set()
        for c in sorted(self.checks, key=lambda c: c.shortfall):
            group = c.rule.get("group")
            if c.passed or not c.applies or (group and (group in passed_groups or group in seen)):
                continue
            if group:
                seen.add(group)
            gaps.append(c)
        return sorted(gaps, key=lambda c: self.checks.index(c))

    @property
    def closeness(self) -> float:
        """1.0 when met; lower the more criteria are missed and the further away they are."""
        applicable = [c for c in self.checks if c.applies and not c.rule.get("group")]
        applicable += self.gaps and [c for c in self.gaps if c.rule.get("group")] or []
        if not applicable:
            return 1.0 if self.met else 0.0
        return 1.0 - sum(c.shortfall for c in self.gaps) / max(len(applicable), 1)


def fmt(value) -> str:
    value = float(value)
    if math.isnan(value):
        return "—"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value) >= 10 else f"{value:.1f}"


def check_rule(rule: dict, facts: dict) -> Check:
    condition = rule.get("condition")
    if condition and not evaluate(condition, facts):
        return Check(rule, math.nan, True, applies=False)
    actual = evaluate(rule["expression"], facts)
    passed = not math.isnan(actual) and OPERATORS[rule["operator"]](actual, float(rule["threshold"]))
    return Check(rule, actual, passed)


def evaluate_rung(kind: str, rules: list[dict], facts: dict, version: str = "") -> RungResult:
    checks = [check_rule(rule, facts) for rule in rules]
    groups: dict[str, bool] = {}
    met = True
    for c in checks:
        group = c.rule.get("group")
        if group:
            groups[group] = groups.get(group, False) or (c.passed and c.applies)
        elif not c.passed:
            met = False
    met = met and all(groups.values())
    return RungResult(kind, met, checks, version)


def pick_rule_set(rule_sets: list[dict], on: datetime.date) -> dict | None:
    """The version in force on a date: the latest effective_from ≤ date that has not ended."""
    current = [rs for rs in rule_sets if rs["effective_from"] <= on and (not rs.get("effective_to")
                                                                       or rs["effective_to"] >= on)]
    return max(current, key=lambda rs: rs["effective_from"]) if current else None


def build_facts(*, figures_by_year: dict[int, dict], held_kinds, year: int, registered_on=None) -> dict:
    """Flat facts for assessing in ``year``: 上年度 figures are year-1, prev_ year-2 and so on."""
    facts: dict = {}
    for prefix, offset in (("", 1), ("prev_", 2), ("prev2_", 3), ("prev3_", 4)):
        row = figures_by_year.get(year - offset) or {}
        for name in FIGURES:
            facts[prefix + name] = row.get(name)
    facts["age_years"] = (year - registered_on.year) if registered_on else None
    for kind in held_kinds:
        facts[f"has_{kind}"] = 1
    return facts


def held_kinds(certifications: list[dict], on: datetime.date) -> set[str]:
    return {c["kind"] for c in certifications
            if c["granted_on"] <= on and (c.get("expires_on") is None or c["expires_on"] >= on)}


def ladder_position(ladder: dict, facts: dict, held: set[str], on: datetime.date) -> dict:
    """Where an enterprise stands on a ladder: rungs held, rungs met, and the gaps to the next rung.

    ``ladder`` = {code, name, rungs: [{kind, label, rule_sets: [{version, effective_from, effective_to, rules}]}]}.
    """
    results = []
    for rung in ladder["rungs"]:
        rule_set = pick_rule_set(rung["rule_sets"], on)
        rules = rule_set["rules"] if rule_set else []
        results.append(evaluate_rung(rung["kind"], rules, facts, rule_set["version"] if rule_set else ""))
    held_positions = [i for i, rung in enumerate(ladder["rungs"]) if rung["kind"] in held]
    top = max(held_positions) if held_positions else -1
    next_index = top + 1 if top + 1 < len(ladder["rungs"]) else None
    return {"code": ladder["code"], "name": ladder["name"], "held_index": top,
            "held": ladder["rungs"][top]["kind"] if top >= 0 else None,
            "meets": [r.kind for r in results if r.met], "results": results,
            "next": results[next_index] if next_index is not None else None}


def candidate_pool(assessments: list[tuple[object, RungResult]], limit: int | None = None) -> list[tuple]:
    """后备库 for one rung: enterprises not holding it, closest first (met first, then fewest/smallest gaps)."""
    ranked = sorted(assessments, key=lambda item: (not item[1].met, len(item[1].gaps), -item[1].closeness))
    return ranked[:limit] if limit else ranked


def expiry_alerts(certifications: list[dict], year: int, kinds) -> list[dict]:
    """Certifications of ``kinds`` whose validity ends in ``year`` (due for 复核/重新认定)."""
    return sorted((c for c in certifications if c["kind"] in kinds and c.get("expires_on")
                   and c["expires_on"].year == year), key=lambda c: c["expires_on"])
