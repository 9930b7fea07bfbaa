"""Figures a rule or a support measure sets, read as no goal: who a procedure binds ("采购人应确保一家以上…入围"),
a step of a reward ("每超过10名…给予", "每认定1家给予…", "增量每达1000万元"), the standard, allowance, sharing and
threshold of a subsidy ("补贴标准为…的15%", "可补贴1件", "按照85%、15%比例共担", "支持门槛降低至1000万元"), a capacity approved ("核定养老床位50张及以上"), a tolerance ("代偿风险容忍度控制在5%以内"), the size that sorts who a rule
takes in ("用电设备容量在160千瓦及以下的小微企业采取…"), the goods or cases a measure concerns ("针对首年关税为零的2034种
商品"), a grant rate whose verb follows after a comma ("按…合同金额的30%，给予一次性奖补") or after 对 and a sum spent ("对其…实际发生金额的30%，给予…补贴"), a case that earns a grant
after a comma ("每引进1名人才，给予…奖励") and a grant in multiples of a salary ("给予最高2倍年薪的…补贴"). Add a word
here."""

import re

from .target_conditions import CASE_SIZES
from .target_settings import RECKONING_VERBS, SHARES, policy_setting
from .target_terms import measure_term
from .target_words import FALL_TO

# Parties a procedure binds: what they "应确保" is the rule's, not the plan's goal.
PROCEDURE_PARTIES = ("采购人", "采购单位", "招标人", "招标采购单位", "投标人", "供应商", "申请人", "评标委员会")
_PROCEDURE = re.compile(rf"(?:{'|'.join(PROCEDURE_PARTIES)})(?:应当|应|须|必须|要)"
                        rf"|要求(?:{'|'.join(PROCEDURE_PARTIES)})[^，,；;。\d]{{0,6}}$")  # "要求评标委员会推荐3名…候选人"
# "对…至少有一个未成年子女的家庭", "其中至少一名出生于…的家庭": who a measure is for, counted in the family it names.
# ("…达到国际服务标准的家庭医生" counts doctors: a family's doctor, farm or bed is no family.)
_FAMILY_AFTER = re.compile(r"^[^，,；;。]{0,30}?的(?:[^，,；;。的]{0,6})?家庭(?!医生|医师|农场|病床|教育|服务)")
# "投影面积…不超过该户型面积的3%", "占该层计容建筑面积的比例提高至25%", "覆土厚度不低于0.5米": what a building code allows.
# Add a term of building codes here.
BUILDING_CODE_TERMS = ("计容", "投影面积", "户型面积", "覆土厚度", "层高", "建筑面积之和", "规划建筑面积")
_BUILDING_CODE = re.compile("|".join(BUILDING_CODE_TERMS))
# "每期抽奖活动设特等奖1名", "可免费获取就业全程服务名额一个": the prizes of a draw and what one person may obtain.
_PRIZE_OR_OBTAIN = re.compile(r"设[^，,；;。\d]{0,6}奖\s*$|(?:可|均能|均可|都能)(?:免费)?(?:获取|获得|享受|领取|申领)[^，,；;。]{0,40}$")
# "每超过10名…给予…": each step over a line earns a reward.
# "每完成网签备案1000套…给予": each step of work done earns it too; "每开通一条…航线": each route opened.
_STEP = re.compile(r"每(?:超过|超出|满|达|达到)\s*$|每完成[^，,；;。\d]{0,8}$|每(?:同比)?(?:增加|增长)\s*$|每(?:新)?开通\s*$")
# "每认定1家给予孵化器10万元扶持": each case recognised earns a grant, a reward step when the grant follows.
_PER_CASE = re.compile(r"每(?:新)?(?:认定|认证|引进|招引|获批|评定|评为|创建|新增|招收|招录|招聘)\s*$")
# "用房属自建且核定养老床位50张及以上": a capacity an authority approved (核定) is a fact a case must show, a condition.
_APPROVED = re.compile(r"核定[^，,；;。\d]{0,8}$")
_GRANT = r"(?:给予|奖励|补助|补贴|扶持|资助|奖补)"
_GRANT_AFTER = re.compile(rf"^[^，,；;。]{{0,12}}?{_GRANT}")
_RECKONED_BY = re.compile(r"按(?:照)?[^，,；;。按]{0,20}$")
_GRANTED_AFTER = re.compile(r"^[^，,；;。]{0,16}?(?:给予|予以)[^，,；;。]{0,12}?(?:补贴|奖励|补助|资助|奖补|贴息)")
# "补贴标准为产品销售价格的15%", "按…投资额20%…的标准予以补贴", "每位消费者每类产品可补贴1件", "按照85%、15%比例共担",
# "支持门槛降低至1000万元": the rate, the standard, the allowance, the sharing and the threshold of a subsidy.
# A rate raised as a goal ("力争将补贴比例提高至60%") stays: the standard is what it is (为) or may be (可).
_GRANT_STANDARD = re.compile(rf"{_GRANT}(?:标准|比例)(?:为|是|可)[^，,；;。\d]{{0,20}}$|可{_GRANT}[^，,；;。\d]{{0,4}}$"
                             r"|门槛[^，,；;。\d]{0,8}$")
_STANDARD_AFTER = re.compile(rf"^[^。；;]{{0,40}}?的标准(?:予以|给予)?{_GRANT}|^[^，,；;。]{{0,12}}?比例(?:共担|分担|承担)")
# "按照85%:15%比例共担": the first share of the ratio in which a cost is borne.
_RATIO_NEXT = re.compile(r"^[:：]\s*\d+(?:\.\d+)?[%％][^，,；;。]{0,12}?比例(?:共担|分担|承担)")
# "代偿风险容忍度控制在5%以内": how much loss a scheme tolerates, a setting.
_TOLERANCE = r"(?:容忍度|容忍率|容错率)[^，,；;。\d]{0,6}$"
# "用电设备容量在160千瓦及以下的小微企业": the size, with 在, that sorts the firms or cases after it.
_SORTED_BY = re.compile(rf"(?:{'|'.join((*CASE_SIZES, '设备容量', '用电容量'))})\s*在\s*$")
# "投资额在100万元以下（含）或建筑面积在300平方米以下（含）的餐饮门店": the first of two sizes joined by 或 / 、 sorts too.
_SORT_AFTER = re.compile(r"^(?:（含）|\(含\))?(?:及以下|以下|及以上|以上)(?:（含）|\(含\))?(?:[或、][^，,；;。]{0,30})?的")
# "针对首年关税为零的2034种商品": the goods a measure concerns, named by what they share ("针对排查发现的50处隐患进行
# 整改" counts work). Add a word for goods here.
GOODS = ("商品", "产品", "货物", "税目", "物品", "品类")
_CONCERNS = re.compile(r"针对[^，,；;。\d]{0,24}的\s*$")
# "针对首年关税为零的2034种、5年内关税减让显著的2725种出口商品": the goods named once after a list of such counts.
_GOODS_AFTER = re.compile(rf"^(?:[^，,；;。\d]{{0,6}}?|、[^，,；;。]{{0,30}}?)(?:{'|'.join(GOODS)})")
_REST_OF_SENTENCE = re.compile(r"[^。；;！!？?\n]*")
# "按照本年度实际发生额的50%，从本年度应纳税所得额中扣除": a tax deduction's rate too.
_RECKONED_AHEAD = re.compile(rf"[^。；;\d]{{0,16}}?(?:{'|'.join(RECKONING_VERBS)}|支付|预付|拨付|贴息|设定|扣除|摊销)")
# "按不低于合同金额的40%、不高于合同金额的70%设定": the band's other end, read past to the verb that sets both.
_OTHER_END = re.compile(r"^、(?:不高于|不超过|不低于|不少于|最高|最低)?[^、，,；;。\d]{0,16}?\d+(?:\.\d+)?[%％‰]")
_BY_SHARE = re.compile(r"按[^，,；;。]{0,40}的\s*$")
# "对其购买科技创新服务实际发生金额的30%，给予最高50万元补贴": a share of what a case spent, opened by 对, is the rate of a
# grant that comes later in its sentence. Add a word for money spent here.
SPENT_WORDS = ("金额", "费用", "投入", "支出", "投资额", "投资", "成本", "价款", "购置额")
# A ratio raised to a share ("将对民营企业的合同预付款比例提高至合同金额的30%以上") is a goal, not a grant rate.
_OF_SPENT = re.compile(
    rf"对(?:(?!提高|提升|达到|比例)[^，,；;。]){{0,40}}?(?:{'|'.join(SPENT_WORDS)})(?:总额)?的\s*$"
)
# "原则上按不低于合同金额的40%，在合同签订后…支付预付款": the grant or payment may come anywhere later in the sentence.
_PAID_LATER = re.compile(rf"^[^。；;！!？?\n]{{0,40}}?(?:{_GRANT}|支付|预付|拨付|发放)")  # "…，发放最高20万元…券"
# "每引进1名人才，给予用人单位…奖励": the case is counted in its own clause and the grant follows after the comma.
_GRANT_NEXT = re.compile(rf"^[^，,；;。]{{0,12}}?[，,]\s*(?:经[^，,；;。\d]{{1,8}}?)?(?:可|再|一次性|分别)?{_GRANT}")
# "分别给予最高2倍、1.5倍年薪的薪酬补贴": a grant reckoned in multiples of what a person earns.
_GRANTED = re.compile(r"(?:给予|享受|发放)[^，,；;。]{0,12}$")
_PAY_AFTER = re.compile(r"^[^，,；;。]{0,16}?(?:年薪|薪酬|工资|收入|补贴|补助|奖励|资助)")


# "做好新增2万个学位、…等义务教育优质均衡发展信息公开": a figure in what is to be made public is the subject of the
# disclosure, not a goal of the plan that discloses it.
_DISCLOSED = re.compile(r"(?:信息|情况|结果)公开(?:工作)?\s*$")
# "但累计次数不得超过3次", "检查总数一年内不得超过两次": what a rule forbids going past is its cap, not a goal ("不得少于2人"
# sets a floor some plans commit to, and stays).
# "阳台投影面积之和不得超过户型面积的15%": the base of the cap may stand between. "主阳台进深由不应大于1.8米调整为
# 不应大于2.4米": what a building code says a thing should not exceed or fall below (不应, 不宜) is the code's.
# "置换后的监管资金不得低于…所需的资金额度的70%": a floor a rule sets as a share of a base is the rule's too.
_FORBIDDEN_CAP = re.compile(r"不得(?:超过|高于|多于|大于)\s*$|(?:不得(?:超过|高于|多于|大于|低于|少于)|不大于)[^，,；;。\d]{0,30}的\s*$"
                            r"|(?:不应|不宜)(?:大于|小于|高于|低于|超过|少于)\s*$")
# "6个展位以内（含6个）": a note that restates the bound before it; "6个展位以外的其他展位费": a line beyond which a rate
# changes.
_BOUND_NOTE = re.compile(r"(?:以内|以下|以上)\s*[（(]\s*(?:含|不含)\s*$")
_BEYOND = re.compile(r"^[^，,；;。\d]{0,4}以外的")


# "每年发放不少于1000万元低空消费券", "发放市级惠民消费券50万元", "发放不少于1万张的优惠消费券": vouchers a government
# hands out subsidise spending; their money and their number are the measure's, not a goal (债券, 证券 are no vouchers).
# What the vouchers are to bring in stays ("发放消费券带动消费3亿元以上").
_ISSUED = re.compile(r"发放|派发|投放")
_VOUCHER_BEFORE = re.compile(r"(?<![债证股])券[^，,；;。\d带拉撬促]{0,6}$")
_VOUCHER_AFTER = re.compile(r"^[^，,；;。\d]{0,8}?(?<![债证股])券")


def vouchers(before: str, after: str, unit: str) -> bool:
    """Whether the figure is the money or the number of vouchers handed out."""
    return unit.endswith(("元", "张")) and bool(_ISSUED.search(before)) \
        and bool(_VOUCHER_BEFORE.search(before) or _VOUCHER_AFTER.match(after))


# "按照最大起飞重量1吨（含）以下的航空器予以500元/小时": the size that sorts the cases a rate is paid for.
# "最大起飞重量1吨（不含）—5吨（不含）的航空器予以2000元/小时": or the band that does.
_SIZED_FOR_RATE = re.compile(
    r"^(?:[（(]不?含[）)])?(?:\s*[—\-~～至到]\s*\d+(?:\.\d+)?[^\d，,；;。的（(]{0,3}(?:[（(]不?含[）)])?)?"
    r"(?:及以下|以下|及以上|以上)?(?:[（(]不?含[）)])?的[^，,；;。\d]{0,12}?(?:予以|给予)"
)
# "投入开发建设的资金达到工程建设总投资的25%", "最低不少于工程预算清册总额的100%": a share of a building project's own
# budget is the line a pre-sale permit or a supervised fund is held to, a rule's. Add a base here.
PROJECT_BUDGETS = ("工程建设总投资", "工程建设总投资额", "工程预算清册总额", "预算清册总额")
_PROJECT_BUDGET = rf"(?:{'|'.join(PROJECT_BUDGETS)})的\s*$"
# "重组家庭承担两个(含)以上未成年子女抚养义务的": the children a family raises sort who a measure is for.
_FAMILY_BEFORE = re.compile(r"家庭[^，,；;。\d]{0,8}$")
_CHILDREN_AFTER = re.compile(r"^(?:[（(]含[）)])?(?:及以上|以上)?(?:未成年)?(?:子女|孩子)")


# "…纳入政府目标管理考核体系且分值权重不低于4%", "补贴其贷款利息的50%", "最高不超过参照国家规定标准的125%", "100万元以下
# 的部分为20%": a weight in an assessment, the share a grant pays, a cap set against a standard and a tier's rate.
# So is how much loss a scheme tolerates and the share of a building project's own budget (_TOLERANCE, _PROJECT_BUDGET).
_SHARE_OF_RULE = re.compile(r"(?:权重|分值)[^，,；;。\d]{0,6}$|(?:补贴|补助|资助|贴息)[^，,；;。\d]{0,10}的\s*$"
                            # "单个项目支持额度不超过项目投资额的15%": a grant's cap as a share of what a case spends
                            r"|(?:支持|补助|补贴|奖励|资助|奖补)(?:额度|金额|资金|比例)[^，,；;。\d]{0,4}(?:不超过|不高于|最高|最多)"
                            r"[^，,；;。\d]{0,14}的\s*$"
                            r"|(?:最高|不超过|不高于)[^，,；;。\d]{0,12}标准的\s*$|的部分(?:为|按|不超过|不高于)\s*$"
                            # "按照不超过项目设备（含软件）投资额的10%", "分别按照不低于工程竣工结算价1.5%": a rate of a base a sum
                            # is reckoned at, capped or floored ("按照不低于4%的比例…抽检", no base named, stays a goal)
                            r"|按(?:照)?(?:不超过|不高于|最高|不低于|最低)[^，,；;。\d]{2,30}?(?:的)?\s*$"
                            rf"|{_TOLERANCE}|{_PROJECT_BUDGET}")


_RANKED_COUNT = re.compile(r"^[^，,；;。\d]{0,4}指标[^，,；;。\d]{0,8}(?:排名|排位|位次|进入前|争先)")
_PORTION = re.compile(r"^[^，,；;。]{0,16}?的部分")
# "引导金融机构围绕全市先进制造业集群13个重点产业链的规上企业…", "围绕4—5个重点产业领域": what the work is done around,
# counted, is its scope.
_AROUND = re.compile(r"围绕[^，,；;。\d]{0,16}$")


# "总投资1000万元以下项目", "10亿元以上（含）企业": a sum bounded, then the kind of case it sizes (the count of such cases,
# "1亿元以上项目15个", may be a goal; the sum never is).
_SIZES_A_KIND = re.compile(r"^\s*(?:[（(]含[）)])?(?:及)?以[上下](?:[（(]含[）)])?(?:的)?[^，,；;。\d]{0,3}?(?:项目|企业)")


# "实缴注册资本不低于5000万元", "对地方经济贡献不低于300万元", "纳税额度达到1500万元": what a firm must have or pay to
# qualify for a measure, never the plan's goal.
_FIRM_QUALIFIES = re.compile(r"(?:注册资本(?:金)?|纳税(?:额度|总额|额)|经济贡献|财力贡献)(?:不低于|不少于|达到|达|超过|在)?\s*$")


def rule_figure(before: str, after: str, unit: str) -> bool:
    """Whether a figure (its clause's words ``before`` and ``after`` it) is set by a rule or a measure, not a goal."""
    return bool(
        vouchers(before, after, unit)
        or unit.endswith("元") and (_FIRM_QUALIFIES.search(before) or _SIZES_A_KIND.match(after))
        or _RANKED_COUNT.match(after)  # "4项指标在全区排名达到前3位": how many indicators a rank is sought for
        or _PORTION.match(after)  # "应纳税所得额超过100万元但不超过300万元的部分": a tier of a tax or a grant
        or re.search(r"最近\s*$", before)  # "最近1次公布的…利率": the latest one, no count
        or unit.endswith("人") and after.startswith("口")  # "培育一批50万人口的中等城市": a city's size
        or _AROUND.search(before)
        and "目标" not in after  # "围绕本区建成区40%以上面积达到…的目标任务": a goal named as such
        or unit in SHARES
        and _SHARE_OF_RULE.search(before)
        or _SIZED_FOR_RATE.match(after)
        or _FAMILY_BEFORE.search(before)
        and _CHILDREN_AFTER.match(after)
        or _DISCLOSED.search(after)
        or _BOUND_NOTE.search(before)
        or _BEYOND.match(after)
        or _FORBIDDEN_CAP.search(before)
        or measure_term(before, after, unit)
        or _PROCEDURE.search(before)
        or _STEP.search(before)
        or _FAMILY_AFTER.match(after)
        or _BUILDING_CODE.search(before + after)
        or _PRIZE_OR_OBTAIN.search(before)
        or _GRANT_STANDARD.search(before)
        or _STANDARD_AFTER.match(after)
        or _PER_CASE.search(before)
        and _GRANT_AFTER.match(after)
        or _RECKONED_BY.search(before)  # "由财政按每套建筑面积最高不超过90平方米每平方米给予150元补贴": what a grant
        and _GRANTED_AFTER.match(after)  # is reckoned on, in the same clause as the grant
        or _APPROVED.search(before)
        or _SORTED_BY.search(before)
        and _SORT_AFTER.match(after)
        or _CONCERNS.search(before)
        and _GOODS_AFTER.match(after)
        or _REFERRED_BY.search(before)  # "按照全省…活动和20项民生工程要求": a figure in what the work follows
        and _REQUIREMENT_AFTER.match(after)
        or unit == "倍"
        and _PRICED.search(before)  # "以网签价不低于2倍…", "成交价格低于…平均交易价格的1.2倍": a pricing rule's multiple
        or unit == "倍"
        and _GRANTED.search(before)
        and _PAY_AFTER.match(after)
    )


_REFERRED_BY = re.compile(r"(?:按照|根据|依照|依据|对照)[^，,；;。]{0,30}$")
_REQUIREMENT_AFTER = re.compile(r"^[^，,；;。\d]{0,12}?(?:要求|部署|规定|精神)(?:[，,；;。]|$)")
_OLD_VALUE = re.compile(r"(?:由|从)(?:原来的?|原先的?|原|之前的?|现行的?)?\s*"
                        r"(?:不得少于|不少于|不低于|不得超过|不超过|不高于|最高|最低)?\s*$")
_CHANGED_TO = re.compile(rf"^[^；;。]{{0,40}}?(?:{'|'.join(FALL_TO)}|调整为|调整至|调整到|降为|下调至|下调为|下调到"
                         r"|提高至|提高到|提升至|提升到|增加到|增加至|增至|扩大到|扩大至|放宽至|放宽到|缩短至|缩短到|缩减至"
                         r"|压缩至|压缩到|上调至|上调为|上调到|延长至|延长到|变更为)")
_PRICED = re.compile(r"价[^，,；;。\d]{0,30}$")
_TIER_BEFORE = re.compile(r"的部分[，,]\s*$")


def old_value(before: str, after: str) -> bool:
    """Whether a figure is the value a rule changes from ("界定标准由140平方米以下调整为144平方米以下", "株洲城市四区由19%，
    其他县市区由17%统一下调至10%"): ``after`` runs on past its clause, to the sentence's change verb."""
    return bool(_OLD_VALUE.search(before) and _CHANGED_TO.match(after))


def tier_rate_next(text: str, clause_start: int) -> bool:
    """Whether the clause at ``clause_start`` follows one that names a tier ("项目经费100万元以下的部分，间接费用比例不超过
    30%"): its share is the tier's rate, a rule's figure."""
    return bool(_TIER_BEFORE.search(text, max(0, clause_start - 8), clause_start))


def granted_share(before: str, after: str, following: str, unit: str) -> bool:
    """Whether a share is a grant or payment rate whose verb comes later in its sentence (``following``: the text
    after its clause): "按…合同金额的30%，给予一次性奖补", "按不低于合同金额的40%向中小企业支付预付款"; and a case
    counted in a clause of its own before the grant it earns ("每引进1个项目，给予…奖励")."""
    if _PER_CASE.search(before) and _GRANT_NEXT.match(after + following):
        return True
    if unit not in SHARES:
        return False
    if not after.strip() and _RATIO_NEXT.match(following):
        return True
    rest = after + _REST_OF_SENTENCE.match(following).group()[:16]  # the next words, not a later measure
    sentence_rest = after + _REST_OF_SENTENCE.match(following).group()
    other_end = _OTHER_END.match(after)
    ahead = after[other_end.end():] if other_end else after
    return bool(
        _BY_SHARE.search(before) and (_RECKONED_AHEAD.match(ahead + following) or _PAID_LATER.match(sentence_rest))
        or _OF_SPENT.search(before) and _PAID_LATER.match(sentence_rest)
    ) or policy_setting(before, rest, unit)
