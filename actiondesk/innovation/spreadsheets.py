"""技术合同登记 .xlsx: the template (the registration system's export columns), reading a filled file, and the
exports of the achievement and contract lists. Every problem is reported as (row, column, value, reason);
nothing is written while there is any."""
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from actiondesk.core.spreadsheets import (
    DATE,
    DECIMAL,
    INTEGER,
    MONEY_HIGH,
    Column,
    RowError,
    Workbook,
    cell_text,
    read_rows,
    read_table,
    sha256,
    xlsx_bytes,
)
from actiondesk.innovation.choices import ContractType, TalentGroup, TalentSide

TYPE_BY_LABEL = {str(label): value for value, label in ContractType.choices}


def _type(_column, raw):
    text = cell_text(raw)
    if text in TYPE_BY_LABEL:
        return TYPE_BY_LABEL[text]
    if text in ContractType.values:
        return text
    raise ValueError(_("合同类型应为：%(types)s") % {"types": "、".join(TYPE_BY_LABEL)})


NUMBER, NAME, SELLER, BUYER, TYPE, AMOUNT, SIGNED = ("合同编号", "合同名称", "卖方", "买方", "合同类型",
                                                     "成交额（万元）", "登记日期")
COLUMNS = [
    Column("number", NUMBER, required=True, parser=lambda _c, raw: cell_text(raw).upper()),
    Column("name", NAME, required=True),
    Column("seller", SELLER, required=True),
    Column("buyer", BUYER, required=True),
    Column("contract_type", TYPE, required=True, parser=_type),
    Column("amount", AMOUNT, DECIMAL, required=True, low=0, high=MONEY_HIGH),
    Column("signed_on", SIGNED, DATE, required=True),
]
HEADERS = [c.header for c in COLUMNS]


@dataclass
class ContractReading:
    file_name: str
    sha256: str
    rows: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def contracts_template() -> bytes:
    book = Workbook()
    book.add_table(_("技术合同登记"), HEADERS, [["2026210400000001", "稀土钢热处理工艺技术开发", "东北大学",
                                               "沈抚精工装备有限公司", "技术开发", 120, "2026-03-15"]],
                   widths=[22, 30, 24, 24, 12, 14, 14])
    return book.close()


def read_contracts(content: bytes, *, file_name: str) -> ContractReading:
    table = read_table(read_rows(content), COLUMNS, title=_("不是技术合同登记表"))
    reading = ContractReading(file_name, sha256(content))
    reading.errors += table.errors
    bad_rows = {e.row for e in table.errors}
    seen = {}
    for record in table.records:
        number = record.values["number"]
        if number in seen:
            reading.errors.append(RowError(record.row, NUMBER, number,
                                           _("与第%(row)s行的合同编号重复") % {"row": seen[number]}))
            continue
        seen[number] = record.row
        if record.row not in bad_rows:
            reading.rows.append(dict(record.values))
    reading.errors.sort(key=lambda e: e.row)
    return reading


ACHIEVEMENT_HEADERS = ["成果编号", "成果名称", "来源单位", "技术领域", "产业链", "技术就绪度", "高价值", "高技术成果",
                       "当前阶段", "阶段日期", "本地转化企业"]


def achievements_export(achievements) -> bytes:
    rows = ([a.code, a.title, a.institution, a.field, a.chain.name if a.chain_id else "", a.trl,
             "是" if a.is_high_value else "", "是" if a.is_high_tech else "", a.get_stage_display(), a.stage_on,
             "、".join(x.enterprise.name for x in a.adoptions.all() if x.is_local)]
            for a in achievements.select_related("chain").prefetch_related("adoptions__enterprise"))
    return xlsx_bytes("科技成果", ACHIEVEMENT_HEADERS, rows)


def contracts_export(contracts) -> bytes:
    rows = ([c.number, c.name, c.seller, c.buyer, c.get_contract_type_display(), c.amount, c.signed_on]
            for c in contracts)
    return xlsx_bytes("技术合同登记", HEADERS, rows)


# --- 产业人才地图: needs and supply by chain and group, from enterprises' reports or a talent-market export ---

GROUP_BY_LABEL = {str(label): value for value, label in TalentGroup.choices}
SIDE_BY_LABEL = {str(label): value for value, label in TalentSide.choices}


def _label(mapping):
    def parse(_column, raw):
        text = cell_text(raw)
        if text in mapping:
            return mapping[text]
        raise ValueError(_("应为：%(labels)s") % {"labels": "、".join(mapping)})
    return parse


TALENT_COLUMNS = [
    Column("year", "年度", INTEGER, required=True, low=2000, high=2100),
    Column("chain", "产业链", required=True),
    Column("group", "人才类别", required=True, parser=_label(GROUP_BY_LABEL)),
    Column("side", "需求或供给", required=True, parser=_label(SIDE_BY_LABEL)),
    Column("headcount", "人数", INTEGER, required=True, low=0, high=1_000_000),
    Column("source", "来源"),
]
TALENT_HEADERS = [c.header for c in TALENT_COLUMNS]


@dataclass
class TalentReading:
    file_name: str
    sha256: str
    rows: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def talent_template() -> bytes:
    book = Workbook()
    book.add_table(_("产业人才"), TALENT_HEADERS, [[2026, "特种机器人", "科技创新人才", "需求", 30, "企业填报"]],
                   widths=[8, 18, 16, 12, 8, 16])
    return book.close()


def read_talent(content: bytes, *, chains: dict[str, int], file_name: str) -> TalentReading:
    """``chains``: the zone's chain names → ids; a row naming another chain is an error."""
    table = read_table(read_rows(content), TALENT_COLUMNS, title=_("不是产业人才表"))
    reading = TalentReading(file_name, sha256(content))
    reading.errors += table.errors
    bad_rows = {e.row for e in table.errors}
    for record in table.records:
        values = dict(record.values)
        if values["chain"] and values["chain"] not in chains:
            reading.errors.append(RowError(record.row, "产业链", values["chain"], _("不是本示范区的产业链")))
            continue
        if record.row not in bad_rows:
            values["chain_id"] = chains[values.pop("chain")]
            values["source"] = values.get("source") or ""
            reading.rows.append(values)
    reading.errors.sort(key=lambda e: e.row)
    return reading
