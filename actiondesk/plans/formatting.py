"""How targets read in the UI and in exports: "≥ 80 个", "1–2 家", "> 全省平均水平"."""
from decimal import Decimal

SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "≈": "≈"}


def format_number(value) -> str:
    if value is None:
        return ""
    value = Decimal(value)
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text


def format_target(indicator) -> str:
    unit = indicator.unit or ""
    if indicator.kind == "relative" and indicator.target_value is None:
        return f"{SYMBOLS.get(indicator.comparator, '')} {indicator.reference}".strip()
    if indicator.comparator == "range":
        return f"{format_number(indicator.target_value)}–{format_number(indicator.value_max)} {unit}".strip()
    prefix = "增长 " if indicator.kind == "growth_rate" else ""
    return f"{SYMBOLS.get(indicator.comparator, '')} {prefix}{format_number(indicator.target_value)} {unit}".strip()
