"""The terms a support measure sets for the cases it covers, read as no goal: who or what a grant is reckoned by (a
case, a standard, a head, a month, a home), the line that sorts the cases (inclusive, a capacity, one occasion), a
grant's or a rebate's rate, a class of projects by size, and the terms of a housing measure (a limit set or floated,
what one may borrow, a contribution's tiers, a deposit's share, price points off, funds applied for, the nth home, a
parking norm). Split from ``target_rule_figures`` (which asks ``measure_term``); add a word here."""

import re

from .target_settings import SHARES

# "按每招引1人…500元的标准": a case a grant is reckoned by ("按照每百户不低于20平方米…的标准配建" is a norm the plan
# builds to, and stays).
_PER_HEAD = re.compile(r"按(?:照)?每(?:新)?(?:招引|引进|招用|吸纳|认定|招收)\s*$")
# "按人口不低于5元标准下拨…": a sum of money that is the standard a measure pays by.
_BY_STANDARD = re.compile(r"按(?:照)?[^，,；;。\d]{0,10}$")
_STANDARD_AFTER = re.compile(r"^[^，,；;。\d]{0,3}?(?:的)?标准")
# "本科生每月800元", "每人每月2800元", "博士不低于5万元/人": an allowance per head or per month, the rate a measure pays.
_PER_HEAD_MONEY = re.compile(r"每(?:人|名|户)?(?:每)?月\s*$|每人\s*$")
_PER_HEAD_AFTER = re.compile(r"^\s*[/／](?:人|户|名|月|套|辆)")  # "补贴标准为8000元/套": a rate too ("50万元/亩" stays)
# "可提高5万元贷款额度", "最多提高15万元限额": a limit a lender may raise, a setting.
_LIMIT_AFTER = re.compile(r"^[^，,；;。\d]{0,4}?(?:额度|限额)")
# "用户报装容量160千瓦及以下的小微企业": a capacity, without 在, that sorts the firms after it.
_CAPACITY = re.compile(r"(?:报装|用电|设备)容量\s*$")
_CAPACITY_LINE = re.compile(r"^\s*(?:及以下|以下|及以上|以上)")
# "一次性组织市外游客300人以上来定西": the size of one occasion that earns a measure's reward, not a total to reach
# ("一次性就业率保持在95%以上" is a share, a goal).
_AT_ONCE = re.compile(r"一次性[^，,；;。\d]{0,12}$")
# "保费补贴80%": the share a grant pays.
_GRANT_RATE = re.compile(r"(?:补贴|补助|资助|奖补|贴息)\s*$")
# Terms of a housing measure: a limit set or moved ("市城区调至80万元", "再上浮15%", "核减一套"), what one may borrow
# ("保底可贷35万元"), the tiers of a monthly contribution ("月缴存额在1200元以上至2500元"), a deposit's share ("不低于出让
# 底价20%设定竞买保证金"), price points off ("再下降不超过8个点"), funds applied for ("申请专项促销资金200万元"; funds a
# plan strives to bring in, "争取…资金40亿元", stay) and the nth home a rule counts ("认定为二套住房").
_SET_TO = re.compile(r"(?:调至|调整为|调整至|上浮|下浮|核减|基数至)\s*$|可贷(?:款)?(?:额度)?\s*$|缴存(?:额|基数)[^，,；;。]{0,12}(?:在|至)\s*$")
_DEPOSIT_AFTER = re.compile(r"^[^，,；;。]{0,12}?保证金")
_FUNDS = re.compile(r"(?<!到位)资金\s*$")  # "新增到位资金5000亿元以上": funds brought in by investment, a result sought
_STRIVEN = re.compile(r"争取|力争|确保")
_NTH_HOME = re.compile(r"(?:第|认定为|视为|核减)\s*$")
# "每百平方米不低于1个配建", "停车位按照不少于1个/户": a norm of spaces per area or per home a rule builds to.
_PER_AREA_NORM = re.compile(r"每(?:百|千)?(?:平方米|户|套)")
# "30人（含）以下的参保企业": a size, inclusive, that sorts the cases a measure takes in.
_INCLUSIVE_LINE = re.compile(r"^\s*[（(]含[）)]\s*(?:及)?(?:以下|以上|以内)(?:的|予以|给予)")
# "单缴存职工提高到60万元", "单方缴存的由35万元增加到40万元": what one depositor may borrow from the housing fund, moved.
_DEPOSITOR_LIMIT = re.compile(r"(?:单|双)(?:方|人)?缴存[^，,；;。]{0,12}?(?:提高|增加|提升|调整|上调)(?:到|至|为)\s*$")
# "从贷款本金的60%提升到100%", "由180平方米（含）以内提高到…": the figure a change starts from is where it stands, no goal.
_FROM = re.compile(r"(?:由|从)(?:原)?[^，,；;。\d]{0,12}$")
_CHANGED_AFTER = re.compile(r"^\s*(?:[（(]含[）)])?\s*(?:及以下|以下|以内|及以上|以上)?\s*(?:[（(]含[）)])?\s*[，,]?\s*"
                            r"(?:提高|增加|提升|调整|上调|下调|降低|降|减少|缩短|扩大|放宽|延长)(?:到|至|为)")
# "开发企业申请使用…额度可在原规定基础上提高5个百分点": how far a rule lets a limit move from its standard.
_FROM_STANDARD = re.compile(r"可在[^，,；;。\d]{0,12}基础上(?:提高|上浮|上调|下调|下浮|降低)\s*$")
# "按当前系统评估价格下调20%": a price a rule reckons by, moved by a share.
_PRICE_MOVED = re.compile(r"按[^，,；;。\d]{0,16}价(?:格)?(?:下调|上调|下浮|上浮)\s*$")
# "每套优惠5000-10000元": a discount or a grant per home, a term of the measure.
_PER_HOME = re.compile(r"每(?:户|套)(?:优惠|补贴|补助|奖励)\s*$")
# "可提高20%贷款额度": a limit raised by a share.
_SHARE_LIMIT_AFTER = re.compile(r"^\s*(?:的)?(?:贷款)?(?:额度|限额)")
# "适用3%征收率": a tax or a fee rate named after its figure.
_RATE_AFTER = re.compile(r"^\s*(?:的)?(?:征收率|预征率|税率|费率|利率)")
# "原则上不低于宗地评估价的20%": a floor or cap a rule sets as a share of a price.
_PRICE_SHARE = re.compile(r"(?:不低于|不高于|不超过|不少于)[^，,；;。\d]{0,16}(?:评估价|起始价|底价|基准价|挂牌价|成交价)(?:格)?的\s*$")
# "保险保额每亩分别为770元、1290元": an amount per mu an insurance or a grant is reckoned by.
_PER_MU = re.compile(r"(?:保额|补助|补贴|标准)[^，,；;。\d]{0,6}每亩(?:分别)?(?:为)?\s*(?:\d+(?:\.\d+)?\s*万?元\s*[、和]\s*)*$")
# "对新获批的国家重点实验室…，每年支持500万元": a yearly grant per case recognised.
_YEARLY_GRANT = re.compile(r"每年(?:给予|支持|补助|奖励|资助)\s*$")
# "大型企业返还30%": the share of what was paid that a measure gives back, a grant rate.
_REBATE = re.compile(r"返还(?:比例)?(?:为|按)?\s*$")




def measure_term(before: str, after: str, unit: str) -> bool:
    """Whether a figure (its clause's words ``before`` and ``after`` it) is a term a measure sets, not a goal."""
    money, share = unit.endswith("元"), unit in SHARES
    if money and (_LIMIT_AFTER.match(after) or _FUNDS.search(before) and not _STRIVEN.search(before)
                  or _PER_HEAD_MONEY.search(before) or _PER_HEAD_AFTER.match(after)
                  or _BY_STANDARD.search(before) and _STANDARD_AFTER.match(after)):
        return True
    if money and (_DEPOSITOR_LIMIT.search(before) or _PER_HOME.search(before) or _YEARLY_GRANT.search(before)
                  or _PER_MU.search(before)):
        return True
    if (unit == "个百分点" or share) and re.match(r"的?贴息", after):  # "给予…2.5个百分点贴息", "给予发行人0.5%贴息":
        return True  # an interest subsidy's rate
    if share and (_DEPOSIT_AFTER.match(after) or _GRANT_RATE.search(before) or _REBATE.search(before)
                  or _SHARE_LIMIT_AFTER.match(after) or _RATE_AFTER.match(after) or _PRICE_MOVED.search(before)
                  or _PRICE_SHARE.search(before)):
        return True
    if _FROM.search(before) and _CHANGED_AFTER.match(after) or _FROM_STANDARD.search(before):
        return True
    if unit == "米" and after.startswith("高度"):  # "天气雷达500米高度探测覆盖率": the altitude a rate is measured at
        return True
    if unit == "套" and (_NTH_HOME.search(before) or after.startswith("房")):  # "提高二套房…贷款比例": the 2nd home
        return True
    if unit == "个" and (after.startswith("点") and not after.startswith(("点位", "点状")) or after.startswith(("/户", "/套"))
                        or _PER_AREA_NORM.search(before) and "配建" in after[:4]):
        return True
    # "一批百亿元级、80亿元级…重大项目": a class of projects by size, not a sum to reach.
    if (money or unit in ("亿", "万")) and after.startswith(("级", "亿级", "万级")):
        return True
    return bool(_INCLUSIVE_LINE.match(after) or _SET_TO.search(before) or _CAPACITY.search(before)
                and _CAPACITY_LINE.match(after) or _AT_ONCE.search(before) and not share or _PER_HEAD.search(before))
