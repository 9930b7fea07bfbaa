"""The project ledger (重点项目台账) as .xlsx: column declarations and row-level checks.

Row 1 holds the headers, row 2 the notes of the template (skipped on import), data starts on row 3.
Reading goes through core.spreadsheets (limits, header check, typed Columns); every problem is reported as
(row, column, value, reason) and the import writes nothing if there is any.
"""
import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.chains.choices import Industry
from actiondesk.core.spreadsheets import (
    CHOICE,
    DATE,
    DECIMAL,
    MONEY_HIGH,
    Column,
    Record,
    RowError,
    read_rows,
    read_table,
    sha256,
)
from actiondesk.projects import stages
from actiondesk.projects.choices import ProjectType, Stage

CHOICES = {"industry": {str(label): value for value, label in Industry.choices},
           "project_type": {str(label): value for value, label in ProjectType.choices}}


def money(key, header, note, required=False, low=0):
    return Column(key, header, DECIMAL, required, note, low=low, high=MONEY_HIGH)


def date(key, header, note, required=False):
    return Column(key, header, DATE, required, note)


def text(key, header, note, required=False, max_length=200):
    return Column(key, header, required=required, note=note, max_length=max_length)


RESERVE_CHOICES = {"是": "yes", "否": "no"}
STAGE_COLUMNS = {Stage.SIGNED: "signed_on", Stage.STARTED: "started_on", Stage.RESUMED: "resumed_on",
                 Stage.COMPLETED: "completed_on", Stage.PRODUCING: "producing_on"}
COLUMNS = [
    text("code", "项目编号", "必填；示范区内唯一，按编号新增或更新", True, max_length=40),
    text("name", "项目名称", "必填", True),
    text("investor_credit_code", "投资主体统一社会信用代码", "选填；18位，须为企业库中的企业", max_length=18),
    text("investor_name", "投资主体名称", "未入企业库时填写名称"),
    Column("industry", "产业领域", CHOICE, note="高端装备/生命健康/新材料/新一代信息技术/其他",
           choices=CHOICES["industry"]),
    text("chain", "产业链", "选填；产业链名称，如 特种机器人"),
    Column("project_type", "项目类型", CHOICE, note="产业类/现代服务业类/基础设施类/其他",
           choices=CHOICES["project_type"]),
    text("park", "所在园区", "选填", max_length=100),
    text("location", "建设地点", "选填"),
    text("lead_department", "责任部门", "必填；部门全称，如 产业创新局", True),
    text("responsible_leader", "包保领导", "选填；平台用户名", max_length=150),
    money("total_investment", "总投资（万元）", "必填；数字，不小于0", True),
    date("signed_on", "签约日期", "日期，如 2026-03-01"),
    date("started_on", "开工日期", "不早于签约日期"),
    date("resumed_on", "复工日期", "续建项目当年复工日期"),
    date("completed_on", "竣工日期", "不早于开工日期"),
    date("producing_on", "投产日期", "不早于竣工日期"),
    text("stage_reason", "跳过阶段原因", "缺少中间阶段日期时必填", max_length=300),
    text("approval_override", "例外开工原因", "已在系统中的项目登记开工而开工前须办结的审批未办结时必填", max_length=300),
    Column("reserve", "储备项目", CHOICE, note="填“是”：尚在谋划、未洽谈的储备项目（不填阶段日期）",
           choices=RESERVE_CHOICES),
    date("planned_signed_on", "计划签约日期", "选填"),
    date("planned_started_on", "计划开工日期", "选填"),
    date("planned_completed_on", "计划竣工日期", "选填"),
    date("planned_producing_on", "计划投产日期", "选填"),
    money("annual_plan", "年度计划投资（万元）", "台账年度的计划投资"),
    text("description", "建设内容", "选填", max_length=5000),
]
MONTH_COLUMNS = [money(f"month_{m}", f"{m}月完成投资（万元）", "选填；当月完成投资") for m in range(1, 13)]
ALL_COLUMNS = COLUMNS + MONTH_COLUMNS


@dataclass
class LedgerReading:
    file_name: str
    sha256: str
    year: int
    records: list[Record]
    errors: list[RowError]
    extras: object = None  # ledger_extras.ExtraSheets: the optional 要素保障 and 存在问题 sheets
    today: datetime.date | None = None


def read_ledger(content: bytes, *, file_name: str, year: int, today: datetime.date | None = None,
                references=None) -> LedgerReading:
    """Parse and validate every row; ``references`` resolves names (departments, chains …) to ids."""
    today = today or timezone.localdate()
    table = read_table(read_rows(content), ALL_COLUMNS, title=_("不是项目台账"))
    reading = LedgerReading(file_name, sha256(content), year, [], [])
    seen_codes = {}
    row_errors = {}
    for error in table.errors:
        row_errors.setdefault(error.row, []).append(error)
    for record in table.records:
        offset, errors = record.row, row_errors.get(record.row, [])
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


def row_stage(values: dict) -> str:
    """The stage a row records: from its stage dates, or 储备 when it says so and has none."""
    dates = {stage: values.get(key) for stage, key in STAGE_COLUMNS.items()}
    if values.get("reserve") == "yes" and not any(dates.values()):
        return Stage.RESERVE
    return stages.stage_of(dates)


def _check_row(record: Record, *, year: int, today: datetime.date) -> list[RowError]:
    values, errors = record.values, []
    dates = {stage: values.get(key) for stage, key in STAGE_COLUMNS.items()}
    for message in stages.history_errors(dates, today=today, reason=values.get("stage_reason") or ""):
        errors.append(RowError(record.row, "阶段日期", " / ".join(str(d) for d in dates.values() if d), message))
    if values.get("reserve") == "yes" and any(dates.values()):
        errors.append(RowError(record.row, "储备项目", "是", _("储备项目尚未签约，不能填写阶段日期")))
    for month in range(1, 13):
        if values.get(f"month_{month}") is not None and datetime.date(year, month, 1) > today.replace(day=1):
            errors.append(RowError(record.row, f"{month}月完成投资（万元）", str(values[f"month_{month}"]),
                                   _("%(year)s年%(month)s月尚未到来") % {"year": year, "month": month}))
    return errors
