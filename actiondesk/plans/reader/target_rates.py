"""Figures that describe rather than commit: rates per unit of length or area, the base of such a rate, the
capacity of a place, the size a thing is measured against (长度超过2米), the count of places that scopes another
figure (等4个新城…50%以上), a cap on what a rule permits (可转让不超过50％); counts that name programmes or
existing bases and counts that define a case; and the count that sums a list of names (a commitment even without a
verb of its own)."""

import re

from .target_floors import staffing_floor
from .target_samples import share_of_whole
from .target_settings import SHARES
from .target_words import COMMITS

# Units of measure a rate is stated per ("每公里5000元", "每25—30公里…配备一名专管员"); 每户/每村/每年 count
# entities or periods and stay targets ("每户配置1组投放桶").
_MEASURE = r"(?:公里|千米|米|平方米|平方公里|平米|亩|公顷|吨|立方米)"
_RANGE = r"\d+(?:\.\d+)?(?:\s*[—\-–－~～至到]\s*\d+(?:\.\d+)?)?"
# 乡道每年每公里5000元, "每年每公里分别不低于10000元、5000元": money or work per kilometre
_PER_MEASURE = re.compile(rf"每{_MEASURE}(?:分别)?(?:不低于|不少于|不超过|不高于|最低|最高)?$")
_PER_AMOUNT = re.compile(rf"每\s*{_RANGE}\s*{_MEASURE}")  # 每25—30公里…配备不少于一名专管员: a staffing ratio
# "岛北8万人大型开放空间": how many people a place holds, not people served or trained.
_VENUE = re.compile(r"^[^，,；;。、\d]{0,6}?(?:空间|场馆|体育馆|体育场|剧场|剧院|广场|会场|礼堂|场地|场所|座位|看台)")
# "…、图数统计、报告生成等5项能力", "“悟空”“指数”…“创域”6个垂类模型": the count of the names listed before it.
_LISTED_BEFORE = re.compile(r"、[^，,；;。、]{1,16}等$")
# "综合交易、综合服务、综合监管三个平台": a Chinese count right after the names it counts, without 等, names the set
# (no goal) — unless it counts occurrences ("组织日本、美国、一带一路三场…会议": events held are work).
_LISTED_BARE = re.compile(r"、[^，,；;。、\d]{2,8}、[^，,；;。、\d]{2,8}$")
# Two names are enough ("实现省市视频监控、全息感知两个平面的试点建设") when neither is an item of work of its own
# ("新建一处公园、改造两处绿地": a count and a verb).
_TWO_NAMES = re.compile(r"([^，,；;。、\d]{2,8})、([^，,；;。、\d]{2,8})$")
_NUMERAL = re.compile(r"[一二两三四五六七八九十百千]")
_QUOTED_NAMES = re.compile(r"“[^“”]{1,12}”\s*“[^“”]{1,12}”\s*$")


_UNIT_PRICE = re.compile(r"\s*[/／]\s*(?:度|千瓦时|kWh|吨|立方米|方|公斤|千克|升)")
_PRICE_BEFORE = re.compile(r"价(?:格)?[^，,；;。\d]{0,8}$")
_CAP_BEFORE = re.compile(r"(?:不高于|不超过|低于|控制在)\s*$")
# "原则上项目内部消纳量不少于计划量的15%": a norm each project (site, firm…) must meet, not a figure the plan reaches.
_CASE_NORM = re.compile(r"原则上[^，,；;。]{0,16}?(?:项目|工程|企业|工地|地块|场所|门店|每)")
# "单个场景投入不低于5万元", "单个项目投资不低于5000万元": the money each case puts in is the size a case must have (a
# threshold or a norm), not a sum the plan reaches.
_PER_CASE_MONEY = re.compile(r"(?:单个|单家|单项|单笔|每个|每家|每项)[^，,；;。\d]{1,8}?(?:投入|投资|金额|资金|经费)[^，,；;。\d]{0,4}$")


def rate_or_capacity(before: str, after: str, unit: str) -> bool:
    """Whether the figure between ``before`` and ``after`` (in one clause) is a rate, a rate's base, a capacity or a
    norm each case must meet."""
    if before.rstrip().endswith(("每", "每隔", "每间隔")) or _CASE_NORM.search(before) and not staffing_floor(before, unit) \
            and not share_of_whole(before, unit):  # 每25—30公里…; "原则上不低于企业总数的20%" is a share of all

        return True  # "每隔500米至少…": a spacing
    if _PER_MEASURE.search(before.rstrip()) or _PER_AMOUNT.search(before):
        return True
    if unit.endswith("元") and _UNIT_PRICE.match(after) and (_PRICE_BEFORE.search(before) or _CAP_BEFORE.search(before)):
        return True  # "电价原则上不高于0.65元/度": a price per unit of a good, or a cap on it ("亩均税收达到50万元/亩" is a goal)
    if unit.endswith("元") and _PER_CASE_MONEY.search(before):
        return True
    return unit.endswith("人") and bool(_VENUE.match(after))


def named_list_count(before: str, chinese: bool = False, unit: str = "") -> bool:
    """Whether the figure counts a list of names written just before it (a commitment: the names are the work).
    A count in Chinese numerals of things, not occurrences, may follow the names without 等 ("…、综合监管三个平台")."""
    return bool(_LISTED_BEFORE.search(before) or _QUOTED_NAMES.search(before)
                or chinese and unit not in ("场", "次", "期", "批", "轮") and (_LISTED_BARE.search(before)
                                                                           or _two_names(before)))


def _two_names(before: str) -> bool:
    names = _TWO_NAMES.search(before)
    return bool(names) and not _NUMERAL.search(names.group()) and not COMMITS.match(names.group(2))


# "连接软管长度超过2米、私接“三通”…的": a thing's own measure beyond a limit says which cases a rule is about (a
# threshold), unless the words before the measure commit to work ("建设绿道长度超过100公里").
_MEASURED = re.compile(
    r"(?:^|[、，,；;])(?P<thing>[^、，,；;。]{0,12}?)(?:长度|重量|高度|深度|宽度|直径|厚度|间距|距离|功率|容积|压力)"
    r"(?:超过|大于|高于|超出|小于|低于|不足)\s*$"
)


_WORK = re.compile(r"建设|建成|新建|改造|铺设|完成|实现|达到|新增|累计")


# "…作业场所，且作业间内作业人员数量超过9人的": a clause joined by 且 that compares a thing's count or measure adds a
# condition to a case ("且…泊位不应低于总车位的20%" is a norm: no measure word right before its comparison).
_JOINED = re.compile(
    r"^\s*(?:并且|且)(?P<thing>[^，,；;。\d]{0,16}?)(?:数量|人数|面积|长度|高度|深度|重量|容量|规模|浓度)"
    r"(?:超过|大于|多于|高于|超出|小于|低于|少于|不足)\s*$"
)


def measured_threshold(before: str) -> bool:
    """Whether the figure after ``before`` is a measure a case is defined by, not a goal."""
    match = _MEASURED.search(before)
    joined = _JOINED.search(before)
    return any(found and not _WORK.search(found.group("thing")) for found in (match, joined))


# "新建10000平方米以下项目", "1000立方米以下高炉", "30万千瓦以下煤电机组", "4.5吨及以下普通货运…": a measure with 以下
# that qualifies the noun after it is the size of the class a rule applies to (plant, vehicles, works it upgrades, shuts
# or exempts); "新增建设用地控制在500亩以下。" (nothing after it) and "控制在…以下水平" stay caps.
_SIZE_BELOW = re.compile(r"^(?:及)?(?:以下|以内)(?:的)?[\u4e00-\u9fff]{2}")
_AREAS = ("平方米", "万平方米", "平米", "㎡", "亩", "公顷")
_NOT_A_CLASS = re.compile(r"^(?:及)?(?:以下|以内|以上)?(?:的)?(?:水平|标准|范围|幅度|目标|任务|规模)")
_INCLUDED = re.compile(r"^[（(]含[^（）()]{0,10}[)）]")
_AREA_CLASS = re.compile(r"^(?:及)?以上(?:的)?(?:房屋|住房|住宅|商品房|户型|套型|门店|店铺|商铺|厂房|仓库)")
_MONEY_CLASS = re.compile(r"^(?:及)?以上(?:的)?[\u4e00-\u9fff]{2}")
_SUM_PUT_IN = re.compile(r"(?:投入|投资|撬动|争取|完成|带动|达到|实现|募集|融资|突破|超过)\s*$")  # "…投入20亿元以上参与…": a sum
_SHARES = (*SHARES, "个百分点", "倍")


def size_threshold(unit: str | None, after: str, before: str = "") -> bool:
    """Whether a figure followed by ``after`` (and after ``before``) is the size threshold of a class of things, not a
    goal."""
    if unit == "兆" and after.startswith("帕"):  # 兆 is read as a bandwidth; "兆帕" is a pressure
        unit, after = "兆帕", after[1:]
    if unit in ("兆帕", "MPa") and re.match(r"(?:及)?以上(?:的)?[\u4e00-\u9fff]{2}", after):
        return True  # "500兆帕以上热轧带肋钢筋": a grade of product
    after = _INCLUDED.sub("", after, count=1)  # "30人（含）以下的参保企业", "100万元（含100万元）以下"
    if unit in _AREAS and _AREA_CLASS.match(after) and not _NOT_A_CLASS.match(after.lstrip("及以上的")):
        return True  # "144平方米以上房屋补贴标准为8000元/套": the size class a rule is for
    if unit.endswith("元") and _MONEY_CLASS.match(after) and not _NOT_A_CLASS.match(after.lstrip("及以上的")) \
            and not _SUM_PUT_IN.search(before):
        return True  # "400万元以上工程", "200万元以上的货物和服务采购项目": a size class of purchases or projects
    # "5000元以下小额退税", "160kW及以下容量小微企业", "30人（含）以下的参保企业": any measure but a share bounded
    # below before its noun names the class a rule is for ("降至1%以下的水平" is a cap).
    return unit not in _SHARES and bool(_SIZE_BELOW.match(after)) and not _NOT_A_CLASS.match(after)


def scope_count(after: str) -> bool:
    """"松江、青浦、嘉定、奉贤等4个新城建设用地面积50%以上达到…": a count of named places followed, in its clause,
    by another figure names the scope that figure is about; "光电、生物医药等11个重点产业链的扶持政策": a count of named
    things whose noun qualifies a paper ("…的扶持政策") says which things it is for, not how many are to be done
    ("具备…等5项能力的大模型" counts what is to be built)."""
    return bool(re.match(r"[^，,；;。、\d]{1,20}?\d", after) or _QUALIFIES_PAPER.match(after))


_QUALIFIES_PAPER = re.compile(r"[^，,；;。、\d的]{1,10}的[^，,；;。、\d的]{0,6}?(?:政策|措施|方案|办法|清单|细则|意见|规划)")


# "除配套设施以外的物业可转让不超过50％", "可以申请延期不超过2次": how much may be done, a cap on a permission; a cap to
# keep ("能耗总量不超过5万吨标准煤") has no 可 before it. "可再生能源" and "可回收物" are nouns, not permissions.
_PERMITTED = re.compile(r"(?:可以|可|允许|准予)(?!再生|回收|持续|利用)[\u4e00-\u9fff]{1,4}(?:不超过|不高于|不得超过|最多)\s*$")
# "公寓项目可按不少于1泊/300平方米进行配建": what a rule lets be reckoned by (可按), a floor or a cap alike.
_PERMITTED_BY = re.compile(r"(?:可以|可)按(?:照)?\s*(?:不少于|不低于|不超过|不高于|最低|最高)\s*$")


def permitted_cap(before: str) -> bool:
    """Whether the figure after ``before`` caps what a rule permits, not a quantity the plan commits to."""
    return bool(_PERMITTED.search(before) or _PERMITTED_BY.search(before))


# "持续推进本市十项重点工程建设": a count written in words before 重点/重大 programmes names the set, not a goal.
_PROGRAMMES = re.compile(r"^(?:重点|重大)(?:工程|任务|项目|行动|专项|举措)")
# "以“1+7”模式，1个中心、6个站点为基地": the make-up of the bases the work relies on.
_BASES = re.compile(r"^[^，,；;。]{0,16}?为(?:基地|依托|核心|支撑|载体|抓手|主体)")
# "两个以上部门对同一监管对象实施…检查的，原则上应…": a count that says which cases a rule is about.
_CASE = re.compile(r"^[^，,；;。]{2,40}的(?:[，,；;。]|$)")


# "主要从…三个方面进行明确": the aspects a text is organised in, never a count to reach.
_ASPECTS = re.compile(r"^(?:方面|层面|维度|角度)")


def names_or_bases(written: str, after: str) -> bool:
    """Whether the figure names a set of programmes (十项重点工程), counts the bases of the work (1个中心…为基地) or
    the aspects of a text (三个方面)."""
    return bool(not written[:1].isdigit() and _PROGRAMMES.match(after) or _BASES.match(after) or _ASPECTS.match(after))


def defines_a_case(after: str, at_least: bool, committed: bool) -> bool:
    """"两个以上部门对…的": a floor with no verb of work before it, in a clause ending in 的, is a condition."""
    return at_least and not committed and bool(_CASE.match(after))
