"""The import/export sheet: one row per enterprise with one year's figures. Money in 万元.

Declared with core's Column; the validator (validate.py) reads kinds, ranges and choices from here.
"""
from actiondesk.core.spreadsheets import CHOICE, DATE, INTEGER, NUMBER, TEXT, Column
from actiondesk.enterprises.choices import ScaleStatus

MONEY_HIGH = 1e13 - 0.01  # the figures' 15 digits with 2 places
SCALE_BY_LABEL = {str(label): value for value, label in ScaleStatus.choices if value}
SCALE_BY_LABEL.update({value: value for value, _label in ScaleStatus.choices if value})


def _money(key, header, note="≥0", signed=False):
    return Column(key, header, NUMBER, note=note, low=-MONEY_HIGH if signed else 0, high=MONEY_HIGH)


def _count(key, header, note):
    return Column(key, header, INTEGER, note=note, low=0, high=10**9)


COLUMNS = (
    Column("credit_code", "统一社会信用代码", TEXT, True, "18位，GB 32100 校验", max_length=18),
    Column("name", "企业名称", TEXT, True, "必填"),
    Column("former_names", "曾用名", TEXT, note="多个用“；”分隔", max_length=400),
    Column("industry_code", "行业代码", TEXT, note="GB/T 4754 代码，如 C3311 或 3311", max_length=10),
    Column("park", "所在园区", TEXT, max_length=100),
    Column("address", "地址", TEXT),
    Column("registered_on", "成立日期", DATE, note="YYYY-MM-DD"),
    Column("contact_name", "联系人", TEXT, max_length=50),
    Column("contact_phone", "联系电话", TEXT, max_length=30),
    Column("scale_status", "四上状态", CHOICE, note="规上工业/规上服务业/限上批零住餐/其他四上，空为规下",
           choices=SCALE_BY_LABEL),
    Column("scale_entered_on", "入规日期", DATE, note="YYYY-MM-DD"),
    Column("year", "数据年度", INTEGER, note="填写年度数据时必填，如 2025", low=2000),  # high: next year
    _money("revenue", "营业收入(万元)"),
    _money("main_revenue", "主营业务收入(万元)"),
    _money("tax", "纳税(万元)"),
    _money("rnd_expense", "研发费用(万元)"),
    _count("employees", "从业人员", "整数"),
    _count("tech_staff", "科技人员", "整数，≤从业人员"),
    _money("total_assets", "资产总额(万元)"),
    _money("liabilities", "负债(万元)"),
    _money("net_profit", "净利润(万元)", "可为负", signed=True),
    _money("hightech_revenue", "高新技术产品收入(万元)"),
    _count("ip_class1", "Ⅰ类知识产权", "件"),
    _count("ip_class2", "Ⅱ类知识产权", "件"),
    _money("equity_financing", "股权融资(万元)", "当年新增，≥0"),
)
HEADERS = tuple(c.header for c in COLUMNS)
NOTES_MARK = "填写说明"
ENTERPRISE_KEYS = ("credit_code", "name", "former_names", "industry_code", "park", "address", "registered_on",
                   "contact_name", "contact_phone", "scale_status", "scale_entered_on")
YEAR_INDEX = 11
FIGURE_KEYS = tuple(c.key for c in COLUMNS[YEAR_INDEX + 1:])

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
