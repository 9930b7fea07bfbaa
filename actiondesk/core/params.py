"""Query and form parameters: page parameters fall back instead of failing; API parameters are typed and bounded.

Pages read loose parameters (a year, a number of months) with ``int_param``: a bad value falls back to the default.
List filters are FilterSets (core.filters). API endpoints annotate their parameters with the types below, so a
value out of range is a 422 in the one error shape, never a 500.
"""
from typing import Annotated

from pydantic import Field

YEAR_MIN, YEAR_MAX = 2000, 2100
MAX_ID = 2**63 - 1  # the largest BigAutoField value

Year = Annotated[int, Field(ge=YEAR_MIN, le=YEAR_MAX, description="年度（2000–2100）")]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
# A reporting period: 2026-06 (month 01–12).
Period = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="月份，如 2026-06")]


def parse_id(value) -> int | None:
    """A row id from a parameter, or None when it is not one (not a number, 0, beyond 64 bits)."""
    text = str(value).strip()
    if not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    return number if 1 <= number <= MAX_ID else None


def int_param(data, name: str, default: int, *, low: int | None = None, high: int | None = None) -> int:
    try:
        value = int(str(data.get(name) or default).strip())
    except (TypeError, ValueError):
        return default
    if (low is not None and value < low) or (high is not None and value > high):
        return default
    return value
