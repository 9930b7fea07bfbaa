"""技术合同登记 .xlsx: the template (the registration system's export columns), reading a filled file, and the
exports of the achievement and contract lists. Every problem is reported as (row, column, value, reason);
nothing is written while there is any."""
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from actiondesk.core.spreadsheets import (
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
    xlsx_bytes,
)
from actiondesk.innovation.choices import ContractType

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
