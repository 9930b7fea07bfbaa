"""The .xlsx import of 招商线索 (one sheet, 招商线索; the export reads back as it is).

A lead is named by 产业链 + 目标企业: one already in the pipeline is updated, a new one recorded. Chains, segments,
departments and the referring 链主 are named as the registry names them (统一社会信用代码 for the referrer). A stage
may only move forward, as on the lead's page; 签约 is left to the lead's page, which creates or links the ledger
project. Every problem is reported as (row, column, value, reason) and nothing is written while there is any;
``services_import.leads_import`` then writes in one transaction with ONE audit entry (copy of chains/outputs.py).
"""
import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.spreadsheets import (
    CHOICE,
    DATE,
    DECIMAL,
    MONEY_HIGH,
    Column,
    RowError,
    Workbook,
    cell_text,
    read_rows,
    read_table,
    sha256,
)
from actiondesk.investment.choices import RANK, LeadSource, LeadStage

SHEET = "招商线索"
COMPANY, CHAIN, SEGMENT, STAGE, STAGE_ON, DEPARTMENT, REFERRER, CREATED = (
    "目标企业", "产业链", "补链环节", "阶段", "阶段日期", "责任部门", "推荐企业统一社会信用代码", "登记日期")


def _labels(choices) -> dict[str, str]:
    return {str(label): value for value, label in choices}


COLUMNS = [
    Column("company_name", COMPANY, required=True, max_length=200),
    Column("company_location", "所在地", max_length=100),
    Column("chain", CHAIN, required=True, max_length=60, note=_("产业链名称，如 特种机器人")),
    Column("segment", SEGMENT, max_length=80, note=_("该产业链的环节名称")),
    Column("source", "线索来源", CHOICE, choices=_labels(LeadSource.choices),
           note=_("链主推荐/展会活动/中介机构/以商招商/主动对接/其他")),
    Column("referrer", REFERRER, max_length=18, parser=lambda _c, raw: cell_text(raw).upper(),
           note=_("链主推荐时填写")),
    Column("source_note", "来源说明", max_length=200),
    Column("stage", STAGE, CHOICE, choices=_labels(LeadStage.choices),
           note=_("线索/接触/考察/洽谈/终止；签约请在线索页办理")),
    Column("stage_on", STAGE_ON, DATE),
    Column("department", DEPARTMENT, max_length=100, note=_("默认 招商线索的维护部门（投资促进局）")),
    Column("expected_investment", "投资额(万元)", DECIMAL, low=0, high=MONEY_HIGH,
           note=_("意向投资；已签约的以台账项目为准")),
    Column("created_on", CREATED, DATE, note=_("新线索；默认今天")),
    Column("note", "进展说明", max_length=2000),
]
TEXT_KEYS = {"company_location", "source_note", "note"}


@dataclass
class References:
    """What the sheet's names point at in the zone: chains, segments, departments, enterprises, existing leads."""

    chains: dict[str, int]
    segments: dict[tuple[int, str], int]
    departments: dict[str, int]
    enterprises: dict[str, int]
    leads: dict[tuple[int, str], object]  # (chain id, company name) → Lead
    refused: set  # lead ids the importing user may not change
    default_department_id: int | None
    any_department: bool  # an admin (or SYSTEM) names any department; staff only their own


@dataclass
class LeadReading:
    file_name: str
    sha256: str
    rows: list[dict] = field(default_factory=list)  # checked values with ids, and "lead" (existing) or None
    errors: list[RowError] = field(default_factory=list)
    summary: dict = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.rows)


def import_template() -> bytes:
    book = Workbook()
    book.add_table(SHEET, [c.header for c in COLUMNS], notes=[c.note for c in COLUMNS], freeze=(2, 1))
    return book.close()


def read_leads(content: bytes, *, file_name: str, references: Callable[[set[str]], References],
               today: datetime.date | None = None) -> LeadReading:
    """Parse and check every row; rows that pass carry the ids they name and the lead they update.
    ``references(credit_codes)`` loads what the zone holds (the referrers by the codes the file names)."""
    today = today or timezone.localdate()
    table = read_table(read_rows(content), COLUMNS, title=_("不是招商线索表"))
    references = references({r.values["referrer"] for r in table.records if r.values.get("referrer")})
    reading = LeadReading(file_name, sha256(content), errors=list(table.errors))
    bad = {e.row for e in table.errors}
    seen: dict = {}
    for record in table.records:
        values = {k: ("" if v is None and k in TEXT_KEYS else v) for k, v in record.values.items()}
        errors = _check(record.row, values, references, seen, today)
        reading.errors += errors
        if not errors and record.row not in bad:
            reading.rows.append(values)
    reading.errors.sort(key=lambda e: e.row)
    return reading


def _check(number, values, refs: References, seen, today) -> list[RowError]:
    errors = []

    def error(column, value, reason):
        errors.append(RowError(number, column, "" if value is None else str(value), reason))

    chain_id = refs.chains.get(values.get("chain"))
    if values.get("chain") and chain_id is None:
        error(CHAIN, values["chain"], _("示范区没有这个产业链"))
    values["chain_id"] = chain_id
    if "segment" in values:  # a column present sets the field (empty clears it); an absent one leaves it
        segment = values.pop("segment")
        values["segment_id"] = refs.segments.get((chain_id, segment)) if segment else None
        if segment and chain_id is not None and values["segment_id"] is None:
            error(SEGMENT, segment, _("该产业链没有这个环节"))
    if "referrer" in values:
        code = values.pop("referrer")
        values["referrer_id"] = refs.enterprises.get(code) if code else None
        if code and values["referrer_id"] is None:
            error(REFERRER, code, _("企业库中没有这个统一社会信用代码"))
    if values.get("source") is None:
        values.pop("source", None)  # a new lead is 主动对接 unless the sheet says otherwise; a known one keeps its own
    _check_department(values, refs, error)
    lead = refs.leads.get((chain_id, values.get("company_name")))
    values["lead"] = lead
    if lead is None and not values.get("department_id") and refs.default_department_id is None:
        error(DEPARTMENT, "", _("示范区没有招商线索的维护部门（默认投资促进局），请填写责任部门"))
    key = (chain_id, values.get("company_name"))
    if chain_id is not None and values.get("company_name"):
        if key in seen:
            error(COMPANY, values["company_name"], _("与第%(row)s行的产业链和目标企业重复") % {"row": seen[key]})
        seen.setdefault(key, number)
    if lead is not None and lead.pk in refs.refused:
        error(COMPANY, values.get("company_name"), _("无权修改该线索（由其他部门负责）"))
    for key_, header in (("stage_on", STAGE_ON), ("created_on", CREATED)):
        if values.get(key_) and values[key_] > today:
            error(header, values[key_].isoformat(), _("日期晚于今天（%(today)s）") % {"today": today.isoformat()})
    _check_stage(values, lead, error)
    return errors


def _check_department(values, refs: References, error) -> None:
    name = values.pop("department", None)
    if not name:
        return
    department_id = refs.departments.get(name)
    if department_id is None:
        error(DEPARTMENT, name, _("示范区没有这个部门"))
    elif department_id != refs.default_department_id and not refs.any_department:
        error(DEPARTMENT, name, _("只有管理员可以指定其他责任部门"))
    else:
        values["department_id"] = department_id


def _check_stage(values, lead, error) -> None:
    stage, on = values.get("stage"), values.get("stage_on")
    current = lead.stage if lead is not None else None
    if stage is None or stage == current:
        return
    if stage == LeadStage.SIGNED:
        error(STAGE, LeadStage(stage).label, _("签约请在线索页办理（将生成或关联台账项目）"))
    elif current in (LeadStage.SIGNED, LeadStage.DROPPED):
        error(STAGE, LeadStage(stage).label, _("线索已%(stage)s，不能再变更") % {"stage": LeadStage(current).label})
    elif current is not None and stage != LeadStage.DROPPED and RANK[LeadStage(stage)] <= RANK[LeadStage(current)]:
        error(STAGE, LeadStage(stage).label, _("只能向后推进阶段（现为%(stage)s）") % {"stage": LeadStage(current).label})
    elif on is not None and lead is not None and lead.stage_on and on < lead.stage_on:
        error(STAGE_ON, on.isoformat(), _("日期不能早于上一阶段（%(date)s）") % {"date": lead.stage_on})
    elif on is not None and lead is None and values.get("created_on") and on < values["created_on"]:
        error(STAGE_ON, on.isoformat(), _("日期不能早于登记日期"))
