"""Monthly 产值 of a chain's enterprises: the .xlsx template, reading a filled file, checking typed values.

Enterprises are named by 统一社会信用代码 and must sit on the chain. Every problem is reported as
(row, column, value, reason); nothing is written while there is any.
"""
import datetime
import hashlib
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import xlsxwriter
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.chains.models import SegmentEnterprise
from actiondesk.enterprises.models import Enterprise
from actiondesk.projects.ledger import LedgerFileError, RowError, read_rows

CODE, NAME, MONTH, VALUE = "统一社会信用代码", "企业名称", "月份", "产值（万元）"
HEADERS = [CODE, NAME, MONTH, VALUE]
MONTH_PATTERN = re.compile(r"^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?$")


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


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return value.strftime("%Y-%m")
    return str(value).strip()


def parse_month(raw) -> datetime.date | None:
    if isinstance(raw, datetime.datetime):
        return raw.date().replace(day=1)
    if isinstance(raw, datetime.date):
        return raw.replace(day=1)
    match = MONTH_PATTERN.match(_text(raw))
    if not match or not 1 <= int(match[2]) <= 12:
        return None
    return datetime.date(int(match[1]), int(match[2]), 1)


def parse_value(raw) -> tuple[Decimal | None, str | None]:
    text = _text(raw).replace(",", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None, _("不是数字")
    if not value.is_finite():
        return None, _("不是数字")
    if value < 0:
        return None, _("产值不能为负数")
    return value.quantize(Decimal("0.01")), None


def month_error(month: datetime.date, today: datetime.date) -> str | None:
    if month > today.replace(day=1):
        return _("%(month)s 尚未到来，不能填报") % {"month": month.strftime("%Y-%m")}
    return None


def outputs_template(chain, month: datetime.date) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet(_("月度产值"))
    header = book.add_format({"bold": True, "bg_color": "#EEF2F6", "border": 1})
    for col, text in enumerate(HEADERS):
        sheet.write(0, col, text, header)
        sheet.set_column(col, col, 24 if col < 2 else 14)
    for row, enterprise in enumerate(chain_enterprises(chain), start=1):
        sheet.write_string(row, 0, enterprise.credit_code)
        sheet.write_string(row, 1, enterprise.name)
        sheet.write_string(row, 2, month.strftime("%Y-%m"))
    sheet.freeze_panes(1, 0)
    book.close()
    return buffer.getvalue()


def read_outputs(content: bytes, *, chain, file_name: str, today: datetime.date | None = None) -> OutputReading:
    """Parse and check every row of a filled template; empty 产值 cells are skipped."""
    today = today or timezone.localdate()
    rows = read_rows(content)
    if not rows:
        raise LedgerFileError(_("文件为空"))
    headers = [_text(h) for h in rows[0]]
    missing = [h for h in (CODE, MONTH, VALUE) if h not in headers]
    if missing:
        raise LedgerFileError(_("不是月度产值表：缺少列 %(columns)s") % {"columns": "、".join(missing)})
    at = {h: headers.index(h) for h in (CODE, MONTH, VALUE)}
    on_chain = dict(chain_enterprises(chain).values_list("credit_code", "pk"))
    reading = OutputReading(file_name, hashlib.sha256(content).hexdigest())
    seen = {}
    for number, row in enumerate(rows[1:], start=2):
        cells = {h: (row[i] if i < len(row) else None) for h, i in at.items()}
        if _text(cells[VALUE]) == "":
            continue
        errors = []
        code = _text(cells[CODE]).upper()
        if code not in on_chain:
            errors.append(RowError(number, CODE, code, _("不是本产业链上的企业") if code else _("必填")))
        month = parse_month(cells[MONTH])
        if month is None:
            errors.append(RowError(number, MONTH, _text(cells[MONTH]), _("不是月份（应为 2026-09 这样的格式）")))
        elif reason := month_error(month, today):
            errors.append(RowError(number, MONTH, _text(cells[MONTH]), reason))
        value, reason = parse_value(cells[VALUE])
        if reason:
            errors.append(RowError(number, VALUE, _text(cells[VALUE]), reason))
        if not errors:
            key = (code, month)
            if key in seen:
                errors.append(RowError(number, CODE, code, _("与第%(row)s行的企业和月份重复") % {"row": seen[key]}))
            seen.setdefault(key, number)
            reading.rows.append((on_chain[code], month, value))
        reading.errors += errors
    return reading
