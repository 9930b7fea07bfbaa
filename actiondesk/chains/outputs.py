"""Monthly 产值 of a chain's enterprises: the .xlsx template, reading a filled file, checking typed values.

Enterprises are named by 统一社会信用代码 and must sit on the chain. Every problem is reported as
(row, column, value, reason); nothing is written while there is any.
"""
import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.chains.models import SegmentEnterprise
from actiondesk.core.spreadsheets import (
    DECIMAL,
    MONEY_HIGH,
    MONTH,
    Column,
    RowError,
    Workbook,
    cell_text,
    read_rows,
    read_table,
    sha256,
)
from actiondesk.core.values import date_problem
from actiondesk.enterprises.models import Enterprise

CODE, NAME, MONTH_HEADER, VALUE = "统一社会信用代码", "企业名称", "月份", "产值（万元）"
COLUMNS = [
    Column("code", CODE, required=True, parser=lambda _c, raw: cell_text(raw).upper()),
    Column("name", NAME),
    Column("month", MONTH_HEADER, MONTH, required=True),
    Column("value", VALUE, DECIMAL, required=True, low=0, high=MONEY_HIGH),
]
HEADERS = [c.header for c in COLUMNS]


@dataclass
class OutputReading:
    file_name: str
    sha256: str
    rows: list[tuple[int, datetime.date, Decimal]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def chain_enterprises(chain):
    """The enterprises placed on any segment of the chain, each once."""
    placed = SegmentEnterprise.objects.filter(segment__chain=chain).values("enterprise_id")
    return Enterprise.objects.filter(pk__in=placed).order_by("name")


def parse_month(raw) -> datetime.date | None:
    value, reason = COLUMNS[2].parse(raw)
    return None if reason else value


def parse_value(raw) -> tuple[Decimal | None, str | None]:
    """(value, reason) of a typed 产值 (the grid page uses the same rule as the import)."""
    value, reason = COLUMNS[3].parse(raw)
    if reason == _("不能为负数"):
        reason = _("产值不能为负数")
    return value, reason


def month_error(month: datetime.date, today: datetime.date) -> str | None:
    if date_problem(month):
        return date_problem(month)
    if month > today.replace(day=1):
        return _("%(month)s 尚未到来，不能填报") % {"month": month.strftime("%Y-%m")}
    return None


def outputs_template(chain, month: datetime.date) -> bytes:
    rows = ([e.credit_code, e.name, month.strftime("%Y-%m"), None] for e in chain_enterprises(chain))
    book = Workbook()
    book.add_table(_("月度产值"), HEADERS, rows, widths=[24, 24, 14, 14])
    return book.close()


def read_outputs(content: bytes, *, chain, file_name: str, today: datetime.date | None = None) -> OutputReading:
    """Parse and check every row of a filled template; rows with an empty 产值 are skipped."""
    today = today or timezone.localdate()
    table = read_table(read_rows(content), COLUMNS, title=_("不是月度产值表"),
                       keep=lambda cells: cell_text(cells["value"]) != "")
    on_chain = dict(chain_enterprises(chain).values_list("credit_code", "pk"))
    reading = OutputReading(file_name, sha256(content))
    bad_rows = {e.row for e in table.errors}
    reading.errors += table.errors
    seen = {}
    for record in table.records:
        number, values = record.row, record.values
        errors = []
        code, month = values["code"], values["month"]
        if code and code not in on_chain:
            errors.append(RowError(number, CODE, code, _("不是本产业链上的企业")))
        if month is not None and (reason := month_error(month, today)):
            errors.append(RowError(number, MONTH_HEADER, month.strftime("%Y-%m"), reason))
        if not errors and number not in bad_rows:
            key = (code, month)
            if key in seen:
                errors.append(RowError(number, CODE, code, _("与第%(row)s行的企业和月份重复") % {"row": seen[key]}))
            seen.setdefault(key, number)
            reading.rows.append((on_chain[code], month, values["value"]))
        reading.errors += errors
    reading.errors.sort(key=lambda e: e.row)
    return reading
