"""后备库 at scale: rank every enterprise of a zone for one rung from one SQL scan and one generated function.

``rank_key`` reproduces the engine's ordering (met first, then fewest gaps, then closeness; rules.RungResult)
from plain numbers, so the whole zone is ranked without building facts dicts; only the enterprises on the
page shown are then explained one by one, for their gap texts.
"""
import datetime
import math

from actiondesk.enterprises.ladders.bulk import fetch_rows_for
from actiondesk.enterprises.ladders.expressions import GLOBALS, names_in, to_python
from actiondesk.enterprises.ladders.rules import OPERATORS


def compile_rank(rules: list[dict]):
    """(names, fn): fn(_id, *facts) → (_id, actual per rule, applies per rule)."""
    names = set()
    for rule in rules:
        names |= names_in(rule["expression"]) | (names_in(rule["condition"]) if rule.get("condition") else set())
    ordered = sorted(names)
    actuals = ", ".join(f"_float({to_python(r['expression'])})" for r in rules)
    applies = ", ".join(f"_bool({to_python(r['condition'])})" if r.get("condition") else "True" for r in rules)
    source = f"def _rank(_id, {', '.join(ordered)}):\n    return _id, ({actuals},), ({applies},)\n"
    scope = dict(GLOBALS, _float=float, _bool=bool)
    exec(compile(source, "<rank-program>", "exec"), scope)  # noqa: S102 - source built from whitelisted ASTs
    return ordered, scope["_rank"]


def rank_key(rules: list[dict], actuals, applies) -> tuple[bool, int, float]:
    """(met, number of gaps, closeness), as RungResult.met / len(gaps) / closeness would give them."""
    met, gap_count, gap_shortfall, applicable = True, 0, 0.0, 0
    groups: dict[str, list] = {}  # group → [met by an applicable member, any member passed, smallest shortfall]
    for rule, actual, applied in zip(rules, actuals, applies, strict=True):
        if applied:
            passed = not math.isnan(actual) and OPERATORS[rule["operator"]](actual, float(rule["threshold"]))
        else:
            passed = True
        shortfall = 0.0
        if not passed:
            threshold = float(rule["threshold"])
            shortfall = 1.0 if math.isnan(actual) else min(abs(threshold - actual) / (abs(threshold) or 1.0), 1.0)
        group = rule.get("group")
        if group:
            state = groups.setdefault(group, [False, False, None])
            state[0] = state[0] or (passed and applied)
            state[1] = state[1] or passed
            if not passed and (state[2] is None or shortfall < state[2]):
                state[2] = shortfall
            continue
        applicable += applied
        if not passed:
            met = False
            gap_count += 1
            gap_shortfall += shortfall
    for group_met, any_passed, shortfall in groups.values():
        met = met and group_met
        if not any_passed and shortfall is not None:
            gap_count += 1
            gap_shortfall += shortfall
            applicable += 1
    if not applicable:
        return met, gap_count, 1.0 if met else 0.0
    return met, gap_count, 1.0 - gap_shortfall / applicable


def ranked_candidates(rules: list[dict], kind: str, zone_id: int, on: datetime.date) -> list[int]:
    """Ids of the zone's enterprises not holding ``kind`` on ``on``, closest to meeting ``rules`` first."""
    names, fn = compile_rank(rules)
    held = f"has_{kind}"
    columns = sorted(set(names) | {held})
    rows = fetch_rows_for(columns, zone_id, on.year, on)
    held_at = columns.index(held) + 1
    picks = [columns.index(name) + 1 for name in names]
    nan = math.nan
    keyed = []
    for row in rows:
        if row[held_at]:
            continue
        _id, actuals, applies = fn(row[0], *[nan if row[i] is None else row[i] for i in picks])
        met, gaps, closeness = rank_key(rules, actuals, applies)
        keyed.append((not met, gaps, -closeness, _id))
    keyed.sort()
    return [k[3] for k in keyed]
