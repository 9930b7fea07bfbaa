"""Evaluate every rung for every enterprise of a zone: one SQL scan plus one generated Python function.

The pure engine (rules.py) explains one enterprise with gaps; this answers "which rungs does each
enterprise meet" for the whole registry, fast enough for 100,000 enterprises. Both compile the same
expressions (expressions.to_python), so they always agree.
"""
import datetime
import math
from dataclasses import dataclass
from itertools import starmap

from django.db import connection

from actiondesk.enterprises.ladders.expressions import FIGURES, GLOBALS, KINDS, names_in, to_python
from actiondesk.enterprises.ladders.rules import pick_rule_set
from actiondesk.enterprises.models import Certification, Enterprise, EnterpriseYearFigures

_PY_OPS = {">=": ">=", ">": ">", "<=": "<=", "<": "<", "==": "=="}
_OFFSETS = {"": 1, "prev_": 2, "prev2_": 3, "prev3_": 4}


@dataclass
class Program:
    rungs: list[tuple[str, str]]  # (ladder code, kind)
    names: list[str]
    function: object
    source: str

    def sql(self, zone_id: int, year: int, on: datetime.date) -> tuple[str, list]:
        return scan_sql(self.names, zone_id, year, on)

    def run_rows(self, rows) -> list[tuple]:
        """[(enterprise_id, (met per rung…))]; the generated function takes the whole row (id first)."""
        fn = self.function
        try:
            return list(starmap(fn, rows))
        except TypeError:  # a missing figure (NULL) somewhere: NaN fails every comparison it takes part in
            nan = math.nan
            return [fn(*[nan if v is None else v for v in row]) for row in rows]


def _criterion_source(rule: dict) -> str:
    test = f"({to_python(rule['expression'])} {_PY_OPS[rule['operator']]} {float(rule['threshold'])!r})"
    if rule.get("condition"):
        return f"(not {to_python(rule['condition'])} or {test})"
    return test


def _cost(rule: dict) -> int:
    text = rule["expression"] + rule.get("condition", "")
    return text.count("bands") * 4 + text.count("(") + text.count("/")


def _rung_source(rules: list[dict]) -> str:
    """AND of the criteria (cheapest first, so `and` stops early), then one OR per alternative group."""
    parts, groups = [], {}
    for rule in sorted(rules, key=_cost):
        if rule.get("group"):
            groups.setdefault(rule["group"], []).append(_criterion_source(rule))
        else:
            parts.append(_criterion_source(rule))
    parts += [f"({' or '.join(members)})" for members in groups.values()]
    return " and ".join(parts) if parts else "False"


def compile_program(ladders: list[dict], on: datetime.date) -> Program:
    rungs, bodies, names = [], [], set()
    for ladder in ladders:
        for rung in ladder["rungs"]:
            rule_set = pick_rule_set(rung["rule_sets"], on)
            rules = rule_set["rules"] if rule_set else []
            for rule in rules:
                names |= names_in(rule["expression"]) | (names_in(rule["condition"]) if rule.get("condition") else set())
            rungs.append((ladder["code"], rung["kind"]))
            bodies.append(_rung_source(rules))
    ordered = sorted(names)
    source = f"def _evaluate(_id, {', '.join(ordered)}):\n    return _id, ({', '.join(bodies)},)\n"
    scope = dict(GLOBALS)
    exec(compile(source, "<ladder-program>", "exec"), scope)  # noqa: S102 - source built from whitelisted ASTs
    return Program(rungs, ordered, scope["_evaluate"], source)


def _prefix(name: str) -> str:
    prefix = next(p for p in ("prev3_", "prev2_", "prev_", "") if name.startswith(p))
    assert name.removeprefix(prefix) in FIGURES
    return prefix


def scan_sql(names: list[str], zone_id: int, year: int, on: datetime.date) -> tuple[str, list]:
    """One row per enterprise: id, then the named facts (figures as float, has_* as 0/1, age in years)."""
    ent, fig, cert = (Enterprise._meta.db_table, EnterpriseYearFigures._meta.db_table,
                      Certification._meta.db_table)
    select, joins, params = ["e.id"], [], []
    used_prefixes = {_prefix(n) for n in names if n != "age_years" and not n.startswith("has_")}
    kinds = [n.removeprefix("has_") for n in names if n.startswith("has_")]
    for prefix in sorted(used_prefixes, key=_OFFSETS.get):
        alias = f"f{_OFFSETS[prefix]}"
        joins.append(f"LEFT JOIN {fig} {alias} ON {alias}.enterprise_id = e.id AND {alias}.year = %s")
        params.append(year - _OFFSETS[prefix])
    if kinds:
        flags = ", ".join(f"MAX(CASE WHEN kind = '{k}' THEN 1 ELSE 0 END) AS has_{k}" for k in kinds
                          if k in KINDS)
        joins.append(f"LEFT JOIN (SELECT enterprise_id, {flags} FROM {cert} WHERE granted_on <= %s AND "
                     f"(expires_on IS NULL OR expires_on >= %s) GROUP BY enterprise_id) h ON h.enterprise_id = e.id")
        params += [on, on]
    for name in names:
        if name == "age_years":
            extract = ("EXTRACT(YEAR FROM e.registered_on)" if connection.vendor == "postgresql"
                       else "CAST(strftime('%%Y', e.registered_on) AS INTEGER)")
            select.append(f"CAST(%s - {extract} AS DOUBLE PRECISION)")
            params.insert(0, year)
        elif name.startswith("has_"):
            select.append(f"COALESCE(h.{name}, 0)")
        else:
            prefix = _prefix(name)
            select.append(f"CAST(f{_OFFSETS[prefix]}.{name.removeprefix(prefix)} AS DOUBLE PRECISION)")
    sql = f"SELECT {', '.join(select)} FROM {ent} e {' '.join(joins)} WHERE e.zone_id = %s ORDER BY e.id"
    return sql, params + [zone_id]


def fetch_rows(program: Program, zone_id: int, year: int, on: datetime.date) -> list[tuple]:
    return fetch_rows_for(program.names, zone_id, year, on)


def fetch_rows_for(names: list[str], zone_id: int, year: int, on: datetime.date) -> list[tuple]:
    sql, params = scan_sql(names, zone_id, year, on)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def evaluate_zone(ladders: list[dict], zone_id: int, on: datetime.date) -> tuple[Program, list[tuple]]:
    """(program, [(enterprise_id, (met per rung…))]) for the assessment date ``on`` (上年度 = on.year − 1)."""
    program = compile_program(ladders, on)
    return program, program.run_rows(fetch_rows(program, zone_id, on.year, on))
