"""The project ledger (重点项目台账) as .xlsx: columns, template, reading and row-level validation.

Row 1 holds the headers, row 2 the notes of the template (skipped on import), data starts on row 3.
Every problem is reported as (row, column, value, reason); the import writes nothing if there is any.
"""
import datetime
import hashlib
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.chains.choices import Industry
from actiondesk.core.imports import RowError  # noqa: F401 - re-exported for this app's importers
from actiondesk.projects import stages
from actiondesk.projects.choices import ProjectType, Stage


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    note: str
    kind: str = "text"  # text, money, date, choice
    required: bool = False


STAGE_COLUMNS = {Stage.SIGNED: "signed_on", Stage.STARTED: "started_on", Stage.RESUMED: "resumed_on",
                 Stage.COMPLETED: "completed_on", Stage.PRODUCING: "producing_on"}
COLUMNS = [
    Column("code", "项目编号", "必填；示范区内唯一，按编号新增或更新", required=True),
    Column("name", "项目名称", "必填", required=True),
    Column("investor_credit_code", "投资主体统一社会信用代码", "选填；18位，须为企业库中的企业"),
    Column("investor_name", "投资主体名称", "未入企业库时填写名称"),
    Column("industry", "产业领域", "高端装备/生命健康/新材料/新一代信息技术/其他", "choice"),
    Column("chain", "产业链", "选填；产业链名称，如 特种机器人"),
    Column("project_type", "项目类型", "产业类/现代服务业类/基础设施类/其他", "choice"),
    Column("park", "所在园区", "选填"),
    Column("location", "建设地点", "选填"),
    Column("lead_department", "责任部门", "必填；部门全称，如 产业创新局", required=True),
    Column("responsible_leader", "包保领导", "选填；平台用户名"),
    Column("total_investment", "总投资（万元）", "必填；数字，不小于0", "money", True),
    Column("signed_on", "签约日期", "日期，如 2026-03-01", "date"),
    Column("started_on", "开工日期", "不早于签约日期", "date"),
    Column("resumed_on", "复工日期", "续建项目当年复工日期", "date"),
    Column("completed_on", "竣工日期", "不早于开工日期", "date"),
    Column("producing_on", "投产日期", "不早于竣工日期", "date"),
    Column("stage_reason", "跳过阶段原因", "缺少中间阶段日期时必填"),
    Column("planned_signed_on", "计划签约日期", "选填", "date"),
    Column("planned_started_on", "计划开工日期", "选填", "date"),
    Column("planned_completed_on", "计划竣工日期", "选填", "date"),
    Column("planned_producing_on", "计划投产日期", "选填", "date"),
    Column("annual_plan", "年度计划投资（万元）", "台账年度的计划投资", "money"),
    Column("description", "建设内容", "选填"),
]
MONTH_COLUMNS = [Column(f"month_{m}", f"{m}月完成投资（万元）", "选填；当月完成投资", "money") for m in range(1, 13)]
ALL_COLUMNS = COLUMNS + MONTH_COLUMNS
CHOICES = {"industry": {str(label): value for value, label in Industry.choices},
           "project_type": {str(label): value for value, label in ProjectType.choices}}


class LedgerFileError(Exception):
    """The file is not a readable ledger at all (not xlsx, no header row …)."""



@dataclass
class LedgerRecord:
    row: int
    values: dict = field(default_factory=dict)


@dataclass
class LedgerReading:
    file_name: str
    sha256: str
    year: int
    records: list[LedgerRecord]
    errors: list[RowError]
    extras: object = None  # ledger_extras.ExtraSheets: the optional 要素保障 and 存在问题 sheets
    today: datetime.date | None = None


def read_rows(content: bytes) -> list[list]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(content))
        return workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine raises its own error types for every kind of bad file
        raise LedgerFileError(_("无法读取 xlsx 文件：%(error)s") % {"error": str(exc).splitlines()[0][:120]}) from exc


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return str(value).strip()


def _parse(column: Column, raw):
    """(value, error reason) for one cell."""
    text = _text(raw)
    if text == "":
        return None, (_("必填") if column.required else None)
    if column.kind == "money":
        try:
            number = Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None, _("不是数字")
        if number < 0:
            return None, _("不能为负数")
        return number.quantize(Decimal("0.01")), None
    if column.kind == "date":
        if isinstance(raw, datetime.datetime):
            return raw.date(), None
        if isinstance(raw, datetime.date):
            return raw, None
        try:
            return datetime.date.fromisoformat(text.replace("/", "-").replace(".", "-")), None
        except ValueError:
            return None, _("不是日期（应为 2026-03-01 这样的格式）")
    if column.kind == "choice":
        if text not in CHOICES[column.key]:
            return None, _("应为以下之一：%(options)s") % {"options": "/".join(CHOICES[column.key])}
        return CHOICES[column.key][text], None
    return text, None


def read_ledger(content: bytes, *, file_name: str, year: int, today: datetime.date | None = None,
                references=None) -> LedgerReading:
    """Parse and validate every row; ``references`` resolves names (departments, chains …) to ids."""
    today = today or timezone.localdate()
    rows = read_rows(content)
    if not rows:
        raise LedgerFileError(_("文件为空"))
    headers = [_text(h) for h in rows[0]]
    by_header = {c.header: c for c in ALL_COLUMNS}
    missing = [c.header for c in COLUMNS if c.required and c.header not in headers]
    if missing:
        raise LedgerFileError(_("不是项目台账：缺少列 %(columns)s") % {"columns": "、".join(missing)})
    positions = [(i, by_header[h]) for i, h in enumerate(headers) if h in by_header]
    reading = LedgerReading(file_name, hashlib.sha256(content).hexdigest(), year, [], [])
    seen_codes = {}
    for offset, row in enumerate(rows[1:], start=2):
        cells = {c.key: (row[i] if i < len(row) else None) for i, c in positions}
        if offset == 2 and _text(cells.get("code")) == COLUMNS[0].note:
            continue  # the template's notes row
        if all(_text(v) == "" for v in cells.values()):
            continue
        record, errors = LedgerRecord(offset), []
        for column in (c for _i, c in positions):
            value, reason = _parse(column, cells[column.key])
            if reason:
                errors.append(RowError(offset, column.header, _text(cells[column.key]), reason))
            record.values[column.key] = value
        code = record.values.get("code")
        if code and code in seen_codes:
            errors.append(RowError(offset, "项目编号", code, _("与第%(row)s行重复") % {"row": seen_codes[code]}))
        seen_codes.setdefault(code, offset)
        errors += _check_row(record, year=year, today=today)
        if references is not None:
            errors += references.resolve(record)
        reading.errors += errors
        reading.records.append(record)
    return reading


def _check_row(record: LedgerRecord, *, year: int, today: datetime.date) -> list[RowError]:
    values, errors = record.values, []
    dates = {stage: values.get(key) for stage, key in STAGE_COLUMNS.items()}
    for message in stages.history_errors(dates, today=today, reason=values.get("stage_reason") or ""):
        errors.append(RowError(record.row, "阶段日期", " / ".join(str(d) for d in dates.values() if d), message))
    for month in range(1, 13):
        if values.get(f"month_{month}") is not None and datetime.date(year, month, 1) > today.replace(day=1):
            errors.append(RowError(record.row, f"{month}月完成投资（万元）", str(values[f"month_{month}"]),
                                   _("%(year)s年%(month)s月尚未到来") % {"year": year, "month": month}))
    return errors
