"""Column declarations: one ``Column`` per spreadsheet column, used to read, check and write every sheet.

``Column.parse(raw)`` turns one calamine cell into a typed value or a reason; the reader reports the reason as
(row, column, value, reason). Kinds: text, integer, decimal (Decimal, ``places``), number (float, the fast
enterprise path), date, month (first day), choice (label → stored value). ``parser`` replaces the kind's rule
for one column (raise ValueError with the reason).
"""
import datetime
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.translation import gettext as _

from actiondesk.core.values import date_problem, text_problem

TEXT, INTEGER, DECIMAL, NUMBER, DATE, MONTH, CHOICE = "text", "integer", "decimal", "number", "date", "month", \
    "choice"
KINDS = {TEXT, INTEGER, DECIMAL, NUMBER, DATE, MONTH, CHOICE}
# Far enough back for any registration date, and no date beyond the next decades.
EARLIEST_DATE, LATEST_DATE = datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)
# The largest amount a DecimalField(max_digits=14, decimal_places=2) holds (money in 万元 across the apps).
MONEY_HIGH = Decimal("999999999999.99")
_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?$")


def cell_text(value) -> str:
    """A cell as the text a user sees: '' for empty, 12 for 12.0, ISO dates, stripped strings."""
    if value is None:
        return ""
    if value.__class__ is str:
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = TEXT
    required: bool = False
    note: str = ""
    choices: Mapping[str, str] | None = None  # shown label → stored value
    low: float | None = None  # numbers: inclusive range
    high: float | None = None
    places: int = 2  # decimal places kept by DECIMAL
    max_length: int = 200
    parser: Callable | None = None  # raw cell → value, raises ValueError(reason)

    def __post_init__(self):
        assert self.kind in KINDS, self.kind

    def parse(self, raw) -> tuple[object, str | None]:
        """(value, None) or (None, reason); an empty cell is None (or a reason when required)."""
        if raw is None or raw == "" or (raw.__class__ is str and not raw.strip()):
            return None, (_("必填") if self.required else None)
        try:
            return (self.parser or _PARSERS[self.kind])(self, raw), None
        except ValueError as exc:
            return None, str(exc)


def _text(column, raw):
    value = cell_text(raw)
    if len(value) > column.max_length:
        raise ValueError(_("超过%(n)s个字符") % {"n": column.max_length})
    if problem := text_problem(value):  # control and bidi characters, as the services refuse them
        raise ValueError(problem)
    return value


def _decimal_of(raw) -> Decimal:
    if isinstance(raw, bool):
        raise ValueError(_("不是数字"))
    if isinstance(raw, float | int):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise ValueError(_("不是数字"))
        return Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
    if not isinstance(raw, str):
        raise ValueError(_("不是数字"))
    try:
        number = Decimal(raw.replace(",", "").strip())
    except InvalidOperation:
        raise ValueError(_("不是数字")) from None
    if not number.is_finite():
        raise ValueError(_("不是数字"))
    return number


def _in_range(column, number):
    """Counts name their range; amounts say negative or too large (their upper bound is the field's digits)."""
    low, high = column.low, column.high
    if (low is not None and number < low) or (high is not None and number > high):
        if column.kind == INTEGER and low is not None and high is not None:
            raise ValueError(_("应在%(low)s–%(high)s之间") % {"low": _plain(low), "high": _plain(high)})
        if low is not None and number < low:
            raise ValueError(_("不能为负数") if low == 0 else _("不能小于%(low)s") % {"low": _plain(low)})
        raise ValueError(_("数值超出范围"))


def _plain(number) -> str:
    return "" if number is None else (str(int(number)) if float(number).is_integer() else str(number))


def _decimal(column, raw):
    number = _decimal_of(raw)
    _in_range(column, number)
    return number.quantize(Decimal(1).scaleb(-column.places), rounding=ROUND_HALF_UP)  # as Excel rounds


def _number(column, raw):
    if raw.__class__ is float or raw.__class__ is int:
        number = float(raw)
    else:
        number = float(_decimal_of(raw))
    if not math.isfinite(number):
        raise ValueError(_("不是数字"))
    _in_range(column, number)
    return round(number, column.places)


def _integer(column, raw):
    number = _decimal_of(raw)
    if number != number.to_integral_value():
        raise ValueError(_("应为整数"))
    _in_range(column, number)
    return int(number)


def _date(column, raw):
    if isinstance(raw, datetime.datetime):
        day = raw.date()
    elif isinstance(raw, datetime.date):
        day = raw
    elif isinstance(raw, str):
        try:
            day = datetime.date.fromisoformat(raw.strip().replace("/", "-").replace(".", "-"))
        except ValueError:
            raise ValueError(_("不是日期（应为 2026-03-01 这样的格式）")) from None
    else:
        raise ValueError(_("不是日期（应为 2026-03-01 这样的格式）"))
    if problem := date_problem(day):  # the configured window (ACTIONDESK_DATE_MIN/MAX), as the services use
        raise ValueError(problem)
    return day


def _month(column, raw):
    if isinstance(raw, datetime.datetime):
        return raw.date().replace(day=1)
    if isinstance(raw, datetime.date):
        return raw.replace(day=1)
    match = _MONTH.match(cell_text(raw))
    if not match or not 1 <= int(match[2]) <= 12 or not EARLIEST_DATE.year <= int(match[1]) <= LATEST_DATE.year:
        raise ValueError(_("不是月份（应为 2026-09 这样的格式）"))
    return datetime.date(int(match[1]), int(match[2]), 1)


def _choice(column, raw):
    text = cell_text(raw)
    if text not in column.choices:
        raise ValueError(_("应为以下之一：%(options)s") % {"options": "/".join(column.choices)})
    return column.choices[text]


_PARSERS = {TEXT: _text, INTEGER: _integer, DECIMAL: _decimal, NUMBER: _number, DATE: _date, MONTH: _month,
            CHOICE: _choice}
