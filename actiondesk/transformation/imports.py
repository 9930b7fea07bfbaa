"""The .xlsx import of diagnoses, 智改数转 projects and factory ratings (one workbook, three optional sheets).

Enterprises are named by 统一社会信用代码 and must be in the zone's registry; projects may name their ledger
project by 项目编号. Every problem of every sheet is reported as (row, column, value, reason) and nothing is
written while there is any; then ``services_import.transformation_import_save`` writes everything in one
transaction with ONE audit entry (copy of chains/outputs.py).
"""
import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.spreadsheets import (
    CHOICE,
    DATE,
    DECIMAL,
    INTEGER,
    MONEY_HIGH,
    TEXT,
    Column,
    RowError,
    Workbook,
    cell_text,
    read_sheets,
    sha256,
)
from actiondesk.enterprises.models import Enterprise
from actiondesk.projects.models import Project
from actiondesk.transformation.choices import (
    LEVELS_OF,
    Category,
    DiagnosisMethod,
    FactoryKind,
    FactoryLevel,
    ProjectState,
    RatingStage,
    Scope,
)

CODE = "统一社会信用代码"
DIAGNOSES, PROJECTS, RATINGS = "评估诊断", "智改数转项目", "工厂评级"


def _labels(choices) -> dict[str, str]:
    return {str(label): value for value, label in choices}


def _code(_column, raw) -> str:
    return cell_text(raw).upper()


DIAGNOSIS_COLUMNS = [
    Column("code", CODE, required=True, parser=_code),
    Column("name", "企业名称"),
    Column("diagnosed_on", "诊断日期", DATE, required=True),
    Column("provider", "服务商", max_length=200),
    Column("method", "诊断方式", CHOICE, required=True, choices=_labels(DiagnosisMethod.choices)),
    Column("level_overall", "总体成熟度等级", INTEGER, required=True, low=1, high=5, note="1–5"),
    Column("level_personnel", "人员", INTEGER, low=1, high=5, note="1–5"),
    Column("level_technology", "技术", INTEGER, low=1, high=5, note="1–5"),
    Column("level_resources", "资源", INTEGER, low=1, high=5, note="1–5"),
    Column("level_manufacturing", "制造", INTEGER, low=1, high=5, note="1–5"),
    Column("findings", "主要问题", max_length=2000),
    Column("measures", "改造建议", max_length=2000),
]
PROJECT_COLUMNS = [
    Column("code", CODE, required=True, parser=_code),
    Column("enterprise_name", "企业名称"),
    Column("name", "项目名称", required=True, max_length=200),
    Column("scope", "改造方向", CHOICE, required=True, choices=_labels(Scope.choices)),
    Column("category", "改造内容", CHOICE, required=True, choices=_labels(Category.choices)),
    Column("vendor", "服务商", max_length=200),
    Column("ledger_code", "重点项目编号", note=_("同时是投资项目时填写台账的项目编号")),
    Column("planned_investment", "计划投资（万元）", DECIMAL, low=0, high=MONEY_HIGH),
    Column("actual_investment", "实际投资（万元）", DECIMAL, low=0, high=MONEY_HIGH),
    Column("subsidy_applied", "申请补助（万元）", DECIMAL, low=0, high=MONEY_HIGH),
    Column("subsidy_granted", "获得补助（万元）", DECIMAL, low=0, high=MONEY_HIGH),
    Column("started_on", "开始日期", DATE),
    Column("completed_on", "完成日期", DATE),
    Column("state", "状态", CHOICE, required=True, choices=_labels(ProjectState.choices)),
]
RATING_COLUMNS = [
    Column("code", CODE, required=True, parser=_code),
    Column("name", "企业名称"),
    Column("kind", "类别", CHOICE, required=True, choices=_labels(FactoryKind.choices)),
    Column("level", "等级", CHOICE, required=True, choices=_labels(FactoryLevel.choices),
           note=_("智能工厂：基础级/先进级/卓越级/领航级；绿色工厂：市级/省级/国家级")),
    Column("stage", "阶段", CHOICE, required=True, choices=_labels(RatingStage.choices)),
    Column("applied_on", "申报日期", DATE),
    Column("recognised_on", "认定日期", DATE),
    Column("expires_on", "有效期至", DATE),
    Column("certificate_number", "证书/公示文号", max_length=100),
]
TEXT_KEYS = {c.key for columns in (DIAGNOSIS_COLUMNS, PROJECT_COLUMNS, RATING_COLUMNS) for c in columns
             if c.kind == TEXT}
SHEETS = {DIAGNOSES: DIAGNOSIS_COLUMNS, PROJECTS: PROJECT_COLUMNS, RATINGS: RATING_COLUMNS}
# Dates that cannot lie in the future: what was done is dated on or before the import.
PAST_DATES = {DIAGNOSES: ("diagnosed_on",), PROJECTS: ("started_on", "completed_on"),
              RATINGS: ("applied_on", "recognised_on")}


@dataclass
class ImportReading:
    file_name: str
    sha256: str
    rows: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in SHEETS})
    errors: list[RowError] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    @property
    def summary(self) -> dict:
        """Rows per sheet (what `core.import_command` prints)."""
        return {sheet: len(rows) for sheet, rows in self.rows.items()}


def import_template() -> bytes:
    book = Workbook()
    for name, columns in SHEETS.items():
        book.add_table(name, [c.header for c in columns], notes=[c.note for c in columns], freeze=(2, 1))
    return book.close()


def _header(columns, key) -> str:
    return next(c.header for c in columns if c.key == key)


def _check_row(sheet, columns, number, values, *, known, ledger, today) -> list[RowError]:
    errors = []
    code = values.get("code")
    if code and code not in known:
        errors.append(RowError(number, f"{sheet}·{CODE}", code, _("示范区企业库中没有这个统一社会信用代码")))
    for key in PAST_DATES[sheet]:
        day = values.get(key)
        if day is not None and day > today:
            errors.append(RowError(number, f"{sheet}·{_header(columns, key)}", day.isoformat(),
                                   _("日期晚于今天（%(today)s）") % {"today": today.isoformat()}))
    if sheet == PROJECTS:
        ledger_code = cell_text(values.get("ledger_code"))
        if ledger_code and ledger_code not in ledger:
            errors.append(RowError(number, f"{sheet}·重点项目编号", ledger_code, _("重点项目台账中没有这个项目编号")))
        start, end = values.get("started_on"), values.get("completed_on")
        if start and end and end < start:
            errors.append(RowError(number, f"{sheet}·完成日期", end.isoformat(), _("完成日期早于开始日期")))
    if sheet == RATINGS:
        kind, level = values.get("kind"), values.get("level")
        if kind and level and level not in LEVELS_OF[kind]:
            errors.append(RowError(number, f"{sheet}·等级", str(FactoryLevel(level).label),
                                   _("%(kind)s没有这个等级") % {"kind": FactoryKind(kind).label}))
        if values.get("stage") == RatingStage.RECOGNISED and not values.get("recognised_on"):
            errors.append(RowError(number, f"{sheet}·认定日期", "", _("认定（备案）的评级须填写认定日期")))
        recognised, expires = values.get("recognised_on"), values.get("expires_on")
        if recognised and expires and expires < recognised:
            errors.append(RowError(number, f"{sheet}·有效期至", expires.isoformat(), _("有效期至早于认定日期")))
    return errors


def read_import(content: bytes, *, zone_id: int, file_name: str,
                today: datetime.date | None = None) -> ImportReading:
    """Parse and check every row of every sheet present; at least one of the three sheets is required."""
    today = today or timezone.localdate()
    reading = ImportReading(file_name, sha256(content))
    tables = read_sheets(content, SHEETS, missing=_("文件中没有“评估诊断”“智改数转项目”“工厂评级”任何一张工作表，请使用导入模板"))
    codes = {r.values.get("code") for t in tables.values() for r in t.records if r.values.get("code")}
    known = dict(Enterprise.objects.filter(zone_id=zone_id, credit_code__in=codes).values_list("credit_code", "pk"))
    ledger_codes = {cell_text(r.values.get("ledger_code")) for r in tables.get(PROJECTS, _Empty).records}
    ledger = dict(Project.objects.filter(zone_id=zone_id, code__in=ledger_codes - {""}).values_list("code", "pk"))
    for sheet, table in tables.items():
        reading.errors += table.errors
        bad = {e.row for e in table.errors}
        for record in table.records:
            errors = _check_row(sheet, SHEETS[sheet], record.row, record.values, known=known, ledger=ledger,
                                today=today)
            reading.errors += errors
            if not errors and record.row not in bad:
                values = {key: ("" if value is None and key in TEXT_KEYS else value)
                          for key, value in record.values.items()}
                values["enterprise_id"] = known[values.pop("code")]
                values.pop("name" if sheet != PROJECTS else "enterprise_name", None)
                if sheet == PROJECTS:
                    values["ledger_project_id"] = ledger.get(cell_text(values.pop("ledger_code")))
                reading.rows[sheet].append(values)
    reading.errors.sort(key=lambda e: (list(SHEETS).index(e.column.split("·")[0]) if "·" in e.column else 0,
                                       e.row))
    return reading


class _Empty:
    records: list = []
