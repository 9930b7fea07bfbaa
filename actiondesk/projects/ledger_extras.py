"""The ledger's optional second and third sheets: 要素保障 needs and 存在问题, keyed by project code.

A need is matched by (项目编号, 要素类别, 需求说明) and a problem by (项目编号, 问题): a match is updated,
anything else is added; rows in the database that the file does not mention are left alone. Errors are
reported like the main sheet's, with the sheet's name before the column, and block the whole import.
"""
import datetime
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from actiondesk.core.audit import snapshot
from actiondesk.projects.choices import FactorKind, FactorStatus, ProblemStatus
from actiondesk.projects.ledger import Column, LedgerFileError, LedgerRecord, RowError, _parse, _text
from actiondesk.projects.models import FactorNeed, ProjectProblem

FACTOR_SHEET, PROBLEM_SHEET = "要素保障", "存在问题"
FACTOR_COLUMNS = [
    Column("code", "项目编号", "必填；本表或系统中已有的项目", required=True),
    Column("kind", "要素类别", "/".join(str(label) for _v, label in FactorKind.choices), "choice", True),
    Column("quantity", "需求量", "选填；数字", "money"),
    Column("unit", "单位", "填写需求量时必填，如 亩、万千瓦时"),
    Column("description", "需求说明", "选填；与要素类别一起识别同一项需求"),
    Column("department", "保障部门", "必填；部门全称", required=True),
    Column("planned_on", "计划保障日期", "必填；日期", "date", True),
    Column("supplied_on", "实际保障日期", "已保障时必填", "date"),
    Column("status", "状态", "/".join(str(label) for _v, label in FactorStatus.choices), "choice"),
    Column("progress_note", "进展情况", "选填"),
]
PROBLEM_COLUMNS = [
    Column("code", "项目编号", "必填；本表或系统中已有的项目", required=True),
    Column("description", "问题", "必填；与项目编号一起识别同一个问题", required=True),
    Column("raised_on", "提出日期", "必填；日期", "date", True),
    Column("department", "责任部门", "选填；部门全称"),
    Column("status", "状态", "/".join(str(label) for _v, label in ProblemStatus.choices), "choice"),
    Column("resolution_note", "解决情况", "已解决时必填"),
]
CHOICES = {
    FACTOR_SHEET: {"kind": {str(label): value for value, label in FactorKind.choices},
                   "status": {str(label): value for value, label in FactorStatus.choices}},
    PROBLEM_SHEET: {"status": {str(label): value for value, label in ProblemStatus.choices}},
}
SHEETS = {FACTOR_SHEET: FACTOR_COLUMNS, PROBLEM_SHEET: PROBLEM_COLUMNS}


@dataclass
class ExtraSheets:
    needs: list[LedgerRecord] = field(default_factory=list)
    problems: list[LedgerRecord] = field(default_factory=list)


def _sheet_rows(content: bytes, name: str) -> list[list] | None:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(content))
        if name not in workbook.sheet_names:
            return None
        return workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine raises its own error types for every kind of bad file
        raise LedgerFileError(_("无法读取 xlsx 文件：%(error)s") % {"error": str(exc).splitlines()[0][:120]}) from exc


def _cell(sheet: str, column: Column, raw):
    if column.kind != "choice":
        return _parse(column, raw)
    text = _text(raw)
    if text == "":
        return None, (_("必填") if column.required else None)
    options = CHOICES[sheet][column.key]
    if text not in options:
        return None, _("应为以下之一：%(options)s") % {"options": "/".join(options)}
    return options[text], None


def _read_sheet(content, sheet: str) -> tuple[list[LedgerRecord], list[RowError]]:
    rows = _sheet_rows(content, sheet)
    if not rows:
        return [], []
    columns = SHEETS[sheet]
    headers = [_text(h) for h in rows[0]]
    missing = [c.header for c in columns if c.required and c.header not in headers]
    if missing:
        return [], [RowError(1, sheet, "", _("缺少列 %(columns)s") % {"columns": "、".join(missing)})]
    by_header = {c.header: c for c in columns}
    positions = [(i, by_header[h]) for i, h in enumerate(headers) if h in by_header]
    records, errors = [], []
    for number, row in enumerate(rows[1:], start=2):
        cells = {c.key: (row[i] if i < len(row) else None) for i, c in positions}
        if number == 2 and _text(cells.get("code")) == columns[0].note:
            continue  # the template's notes row
        if all(_text(v) == "" for v in cells.values()):
            continue
        record = LedgerRecord(number)
        for column in (c for _i, c in positions):
            value, reason = _cell(sheet, column, cells[column.key])
            if reason:
                errors.append(RowError(number, f"{sheet}·{column.header}", _text(cells[column.key]), reason))
            record.values[column.key] = value
        records.append(record)
    return records, errors


def read_extras(content: bytes, *, departments: dict, codes: set, today: datetime.date
                ) -> tuple[ExtraSheets, list[RowError]]:
    """Parse and check both optional sheets; ``codes`` are the project codes known in the zone or the file."""
    extras, errors = ExtraSheets(), []
    for sheet, target in ((FACTOR_SHEET, extras.needs), (PROBLEM_SHEET, extras.problems)):
        records, sheet_errors = _read_sheet(content, sheet)
        seen = {}
        for record in records:
            values = record.values
            reasons = []
            if values.get("code") and values["code"] not in codes:
                reasons.append(("code", _("台账和系统中都没有这个项目编号")))
            name = values.get("department")
            if name and name not in departments:
                reasons.append(("department", _("本示范区没有这个部门")))
            values["department_id"] = departments.get(name)
            reasons += _rule_errors(sheet, values, today)
            key = (values.get("code"), values.get("kind"), values.get("description") or "")
            if key in seen:
                reasons.append(("code", _("与第%(row)s行重复") % {"row": seen[key]}))
            seen.setdefault(key, record.row)
            headers = {c.key: c.header for c in SHEETS[sheet]}
            sheet_errors += [RowError(record.row, f"{sheet}·{headers[k]}", _text(values.get(k)), reason)
                             for k, reason in reasons]
        target += records
        errors += sorted(sheet_errors, key=lambda e: e.row)
    return extras, errors


def _rule_errors(sheet, values, today) -> list[tuple[str, str]]:
    errors = []
    if sheet == FACTOR_SHEET:
        if values.get("quantity") is not None and not values.get("unit"):
            errors.append(("unit", _("填写需求量时请填写单位")))
        if values.get("status") == FactorStatus.SUPPLIED and not values.get("supplied_on"):
            errors.append(("supplied_on", _("已保障的要素须填写实际保障日期")))
        if values.get("supplied_on") and values["supplied_on"] > today:
            errors.append(("supplied_on", _("实际保障日期不能晚于今天")))
    else:
        if values.get("raised_on") and values["raised_on"] > today:
            errors.append(("raised_on", _("提出日期不能晚于今天")))
        if values.get("status") == ProblemStatus.SOLVED and not values.get("resolution_note"):
            errors.append(("resolution_note", _("问题已解决时请填写解决情况")))
    return errors


def write_extras(extras: ExtraSheets, *, projects: dict, today: datetime.date) -> dict:
    """Upsert the needs and problems of a validated reading (inside the ledger import's transaction)."""
    ids = {p.pk for p in projects.values()}
    needs = {(n.project_id, n.kind, n.description): n for n in FactorNeed.objects.filter(project__in=ids)}
    problems = {(p.project_id, p.description): p for p in ProjectProblem.objects.filter(project__in=ids)}
    summary = {"factor_needs": {"created": 0, "updated": 0}, "problems": {"created": 0, "updated": 0},
               "previous": {}}
    for record in extras.needs:
        v = record.values
        project = projects[v["code"]]
        fields = {"quantity": v.get("quantity"), "unit": v.get("unit") or "", "department_id": v["department_id"],
                  "planned_on": v["planned_on"], "supplied_on": v.get("supplied_on"),
                  "status": v.get("status") or FactorStatus.PLANNED, "progress_note": v.get("progress_note") or ""}
        key = (project.pk, v["kind"], v.get("description") or "")
        _upsert(needs.get(key), FactorNeed(project=project, kind=key[1], description=key[2]), fields,
                summary, "factor_needs")
    for record in extras.problems:
        v = record.values
        project = projects[v["code"]]
        status = v.get("status") or ProblemStatus.OPEN
        existing = problems.get((project.pk, v["description"]))
        solved_on = None
        if status == ProblemStatus.SOLVED:
            solved_on = (existing.solved_on if existing is not None else None) or today
        fields = {"raised_on": v["raised_on"], "department_id": v.get("department_id"), "status": status,
                  "resolution_note": v.get("resolution_note") or "", "solved_on": solved_on}
        _upsert(existing, ProjectProblem(project=project, description=v["description"]), fields, summary, "problems")
    return summary


def _upsert(existing, new, fields: dict, summary: dict, kind: str) -> None:
    if existing is None:
        for key, value in fields.items():
            setattr(new, key, value)
        new.save()
        summary[kind]["created"] += 1
        return
    before = snapshot(existing)
    for key, value in fields.items():
        setattr(existing, key, value)
    if snapshot(existing) != before:
        existing.save()
        summary[kind]["updated"] += 1
        summary["previous"][f"{kind}/{existing.pk}"] = before
