"""Default ladders and criteria from docs/domain-rules.md; zone admins may edit them afterwards.

Each rule names its source; anything the domain rules mark UNVERIFIED is flagged and shown as such.
Money is in 万元, ratios in %. Criteria that need documents or expert scoring (创新能力评价, 特色化…)
are not modelled; the rule-set note says so.
"""
import datetime

D = datetime.date
RND_RATIO = "rnd_expense / revenue * 100"
TECH_RATIO = "tech_staff / employees * 100"
DEBT_RATIO = "liabilities / total_assets * 100"
MAIN_SHARE = "main_revenue / revenue * 100"
S_TECH_SME = "国科发政〔2017〕115号 第六、七条"
S_HIGH_TECH = "国科发火〔2016〕32号 第十一条"
S_63_1 = "工信部企业〔2022〕63号 附件1"
S_63_2 = "工信部企业〔2022〕63号 附件2"
S_63_3 = "工信部企业〔2022〕63号 附件3"
S_2026 = "工信部企业〔2026〕2号（二手来源）"
S_LN = "辽科创办发〔2021〕2号"


def rule(label, expression, operator, threshold, unit="", *, evidence="2+", source="", condition="", group=""):
    return {"label": label, "expression": expression, "operator": operator, "threshold": threshold, "unit": unit,
            "evidence": evidence, "unverified": evidence == "UNVERIFIED", "source": source,
            "condition": condition, "group": group}


TECH_SME_SCORE = (f"bands({TECH_RATIO}, 30, 20, 25, 16, 20, 12, 15, 8, 10, 4)"
                  f" + bands({RND_RATIO}, 6, 50, 5, 40, 4, 30, 3, 20, 2, 10)"
                  " + max(bands(ip_class1, 1, 30), bands(ip_class2, 4, 24, 3, 18, 2, 12, 1, 6))")
INNOVATION_SCORE = (f"max(bands(ip_class1, 1, 10), bands(ip_class2, 1, 5)) + bands({RND_RATIO}, 5, 20, 3, 15, 2, 10, 1, 5)")
GROWTH_SCORE = ("bands((main_revenue / prev_main_revenue - 1) * 100, 15, 20, 10, 15, 5, 10, 0, 5)"
                f" + bands_at_most({DEBT_RATIO}, 55, 10, 75, 5)")
SPECIALISATION_SCORE = f"5 + bands({MAIN_SHARE}, 70, 20, 60, 15, 55, 10, 50, 5)"

TECH_SME = [
    rule("职工总数", "employees", "<=", 500, "人", source=S_TECH_SME),
    rule("年销售收入", "revenue", "<=", 20000, "万元", source=S_TECH_SME),
    rule("资产总额", "total_assets", "<=", 20000, "万元", source=S_TECH_SME),
    rule("科技人员占职工总数", TECH_RATIO, ">=", 10, "%", source=S_TECH_SME + "（科技人员得分为0即不通过）"),
    rule("评价得分", TECH_SME_SCORE, ">=", 60, "分", group="score",
         source=S_TECH_SME + "（研发投入按营收口径计分；区间下限含本数，未核实）"),
    rule("有效期内高新技术企业（直接认定）", "has_high_tech", ">=", 1, group="score", source="115号 第八条"),
]
HIGH_TECH = [
    rule("注册成立年限", "age_years", ">=", 1, "年", source=S_HIGH_TECH + "（一）"),
    rule("拥有知识产权", "ip_class1 + ip_class2", ">=", 1, "项", source=S_HIGH_TECH + "（二）"),
    rule("科技人员占比", TECH_RATIO, ">=", 10, "%", source=S_HIGH_TECH + "（四）"),
    rule("研发费用占营收（营收≤5000万）", RND_RATIO, ">=", 5, "%", condition="revenue <= 5000",
         source=S_HIGH_TECH + "（五）"),
    rule("研发费用占营收（5000万–2亿）", RND_RATIO, ">=", 4, "%", condition="revenue > 5000 and revenue <= 20000",
         source=S_HIGH_TECH + "（五）"),
    rule("研发费用占营收（营收>2亿）", RND_RATIO, ">=", 3, "%", condition="revenue > 20000",
         source=S_HIGH_TECH + "（五）"),
    rule("高新技术产品收入占比", "hightech_revenue / revenue * 100", ">=", 60, "%", source=S_HIGH_TECH + "（六）"),
]
LEADING = [
    rule("有效期内高新技术企业", "has_high_tech", ">=", 1, evidence="UNVERIFIED",
         source="大连市雏鹰—瞪羚—独角兽—领军企业梯度培育工程实施方案（2022）：标准未核实"),
    rule("营业收入", "revenue", ">=", 100000, "万元", evidence="UNVERIFIED", source="同上：10亿元为假设值，待核实"),
]
FLEDGLING = [
    rule("注册成立年限", "age_years", "<=", 10, "年", evidence="1", source=S_LN + "（定义）"),
    rule("研发费用占营收", RND_RATIO, ">=", 3, "%", evidence="UNVERIFIED", source=S_LN + "：数值门槛未核实"),
    rule("拥有知识产权", "ip_class1 + ip_class2", ">=", 1, "项", evidence="UNVERIFIED", source=S_LN + "：数值门槛未核实"),
]
GAZELLE = [
    rule("注册成立年限", "age_years", "<=", 20, "年", evidence="1", source=S_LN + "（定义）"),
    rule("近3年营收复合增长率", "((revenue / prev3_revenue) ** (1 / 3) - 1) * 100", ">=", 20, "%",
         group="growth", evidence="UNVERIFIED", source="2022年度瞪羚条件表（m.xxxyp.cn，组合方式未核实）"),
    rule("近3年从业人员复合增长率", "((employees / prev3_employees) ** (1 / 3) - 1) * 100", ">=", 30, "%",
         group="growth", evidence="UNVERIFIED", source="同上"),
    rule("单轮风险投资", "equity_financing", ">=", 1000, "万元", group="growth", evidence="UNVERIFIED", source="同上"),
    rule("近4年科技活动投入占营收",
         "(rnd_expense + prev_rnd_expense + prev2_rnd_expense + prev3_rnd_expense)"
         " / (revenue + prev_revenue + prev2_revenue + prev3_revenue) * 100", ">=", 2.5, "%", evidence="1",
         source="2022年度瞪羚条件表（m.xxxyp.cn）"),
]
UNICORN = [
    rule("注册成立年限", "age_years", "<=", 10, "年", evidence="GOV", source="宿迁市独角兽标准（suqian.gov.cn，辽宁标准未找到）"),
    rule("近3年累计股权融资", "equity_financing + prev_equity_financing + prev2_equity_financing", ">=", 35000,
         "万元", evidence="UNVERIFIED", source="深圳工信局方案（第三方转载）；辽宁标准未找到，未核实"),
]
INNOVATIVE = [
    rule("评价总分", f"{INNOVATION_SCORE} + {GROWTH_SCORE} + {SPECIALISATION_SCORE}", ">=", 60, "分",
         source=S_63_1 + "（主导产品领域按5分、知识产权按一般Ⅰ类计）"),
    rule("创新能力得分", INNOVATION_SCORE, ">=", 20, "分", source=S_63_1),
    rule("成长性得分", GROWTH_SCORE, ">=", 15, "分", source=S_63_1),
    rule("专业化得分", SPECIALISATION_SCORE, ">=", 15, "分", source=S_63_1),
]
SPECIALISED_2022 = [
    rule("从事细分市场年限（按成立年限）", "age_years", ">=", 2, "年", source=S_63_2 + "（一）"),
    rule("上年度研发费用", "rnd_expense", ">=", 100, "万元", source=S_63_2 + "（二）"),
    rule("研发费用占营收", RND_RATIO, ">=", 3, "%", source=S_63_2 + "（二）"),
    rule("上年度营业收入", "revenue", ">=", 1000, "万元", group="scale", source=S_63_2 + "（三）"),
    rule("近2年新增股权融资", "equity_financing + prev_equity_financing", ">=", 2000, "万元", group="scale",
         source=S_63_2 + "（三）"),
]
SPECIALISED_2026 = [
    rule("持有创新型中小企业称号", "has_innovative_sme", ">=", 1, evidence="1", source=S_2026),
    rule("从事细分市场年限（按成立年限）", "age_years", ">=", 3, "年", evidence="1", source=S_2026),
    rule("上年度营业收入", "revenue", ">=", 1500, "万元", group="scale", evidence="1", source=S_2026),
    rule("近2年新增股权投资", "equity_financing + prev_equity_financing", ">=", 2000, "万元", group="scale",
         evidence="1", source=S_2026),
    rule("主营业务收入占营收", MAIN_SHARE, ">=", 80, "%", evidence="1", source=S_2026),
    rule("资产负债率", DEBT_RATIO, "<=", 80, "%", evidence="1", source=S_2026),
    rule("近2年研发费用（每年）", "min(rnd_expense, prev_rnd_expense)", ">=", 100, "万元", evidence="1", source=S_2026),
    rule("近2年研发费用占营收（每年）", "min(rnd_expense / revenue, prev_rnd_expense / prev_revenue) * 100", ">=", 3,
         "%", evidence="1", source=S_2026),
    rule("Ⅰ类知识产权", "ip_class1", ">=", 1, "项", evidence="1", source=S_2026),
]
LITTLE_GIANT_2022 = [
    rule("从事细分市场年限（按成立年限）", "age_years", ">=", 3, "年", source=S_63_3),
    rule("主营业务收入占营收", MAIN_SHARE, ">=", 70, "%", source=S_63_3),
    rule("近2年主营业务收入平均增长率", "((main_revenue / prev2_main_revenue) ** 0.5 - 1) * 100", ">=", 5, "%",
         source=S_63_3 + "（按复合增长计）"),
    rule("资产负债率", DEBT_RATIO, "<=", 70, "%", source=S_63_3),
    rule("近2年研发费用占营收（营收≥1亿，每年）", "min(rnd_expense / revenue, prev_rnd_expense / prev_revenue) * 100",
         ">=", 3, "%", condition="revenue >= 10000", source=S_63_3),
    rule("近2年研发费用占营收（5000万–1亿，每年）", "min(rnd_expense / revenue, prev_rnd_expense / prev_revenue) * 100",
         ">=", 6, "%", condition="revenue >= 5000 and revenue < 10000", source=S_63_3),
    rule("近2年新增股权融资（营收<5000万）", "equity_financing + prev_equity_financing", ">=", 8000, "万元",
         condition="revenue < 5000", source=S_63_3),
    rule("研发费用（营收<5000万）", "rnd_expense + prev_rnd_expense", ">=", 3000, "万元", condition="revenue < 5000",
         evidence="UNVERIFIED", source=S_63_3 + "（原文截断，未核实）"),
    rule("Ⅰ类知识产权", "ip_class1", ">=", 2, "项", source=S_63_3),
]
LITTLE_GIANT_2026 = [
    rule("上年度营业收入", "revenue", ">=", 5000, "万元", evidence="1", source=S_2026),
    rule("主营业务收入占营收", MAIN_SHARE, ">=", 90, "%", evidence="1", source=S_2026),
    rule("近2年营收复合增长率", "((revenue / prev2_revenue) ** 0.5 - 1) * 100", ">=", 5, "%", evidence="1",
         source=S_2026 + "（复核时不考核）"),
    rule("资产负债率", DEBT_RATIO, "<=", 75, "%", evidence="1", source=S_2026),
    rule("近2年研发费用合计", "rnd_expense + prev_rnd_expense", ">=", 1200, "万元", evidence="1", source=S_2026),
    rule("近2年研发费用占营收（每年）", "min(rnd_expense / revenue, prev_rnd_expense / prev_revenue) * 100", ">=", 3,
         "%", evidence="1", source=S_2026),
    rule("Ⅰ类知识产权", "ip_class1", ">=", 4, "项", evidence="1", source=S_2026),
]


def rule_set(version, effective_from, document, rules, note="", effective_to=None):
    return {"version": version, "effective_from": effective_from, "effective_to": effective_to,
            "document": document, "rules": rules, "note": note}


MANUAL = "需材料或专家评审的条件（产品领域、事故记录、创新能力评价等）不在此自动判断。"
LADDERS = [
    {"code": "tech", "name": "科技型中小企业—高新技术企业—领军企业", "rungs": [
        {"kind": "tech_sme", "rule_sets": [rule_set("2017", D(2017, 5, 3), S_TECH_SME, TECH_SME, MANUAL)]},
        {"kind": "high_tech", "rule_sets": [rule_set("2016", D(2016, 1, 29), S_HIGH_TECH, HIGH_TECH, MANUAL)]},
        {"kind": "leading", "rule_sets": [rule_set("大连2022", D(2022, 8, 2), "大连市梯度培育工程实施方案", LEADING)]},
    ]},
    {"code": "growth", "name": "雏鹰—瞪羚—独角兽", "rungs": [
        {"kind": "fledgling", "rule_sets": [rule_set("辽宁2021", D(2021, 1, 1), S_LN, FLEDGLING)]},
        {"kind": "gazelle", "rule_sets": [rule_set("辽宁2021", D(2021, 1, 1), S_LN, GAZELLE)]},
        {"kind": "unicorn", "rule_sets": [rule_set("参照2022", D(2022, 8, 1), "宿迁/深圳参照标准", UNICORN)]},
    ]},
    {"code": "specialised", "name": "创新型中小企业—专精特新中小企业—专精特新“小巨人”", "rungs": [
        {"kind": "innovative_sme", "rule_sets": [rule_set("2022", D(2022, 6, 1), S_63_1, INNOVATIVE,
                                                          "2026办法第三十条：合并标准出台前沿用。" + MANUAL)]},
        {"kind": "specialised_sme", "rule_sets": [
            rule_set("2022", D(2022, 6, 1), S_63_2, SPECIALISED_2022, "评分项（≥60分）需人工评审。" + MANUAL,
                     effective_to=D(2026, 3, 31)),
            rule_set("2026", D(2026, 4, 1), S_2026, SPECIALISED_2026, "生效日期 2026-04-01 仅单一来源。" + MANUAL)]},
        {"kind": "little_giant", "rule_sets": [
            rule_set("2022", D(2022, 6, 1), S_63_3, LITTLE_GIANT_2022, "2026年复核仍用2022标准。" + MANUAL,
                     effective_to=D(2026, 3, 31)),
            rule_set("2026", D(2026, 4, 1), S_2026, LITTLE_GIANT_2026, "生效日期 2026-04-01 仅单一来源。" + MANUAL)]},
    ]},
]
