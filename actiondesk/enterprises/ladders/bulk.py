"""One SQL scan of the facts ladder rules name, for every enterprise of a zone.

The candidate pool (ladders.pool) ranks a whole zone for one rung from this scan; the pure engine (rules.py)
explains one enterprise with its gaps. Both compile the same expressions (expressions.to_python).
"""
import datetime

from django.db import connection

from actiondesk.enterprises.ladders.expressions import FIGURES, KINDS
from actiondesk.enterprises.models import Certification, Enterprise, EnterpriseYearFigures

_OFFSETS = {"": 1, "prev_": 2, "prev2_": 3, "prev3_": 4}


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


def fetch_rows_for(names: list[str], zone_id: int, year: int, on: datetime.date) -> list[tuple]:
    sql, params = scan_sql(names, zone_id, year, on)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
