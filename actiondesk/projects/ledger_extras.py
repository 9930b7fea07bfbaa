"""The ledger's optional second and third sheets: 要素保障 needs and 存在问题, keyed by project code.

A need is matched by (项目编号, 要素类别, 需求说明) and a problem by (项目编号, 问题): a match is updated,
anything else is added; rows in the database that the file does not mention are left alone. Errors are
reported like the main sheet's, with the sheet's name before the column, and block the whole import.
"""
import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from actiondesk.core.audit import snapshot
from actiondesk.core.spreadsheets import (
    CHOICE,
    Column,
    Record,
    RowError,
    cell_text,
    open_workbook,
    read_table,
    sheet_rows,
)
from actiondesk.projects.choices import FactorKind, FactorStatus, ProblemStatus
from actiondesk.projects.ledger import date, money, text
from actiondesk.projects.models import FactorNeed, ProjectProblem

FACTOR_SHEET, PROBLEM_SHEET = "要素保障", "存在问题"


def _choice(key, header, choices, required=False):
    labels = {str(label): value for value, label in choices.choices}
    return Column(key, header, CHOICE, required, "/".join(labels), choices=labels)


FACTOR_COLUMNS = [
    text("code", "项目编号", "必填；本表或系统中已有的项目", True, max_length=40),
    _choice("kind", "要素类别", FactorKind, True),
    money("quantity", "需求量", "选填；数字"),
    text("unit", "单位", "填写需求量时必填，如 亩、万千瓦时", max_length=20),
    text("description", "需求说明", "选填；与要素类别一起识别同一项需求", max_length=300),
    text("department", "保障部门", "必填；部门全称", True),
    date("planned_on", "计划保障日期", "必填；日期", True),
    date("supplied_on", "实际保障日期", "已保障时必填"),
    _choice("status", "状态", FactorStatus),
    text("progress_note", "进展情况", "选填", max_length=300),
    text("parcel_park", "地块所在园区", "选填；园区名录中的名称，地块编号在多个园区重复时必填", max_length=100),
    text("parcel_code", "地块编号", "选填；需求所指的地块（用地需求通常填写）", max_length=40),
]
PROBLEM_COLUMNS = [
    text("code", "项目编号", "必填；本表或系统中已有的项目", True, max_length=40),
    text("description", "问题", "必填；与项目编号一起识别同一个问题", True, max_length=5000),
    date("raised_on", "提出日期", "必填；日期", True),
    text("department", "责任部门", "选填；部门全称"),
    _choice("status", "状态", ProblemStatus),
    text("resolution_note", "解决情况", "已解决时必填", max_length=5000),
]
SHEETS = {FACTOR_SHEET: FACTOR_COLUMNS, PROBLEM_SHEET: PROBLEM_COLUMNS}


@dataclass
class ExtraSheets:
    needs: list[Record] = field(default_factory=list)
    problems: list[Record] = field(default_factory=list)


def _read_sheet(workbook, sheet: str) -> tuple[list[Record], list[RowError]]:
    rows = sheet_rows(workbook, sheet)
    if not rows:
        return [], []
    table = read_table(rows, SHEETS[sheet], title=sheet, label=sheet)
    return table.records, table.errors


def _parcel_reasons(values: dict, parcels) -> list[tuple[str, str]]:
    """Resolve 地块所在园区 + 地块编号 to one of the zone's parcels (``values["parcel_id"]``). A code alone is
    enough when one park of the zone has it. Without the 地块编号 column the need's parcel is left as it is."""
    if "parcel_code" not in values:
        return []
    code, park = values.get("parcel_code") or "", values.get("parcel_park") or ""
    values["parcel_id"] = None
    if not code:
        return [("parcel_code", _("填写地块所在园区时请填写地块编号"))] if park else []
    matches = [pk for park_name, parcel_code, pk in parcels if parcel_code == code and (not park or park_name == park)]
    if not matches:
        return [("parcel_code", _("园区名录中没有这个地块"))]
    if len(matches) > 1:
        return [("parcel_park", _("多个园区有这个地块编号，请填写地块所在园区"))]
    values["parcel_id"] = matches[0]
    return []


def read_extras(content: bytes, *, departments: dict, codes: set, today: datetime.date, parcels=()
                ) -> tuple[ExtraSheets, list[RowError]]:
    """Parse and check both optional sheets; ``codes`` are the project codes known in the zone or the file,
    ``parcels`` the zone's land parcels as (park name, parcel code, id)."""
    extras, errors = ExtraSheets(), []
    workbook = open_workbook(content)
    for sheet, target in ((FACTOR_SHEET, extras.needs), (PROBLEM_SHEET, extras.problems)):
        records, sheet_errors = _read_sheet(workbook, sheet)
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
            if sheet == FACTOR_SHEET:
                reasons += _parcel_reasons(values, parcels)
            key = (values.get("code"), values.get("kind"), values.get("description") or "")
            if key in seen:
                reasons.append(("code", _("与第%(row)s行重复") % {"row": seen[key]}))
            seen.setdefault(key, record.row)
            headers = {c.key: c.header for c in SHEETS[sheet]}
            sheet_errors += [RowError(record.row, f"{sheet}·{headers[k]}", cell_text(values.get(k)), reason)
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
        if "parcel_id" in v:
            fields["parcel_id"] = v["parcel_id"]
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
