"""How targets read in the UI and in exports: "≥ 80 个", "1–2 家", "> 全省平均水平"."""
from decimal import Decimal

from actiondesk.plans.kinds import comparator_of, kind_of


def format_number(value) -> str:
    if value is None:
        return ""
    value = Decimal(value)
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text


def format_target(indicator) -> str:
    unit = indicator.unit or ""
    kind, rule = kind_of(indicator.kind), comparator_of(indicator.comparator)
    if kind.target_is_reference and indicator.target_value is None:
        return f"{rule.symbol} {indicator.reference}".strip()
    if rule.has_upper_bound:
        return f"{format_number(indicator.target_value)}–{format_number(indicator.value_max)} {unit}".strip()
    prefix = f"{kind.target_prefix} " if kind.target_prefix else ""
    return f"{rule.symbol} {prefix}{format_number(indicator.target_value)} {unit}".strip()
