"""Policy conditions as data over the registry, and the pure function that matches an enterprise against them.

A policy's ``conditions`` is a list of clauses, all of which must hold::

    {"field": "scale_status", "op": "in", "value": ["industry", "service"]}       # 规(限)上 kinds
    {"field": "industry_section", "op": "in", "value": ["C"]}                     # 行业门类
    {"field": "park", "op": "in", "value": ["生命健康产业园"]}
    {"field": "certification", "op": "has", "value": "high_tech"}               # a current title
    {"field": "revenue", "op": ">=", "value": 2000, "year": 2025}                 # 万元; year: latest if absent
    {"field": "years_registered", "op": "<=", "value": 5}

Figures are those of ``EnterpriseYearFigures`` (revenue, tax, rnd_expense, employees …).
"""
import datetime
from decimal import Decimal, InvalidOperation

from actiondesk.enterprises.choices import CertificationKind, ScaleStatus
from actiondesk.enterprises.models.registry import FIGURE_FIELDS, EnterpriseYearFigures

SET_FIELDS = ("scale_status", "industry_section", "park")
COMPARE = {">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, "<": lambda a, b: a < b,
           "==": lambda a, b: a == b}
FIELD_LABELS = {"scale_status": "四上状态", "industry_section": "行业门类", "park": "所在园区",
                "certification": "资质荣誉", "years_registered": "成立年限"}


def conditions_problem(conditions) -> str | None:
    """Why ``conditions`` cannot be stored (None when they can)."""
    if not isinstance(conditions, list):
        return "适用条件应为条件列表"
    for i, clause in enumerate(conditions, start=1):
        if not isinstance(clause, dict):
            return f"第{i}个条件格式不正确"
        field, op, value = clause.get("field"), clause.get("op"), clause.get("value")
        if field in SET_FIELDS:
            if op != "in" or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return f"第{i}个条件应为“in”加取值列表"
        elif field == "certification":
            if op != "has" or not isinstance(value, str):
                return f"第{i}个条件应为“has”加资质类别"
        elif field in FIGURE_FIELDS or field == "years_registered":
            if op not in COMPARE or _number(value) is None:
                return f"第{i}个条件应为比较符加数值"
            if "year" in clause and not (isinstance(clause["year"], int) and 1949 <= clause["year"] <= 2100):
                return f"第{i}个条件的年度不正确"
        else:
            return f"第{i}个条件的字段“{field}”未知"
    return None


def _number(value):
    if isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def clause_holds(clause: dict, facts: dict, today: datetime.date) -> bool:
    field, op, value = clause["field"], clause["op"], clause["value"]
    if field in SET_FIELDS:
        return facts.get(field, "") in value
    if field == "certification":
        return value in facts.get("certifications", ())
    if field == "years_registered":
        registered = facts.get("registered_on")
        if registered is None:
            return False
        return COMPARE[op](Decimal((today - registered).days) / Decimal("365.25"), _number(value))
    figures = facts.get("figures", {})
    year = clause.get("year") or (max(figures) if figures else None)
    actual = figures.get(year, {}).get(field) if year else None
    return actual is not None and COMPARE[op](Decimal(actual), _number(value))


def matches(conditions: list, facts: dict, today: datetime.date) -> bool:
    """Whether an enterprise with ``facts`` meets every clause (a policy without conditions fits everyone)."""
    return all(clause_holds(clause, facts, today) for clause in conditions)


OPERATOR_TEXT = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}


def describe(conditions: list) -> str:
    """The conditions as a sentence for people (pages and the audit trail): 四上状态属于 规上工业；研发费用(万元) ≥ 500."""
    labels = {**{c.value: str(c.label) for c in ScaleStatus}, **{c.value: str(c.label) for c in CertificationKind}}
    parts = []
    for clause in conditions:
        field, op, value = clause.get("field"), clause.get("op"), clause.get("value")
        if field in SET_FIELDS:
            parts.append(f"{FIELD_LABELS[field]}属于 {'、'.join(labels.get(v, v) for v in value)}")
        elif field == "certification":
            parts.append(f"持有 {labels.get(value, value)}")
        elif field == "years_registered":
            parts.append(f"成立年限 {OPERATOR_TEXT.get(op, op)} {value} 年")
        else:
            label = str(EnterpriseYearFigures._meta.get_field(field).verbose_name)
            year = f"（{clause['year']}年）" if clause.get("year") else ""
            parts.append(f"{label}{year} {OPERATOR_TEXT.get(op, op)} {value}")
    return "；".join(parts) or "不限"
