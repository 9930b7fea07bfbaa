"""The import/export sheet: one row per enterprise with one year's figures. Money in 万元."""
from dataclasses import dataclass

TEXT, INT, MONEY, DATE, CODE, CHOICE, YEAR = "text", "int", "money", "date", "code", "choice", "year"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str
    required: bool = False
    note: str = ""
    max_length: int = 200


COLUMNS = (
    Column("credit_code", "统一社会信用代码", CODE, True, "18位，GB 32100 校验"),
    Column("name", "企业名称", TEXT, True, "必填"),
    Column("former_names", "曾用名", TEXT, note="多个用“；”分隔", max_length=400),
    Column("industry_code", "行业代码", TEXT, note="GB/T 4754 代码，如 C3311 或 3311", max_length=10),
    Column("park", "所在园区", TEXT, max_length=100),
    Column("address", "地址", TEXT),
    Column("registered_on", "成立日期", DATE, note="YYYY-MM-DD"),
    Column("contact_name", "联系人", TEXT, max_length=50),
    Column("contact_phone", "联系电话", TEXT, max_length=30),
    Column("scale_status", "四上状态", CHOICE, note="规上工业/规上服务业/限上批零住餐/其他四上，空为规下"),
    Column("scale_entered_on", "入规日期", DATE, note="YYYY-MM-DD"),
    Column("year", "数据年度", YEAR, note="填写年度数据时必填，如 2025"),
    Column("revenue", "营业收入(万元)", MONEY, note="≥0"),
    Column("main_revenue", "主营业务收入(万元)", MONEY, note="≥0"),
    Column("tax", "纳税(万元)", MONEY, note="≥0"),
    Column("rnd_expense", "研发费用(万元)", MONEY, note="≥0"),
    Column("employees", "从业人员", INT, note="整数"),
    Column("tech_staff", "科技人员", INT, note="整数，≤从业人员"),
    Column("total_assets", "资产总额(万元)", MONEY, note="≥0"),
    Column("liabilities", "负债(万元)", MONEY, note="≥0"),
    Column("net_profit", "净利润(万元)", MONEY, note="可为负"),
    Column("hightech_revenue", "高新技术产品收入(万元)", MONEY, note="≥0"),
    Column("ip_class1", "Ⅰ类知识产权", INT, note="件"),
    Column("ip_class2", "Ⅱ类知识产权", INT, note="件"),
    Column("equity_financing", "股权融资(万元)", MONEY, note="当年新增，≥0"),
)
HEADERS = tuple(c.header for c in COLUMNS)
NOTES_MARK = "填写说明"
ENTERPRISE_KEYS = ("credit_code", "name", "former_names", "industry_code", "park", "address", "registered_on",
                   "contact_name", "contact_phone", "scale_status", "scale_entered_on")
FIGURE_KEYS = tuple(c.key for c in COLUMNS[12:])
SIGNED_MONEY = {"net_profit"}

# GB/T 4754-2017: 2-digit division → section letter.
_SECTIONS = ((5, "A"), (12, "B"), (43, "C"), (46, "D"), (50, "E"), (52, "F"), (60, "G"), (62, "H"), (65, "I"),
             (69, "J"), (70, "K"), (72, "L"), (75, "M"), (79, "N"), (82, "O"), (83, "P"), (85, "Q"), (90, "R"),
             (96, "S"), (97, "T"))


def section_for(industry_code: str) -> str:
    """The 门类 letter for a 国民经济行业分类 code ('C3311', '3311', '33' → 'C'); '' when unknown."""
    digits = industry_code.lstrip("ABCDEFGHIJKLMNOPQRST")
    if len(digits) < 2 or not digits[:2].isdigit():
        return ""
    division = int(digits[:2])
    for upper, letter in _SECTIONS:
        if division <= upper:
            return letter if division >= 1 else ""
    return ""
