"""Figures a plan sets as a norm for each place or each head rather than as a total, and goals stated without a verb of
work: per-place counts ("每个街道建有1个健身小广场", "各区（县级市）有1所…医院"), per-population ratios ("每千名老人拥有
床位40张", "每百户居民…不低于30平方米"), a share before the noun or the verb that reaches the goal ("100%的镇卫生院…达标",
"80%以上的驻社区单位…签订…", "…燃气立管100%更新完成"), a floor word before the verb ("每年至少进行1次维护"), yearly averages
("年均开发2万个以上"), a life expectancy ("期望寿命超过80岁") and a range in Chinese numerals ("确定一至两项")."""

import re

from .target_floors import floor_then_staffing, installed_count

# "每个街道建有", "各区（县级市）至少有", "全部镇均建有", "…的街（镇）各建有": each place of a kind is to have the count.
_PER_PLACE = re.compile(
    r"(?:(?:^|[，,；;、：:])\s*(?:到20\d\d年(?:底|末)?[，,]?)?(?:农村|城区|城镇|乡村|全区|全市|全县)?"
    r"(?:每个?|各|全部|所有)[^，,；;。:：\d]{0,14}?|各"
    r"|\d+个(?:行政村|建制村|村|乡镇|镇|街道|社区)(?=均|都))"  # "188个行政村都有1座以上…"
    r"(?:内)?(?:均|都)?(?:至少|应)?(?:建有|设有|拥有|配有|配备|建成|有)\s*$"
)
# "每千名老人", "每万人", "每百户居民", "每千人": the population a ratio is stated per.
_PER_POPULATION = re.compile(r"每(?:[十百千万]|十万)(?:名|个|户|人)")
_RATIO_VERB = re.compile(r"(?:拥有|有|配备|达到|达)[^，,；;。\d]{0,16}?(?:不少于|不低于|至少|达到|达)?\s*$")
# "年均开发2万个以上", "年均推荐…就业10万人次": a yearly average to reach is a goal whatever the verb.
_YEARLY_AVERAGE = re.compile(r"年均[^，,；;。\d]{0,14}$")
# "生活垃圾分类投放点100%完成微更新改造", "100%无新增违法建筑", "二次供水设施100%移交…": the share that reaches it.
_SHARE_DOES = re.compile(r"^(?:完成|实现|达标|建成|改造|更新|移交|纳入|无新增|落实|覆盖)")
# "100%的镇卫生院、村卫生站建设达标", "80%以上的驻社区单位和社区签订共建协议", "在10%的服务站设置中医阁": the share of
# a noun that reaches it or where the work is done ("按5%－10%的比例设置" is a proportion, no goal).
# "50%以上的公交车站设有…公益广告": the share of the places that have the thing set up.
_SHARE_OF_NOUN = re.compile(
    r"^的(?!比例|标准)[^，,；;。\d]{1,16}?(?:达标|达到|实现|完成|签订|建成|接入|通过|覆盖|设置|设有|建有|配有|内涵建设)"
)
# "全区70%以上行政村覆盖农村污水处理设施": a short noun written without 的.
_SHARE_OF_BARE_NOUN = re.compile(r"^[^，,；;。\d的]{1,6}?(?:覆盖|达标|建成|接入)")
# "每年至少进行1次维护", "每年应至少开展2次", "至少有1处口袋公园": a floor word before the verb that does the work.
_FLOOR_BEFORE_VERB = re.compile(
    r"(?:至少|不少于|不低于)(?:应)?(?:成功)?(?:有|建有|设有|拥有|进行|开展|组织|举办|完成|建成|建立|建|开办|挂牌|出让|供应)\s*$"
)
# "每年为65周岁以上的…老年人提供1次定点免费体检": a service each person of a group is to receive in a period.
_SERVICE_PER_PERIOD = re.compile(r"每(?:年|半年|季度|季|月)为[^，,；;。]{1,30}?提供\s*$")
_LIFE_EXPECTANCY = re.compile(r"寿命(?:超过|达到|达|提高到|提高至|提升到|提升至)?\s*$")


def per_place_count(before: str, unit: str) -> bool:
    """Whether a count is what each place of a kind is to have ("每个行政村有1个…", "各区（县级市）建有1所…")."""
    return unit.endswith(("个", "所", "处", "家", "座", "支", "名", "条")) and bool(_PER_PLACE.search(before))


def per_population_ratio(before: str) -> bool:
    """Whether the figure is a ratio per population ("每千名老人拥有床位40张", "每百户居民拥有…面积原则上不低于30平方米")."""
    pers = list(_PER_POPULATION.finditer(before))
    return bool(pers) and bool(_RATIO_VERB.search(before[pers[-1].end():]))


def per_unit_holding(clause: str, history: re.Match) -> bool:
    """Whether the word of history found ("拥有") states what each place or head is to have, not what exists:
    "每个城镇社区拥有3个以上…", "每万人拥有…20名以上"."""
    # "城市社区平均拥有不少于2个…": an average each place is to have is a norm too.
    return history.group() == "拥有" and bool(re.search(r"每[^，,；;。]{0,12}$|平均$", clause[:history.start()]))


def share_reaching(unit: str, before: str, after: str) -> bool:
    """Whether a percentage is the share that does or reaches the goal: before the verb ("100%完成…") or before the
    noun whose share it is ("全市10%的城乡社区达标", "80%以上的驻社区单位…签订…")."""
    if unit not in ("%", "％"):
        return False
    after = re.sub(r"^\s*(?:及以上|以上)", "", after)
    noun = _SHARE_OF_NOUN.match(after) or _SHARE_OF_BARE_NOUN.match(after)
    return bool(_SHARE_DOES.match(after) or noun and not re.search(r"不低于|不少于|不超过", before)
                or after.startswith("的") and _WORK_ON_SHARE.search(before))


# "完成整治60%的村庄", "推广覆盖30%的村庄实行…": the share of the places the work right before it is done on.
_WORK_ON_SHARE = re.compile(r"(?:完成|整治|覆盖|改造|治理)\s*$")


def floor_before_verb(before: str, unit: str = "") -> bool:
    """"每年至少进行1次维护", "至少有1处…": a floor word with the verb between it and the figure; a floor on how often
    ("每季度至少主动联系1次", "每年应至少疏通、清掏一次") whatever the verb."""
    return bool(_FLOOR_BEFORE_VERB.search(before) or unit == "次" and _FLOOR_ON_TIMES.search(before))


_FLOOR_ON_TIMES = re.compile(r"(?:至少|不少于)[^，,；;。\d]{1,8}$")


def norm_context(before: str, after: str, unit: str, written: str) -> bool:
    """Whether the figure is a goal by the shape of its sentence though no verb of work commits to it."""
    return (per_place_count(before, unit) or per_population_ratio(before) or floor_before_verb(before, unit)
            or floor_then_staffing(before) or installed_count(before, unit)  # "至少要确定1名", "更新1套…装置"
            or bool(_YEARLY_AVERAGE.search(before) or _SERVICE_PER_PERIOD.search(before))
            or share_reaching(unit, before, after)
            or unit == "岁" and bool(_LIFE_EXPECTANCY.search(before))
            or not written[:1].isdigit() and bool(re.search(r"[至到]", written)))


def raised_yearly(before: str, after: str) -> bool:
    """"市本级年筹集公益金3亿元以上": money a body is to raise each year, with a floor, is a goal, not money granted
    ("每年筹集奖励资金50万元" sets money aside for awards); so is the funding a plan strives to bring in ("力争全年到位
    上级补助收入30亿元以上")."""
    if re.match(r"力争[^，,；;。\d]{0,12}(?:到位|争取|获得)", before):
        return True
    return bool(re.search(r"年(?:均)?筹集[^，,；;。\d给予补助奖励贴]{0,8}(?:不少于|不低于)?$", before)) \
        and bool(re.search(r"(?:不少于|不低于)$", before) or re.match(r"\s*(?:及以上|以上)", after))


def plausible_age(before: str, unit: str) -> bool:
    """岁 is a goal only as a life expectancy ("平均期望寿命超过80岁"); "0~3岁幼儿", "65岁以上" name an age group."""
    return unit != "岁" or bool(_LIFE_EXPECTANCY.search(before))
