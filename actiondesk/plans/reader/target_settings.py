"""Policy settings, not goals: the rate a subsidy is paid at ("按当年新增融资租赁合同金额的5‰予以风险补偿"), the price a
rule fixes ("按不低于所在区域商服用地基准低价的30%确定") and a rate lowered by a rule ("总费率由1.5%阶段性降至1%",
"用人单位缴纳部分由1%降至0.5%"), a cap on a benefit ("不超过租金50%…的创业资助", "按不超过实际费用80%…给予补助") and
what firms may set aside or pay in ("提取职工工资总额的1.5%～2.5%", "缴存住房公积金比例最高不得超过12%"), the shares a
payment or a cost is split by ("按20%、30%、50%比例分3年拨付", "由区财政承担80%") and a standard raised by a share
("补贴标准分别上浮10%、15%"), a benefit's rate ("可叠加补贴比例至60%或30%") and what one recipient may claim
("单家企业每年申领…金额不超过800万元"). Such a share
says how money is reckoned, not what the plan is to reach.
Add a verb of reckoning or a word naming a fee here."""

import re

from .target_words import FALL_TO

# What a share "按…的N%" is then used for: paid, fixed, reckoned.
RECKONING_VERBS = (
    "予以",
    "给予",
    "确定",
    "计算",
    "计提",
    "核定",
    "补偿",
    "奖励",
    "补助",
    "补贴",
    "收取",
    "计",
    "安排",  # "按不低于一般建设项目用地计划10%安排": a share of a plan set aside
    "执行",  # "可按不低于…最低价标准的70%执行": the rate a rule applies
)
# The rates a rule lowers: fees and contributions.
FEE_WORDS = ("费率", "缴费", "缴纳", "费用", "保费")

# "按猎头费用50%给予猎头服务奖": the base may stand right before the share, without 的.
# "…基金按90%收取": or right after 按.
_BY_SHARE = re.compile(r"按[^，,；;。]{0,40}的\s*$|按[^，,；;。\d]{0,16}$")
# "…不大于25%合理确定配比", "按照基准电价不超过12%加价幅度收取电费": a manner or the rate's own name may come first.
_RECKONED = re.compile(rf"\s*(?:合理|科学|统一|据实|加价幅度|上浮幅度|下浮幅度)?(?:{'|'.join(RECKONING_VERBS)})")
_LOWERED = re.compile(
    r"由\s*\d+(?:\.\d+)?\s*[%％‰]\s*[^，,；;。\d]{0,6}(?:降至|降低至|降低到|降到|下调至|下调到|调整为|降为)\s*$"
)
_FEE = re.compile("|".join(FEE_WORDS))
SHARES = ("%", "％", "‰")  # the units of a share (target_rule_figures.py too)
_GOAL = re.compile(r"力争|确保|争取|目标")
_DISCOUNT_AFTER = re.compile(r"^\s*(?:的)?(?:优惠|折扣|让利)")
# "按其当年实缴外方注册资本额2%、最高不超过1亿元…给予奖励": the grant's cap in money may stand between the rate and its verb.
_CAPPED_GRANT = re.compile(r"^\s*[、，,]?\s*(?:单个|每家)?(?:最高|最多|不超过)[^，,；;。]{0,30}?(?:给予|予以|奖励|补助|补贴|资助|奖补)")
_LOWERED_FROM = re.compile(r"由\s*\d")
# "担保费率降至1%以下": a rate the plan brings down below a bound is its goal ("费率降至1%" alone is a rule's).
_CUT_TO = re.compile(rf"(?:{'|'.join(FALL_TO)}|控制在)\s*$")
_BOUND = re.compile(r"\s*(?:以下|以内|左右)")


# The benefits a share may cap: "不超过租金50%、每年最高5000元的创业资助".
BENEFIT_WORDS = ("补助", "补贴", "资助", "奖补", "奖励", "贴息", "补偿", "报销", "减免", "优惠", "支持资金")
# "贴息金额不超过项目建设单位支付利息的50%": the cap may name the base the share is taken of.
_CAPPED = re.compile(r"(?:不超过|不高于|最高|最多)(?:[^，,；;。\d]{0,8}|[^，,；;。\d]{0,24}的)$")
# "可叠加补贴比例至60%或30%": the share a benefit is paid at, raised or set by the rule.
# Not 报销 / 减免: "医疗救助报销比例提高至90%" is a goal of coverage (guangzhou-2012, pingtan-2015 hospitals).
GRANT_WORDS = ("补助", "补贴", "资助", "奖补", "奖励", "贴息")
_BENEFIT_RATE = re.compile(
    rf"(?:{'|'.join(GRANT_WORDS)})(?:的)?比例[^，,；;。\d]{{0,4}}?(?:至|为|到|达)?\s*(?:\d+(?:\.\d+)?\s*[%％]\s*[或、和]\s*)*$"
)
# "单家企业每年申领…金额不超过800万元": what one recipient may claim in money, a cap of the scheme ("其中每辆新能源
# 乘用车不超过3万元": or one item).
_PER_RECIPIENT = re.compile(
    r"(?:单家|每家|单个|每个|单户|每户|每人|单项|每项|每辆|每台|同一(?:企业|单位|主体|项目|个人))[^，,；;。\d]{0,24}?"
    r"(?:不超过|不高于|最高|最多|上限为?)\s*$"
)
# "信用额度可提高至500万元", "担保额可提高至1000万元": a limit a rule lets a lender raise for those who qualify — what
# they may get, not what the plan is to reach.
_MAY_RAISE_LIMIT = re.compile(r"额(?:度)?[^，,；;。\d]{0,4}可(?:提高|提升|放宽|上调|增加|扩大)(?:至|到)\s*$")
_BENEFIT = re.compile("|".join(BENEFIT_WORDS))
# Money firms set aside or pay in, as a share of a base: "依法提取职工工资总额的1.5%～2.5%", "缴存…比例最高不得超过12%".
_SET_ASIDE = re.compile(
    r"(?:缴纳|支付)\s*$|(?:提取|计提|列支|缴存|提留|缴纳|支付)[^，,；;。\d]{0,16}?(?:的|比例(?:最高|最低)?(?:不得超过|不超过|不高于|不低于|为)?)\s*"
    r"(?:\d+(?:\.\d+)?\s*[%％]\s*[～~\-—至到]\s*)?$"
)


# Shares a rule splits a payment or a cost by: "入职奖补按20%、30%、50%比例分3年拨付" (the shares, then 比例),
# "所需保费支出由区财政承担80%" (who bears which share), and a standard a rule raises or lowers by a share
# ("床位运营补贴标准分别上浮10%、15%"). Add a word of bearing a cost or of a standard here.
BEARING_VERBS = ("承担", "负担", "分担", "出资")
STANDARD_WORDS = ("标准", "补贴", "补助", "单价", "额度")  # not 费用, 价格: "物流费用下调10%以上" is a goal
_LISTED_SHARES = r"(?:\d+(?:\.\d+)?\s*[%％]\s*[、和及]\s*)*"
# "分别按总房价1.5%和2%的比例给予购房补贴": the base may stand between 按 and the shares.
_BY_SHARES = re.compile(rf"按[^，,；;。\d]{{0,16}}{_LISTED_SHARES}$")
_PROPORTION = re.compile(r"^(?:\s*[、和及]\s*\d+(?:\.\d+)?\s*[%％])*\s*的?比例")
# "市和相关区各承担50%": 各 before the verb says the same without 由.
_BORNE = re.compile(rf"由[^，,；;。\d]{{1,16}}?各?(?:{'|'.join(BEARING_VERBS)})\s*$|各(?:{'|'.join(BEARING_VERBS)})\s*$")
# "返还总额不低于可分配盈余的60%": how proceeds are returned or shared out, a rule of the body's own accounts.
_SHARED_OUT = re.compile(r"(?:返还|分配|分红|提取)(?:总额|比例|额)?(?:不低于|不少于|不高于|不超过|为)?[^，,；;。\d]{0,10}的\s*$")
_ADJUSTED = re.compile(
    # "补贴标准提高到最低工资标准的100%": a standard raised to a share of another one.
    rf"(?:{'|'.join(STANDARD_WORDS)})[^，,；;。\d]{{0,6}}(?:上浮|下浮|上调|下调)(?:幅度)?(?:为|至)?\s*{_LISTED_SHARES}$"
    rf"|(?:{'|'.join(STANDARD_WORDS)})(?:提高|提升)(?:到|至)[^，,；;。\d]{{1,12}}的\s*$"
    # "住房类存量房按2021年系统评估价格下调15%": a price moved from the reference price a rule names.
    rf"|按[^，,；;。]{{0,20}}价格(?:上浮|下浮|上调|下调)(?:为|至)?\s*{_LISTED_SHARES}$"
)


# "分别给予实际投资额30%、20%、10%的财政补助": a share of a sum, given as a grant.
# "给予新建商品住房购房款(已网签备案合同金额为准)总额1%购房补贴": the base may carry a bracketed note.
_GIVEN_SHARE = re.compile(rf"给予[^，,；;。\d]{{0,32}}?(?:额|费用|成本|总额|总价|价款|房款)的?\s*{_LISTED_SHARES}$")
# "给予最长五年的房租补贴，其中前两年100%、后三年50%": the share paid in each span of a scheme's years.
_YEARS_OF_SCHEME = re.compile(r"(?:^|其中|按|[、，,])\s*(?:前|后|首|第)[一两二三四五六七八九十\d]{1,2}(?:个)?年(?:度)?(?:为)?\s*$")
# "给予购房合同总价2%、最高不超过3万元的补贴": the benefit's cap in money may follow the share.
_AS_BENEFIT = re.compile(rf"^(?:\s*[、和及]\s*\d+(?:\.\d+)?\s*[%％])*(?:、最高(?:不超过)?\d+(?:\.\d+)?万?元)?\s*的?"
                         rf"[^，,；;。\d]{{0,4}}?(?:{'|'.join(BENEFIT_WORDS)})")


# The terms of credit, deposits, fees and taxes a measure sets ("最低首付款比例为不低于20%", "住房公积金贷款额度提高到70万元",
# "竞买保证金按不低于挂牌起始价的20%执行", "养老保险单位费率从19%降低到16%", "分别按10%和15%加计抵减"): a setting, not a
# goal, unless the plan strives for it ("力争…将综合费率由2%降至1%以下"). Add a term here.
RULE_TERMS = ("首付比例", "首付款比例", "首付比", "年化利率", "贷款额", "贷款限额", "贷款上限", "贷款利率", "利率下限", "利率上限", "保证金",
              "价款", "(?<!缴)费率", "加计抵减", "价格扣除比例", "替代比例", "返还比例", "提取金额",
              "担保金额", "容积率", "提取额度", "征收率", "税率", "商业比例",
              # "将预留面向中小企业采购的份额…由30%以上提高至40%以上": procurement's terms ("将…预付款比例提高至合同金额的
              # 30%以上" is a goal in the hand readings, so 预付款 is left out).
              "采购的份额", "预留比例",
              # "…再贷款的比例从…60%提升到100%", "贷款金额不高于…缴存余额合计的倍数提高到20倍", "损失补偿比例提高至80%"
              # ("安排再贷款再贴现额度不少于700亿元" is a quota the plan commits, a goal).
              "再贷款的比例", "缴存余额", "补偿比例",
              # "预售资金监管系数下调10%", "为不低于相应期限贷款市场报价利率减20个基点": supervision and loan-rate settings.
              "监管系数", "报价利率",
              # "首套住房商业性个人住房贷款最低首付款不低于20%": the lowest down payment a lender may ask.
              "最低首付款",
              # "预付款比例不低于50%", "预付款应不低于合同总价…的10%", "预付款比例由30%提高至50%": the advance a contract
              # pays ("鼓励采购人将…预付款比例提高至合同金额的30%以上" is raised as a goal); a loan's price over a base rate.
              "预付款比例(?!提高)", "预付款应", "借款利率", "加点幅度", "加权利率")
_RULE_TERM = re.compile(rf"(?:{'|'.join(RULE_TERMS)})[^，,；;。]{{0,48}}$")  # "基准费率0.6%、1.0%、…3.6%": a list
_RULE_UNITS = ("%", "％", "‰", "元", "万元", "亿元", "倍", "个基点", "个百分点", "BP")
# "分别按10%和15%加计抵减应纳税额": a tax credit named after its rates.
_CREDIT_AFTER = re.compile(r"^(?:\s*[、和及]\s*\d+(?:\.\d+)?\s*[%％])*[^，,；;。\d]{0,2}(?:加计抵减|抵减|抵扣|抵免)")


def rule_term_before(before: str) -> bool:
    """Whether ``before`` (the words before a figure, or a clause) sets a term of credit, deposits, fees or taxes."""
    return bool(_RULE_TERM.search(before)) and not _GOAL.search(before)


def policy_setting(before: str, after: str, unit: str) -> bool:
    """Whether a share (its clause's words ``before`` and ``after`` it) is a rate or price a rule sets."""
    if unit in _RULE_UNITS and (rule_term_before(before) or _CREDIT_AFTER.match(after) and not _GOAL.search(before)) \
            and not (_BOUND.match(after) and (_LOWERED_FROM.search(before) or _CUT_TO.search(before))) \
            and not ("实现" in before and re.match(r"\s*(?:及以上|以上)", after)):  # "流量资费实现下降30%以上": a goal
        return True
    if unit.endswith("元") and (_PER_RECIPIENT.search(before) or _MAY_RAISE_LIMIT.search(before)) \
            and not _GOAL.search(before):
        return True  # "单家企业每年申领…金额不超过800万元", "信用额度可提高至500万元"
    if unit not in SHARES:
        return False
    if _DISCOUNT_AFTER.match(after) and not _GOAL.search(before):
        return True  # "开户手续费实行不低于50%优惠": the rate of a discount
    if _BENEFIT_RATE.search(before) and not _GOAL.search(before):
        return True  # "可叠加补贴比例至60%或30%"
    if _BY_SHARE.search(before) and (_RECKONED.match(after) or _CAPPED_GRANT.match(after)) or _SET_ASIDE.search(before):
        return True
    if _GIVEN_SHARE.search(before) and _AS_BENEFIT.match(after) or _YEARS_OF_SCHEME.search(before):
        return True  # "分别给予实际投资额30%、20%、10%的财政补助"; "（补贴）其中前两年100%、后三年50%"
    # "力争将…补助标准上调10%", "…上调10%以上": a standard the plan strives to move, or by a bound, is a goal.
    adjusted = _ADJUSTED.search(before) and not _GOAL.search(before) and not re.match(r"\s*(?:及以上|以上)", after)
    if _BY_SHARES.search(before) and _PROPORTION.match(after) or _BORNE.search(before) or adjusted \
            or _SHARED_OUT.search(before):
        return True  # "按20%、30%、50%比例分3年拨付", "由区财政承担80%", "补贴标准分别上浮10%、15%"
    if _CAPPED.search(before) and (_BENEFIT.search(before + after) or "给予" in before):
        return True  # "可享受…不超过租金50%、每年最高5000元的创业资助", "最高给予不超过实际投资额的10%": how far a benefit goes
    # "力争…将综合费率由2%降至1%以下": a rate the plan itself is to bring down is a goal.
    return bool(
        _LOWERED.search(before)
        and _FEE.search(before)
        and not _GOAL.search(before)
        and not _BOUND.match(after)
    )
