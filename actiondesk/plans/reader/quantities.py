"""Numbers with units in Chinese text: 75亿元, 1~2家, 三十家, 百个, 15%, 百分之二十."""

import re
from typing import NamedTuple

from .target_durations import time_span
from .target_floors import level_cap_end
from .target_kind_cuts import kind_cut_end

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}  # 万 alone only in "万个" (see NUMBER)
CHINESE_NUMERAL = "[零〇一二两三四五六七八九十百千]+"
ARABIC_NUMBER = r"\d+(?:\.\d+|(?<=[０-９])．[０-９]+)?"  # "１．２万亿元": full-width digits, a full-width point
# "实施万个…项目", "集聚万名…人才": 万 alone counts ten thousand before a measure word; "收入保持在万亿元以上": a magnitude
# printed without a figure counts one of it (1 万亿元, as "1.2万亿元" is 1.2 万亿元).
NUMBER = rf"(?:{ARABIC_NUMBER}|{CHINESE_NUMERAL}|(?<![\d零〇一二两三四五六七八九十百千])(?:万(?=[个名])|(?=万亿元)))"
_RANGE_WORD = r"\s*(?:~|～|〜|-|—|–|－|―|到|至)\s*"

# Longest first so that 万平方米 wins over 平方米 and 个百分点 over 个.
BASE_UNITS = sorted((
    "元", "美元", "家", "户", "个百分点", "个基点", "个", "项", "场", "场次", "次", "人次", "%", "％", "‰",
    "平方米", "平米", "平方公里", "亩", "吨", "标准煤", "吨标准煤", "吨标煤", "人", "名", "台", "套", "条", "所", "座",
    "公里", "公里/时", "千米", "米", "千瓦时", "千瓦", "兆瓦", "兆瓦时", "度", "件", "款", "种", "例", "处",
    "辆", "辆次", "家次", "栋", "张", "床", "篇", "部", "倍", "标准箱", "公顷", "立方米", "间", "斤", "公斤",
    "MW", "MWh", "kW", "kWh", "GW", "㎡",
    "m³", "m²", "km²", "km",  # "总清淤量约484万m³", "收集岛内45km²的雨水": units written in letters
    "吨/日", "立方米/日", "m³/日",  # a daily capacity: "实现近期调水工程11万吨/日"
    "吨/天", "立方米/天", "吨／日", "吨／天", "立方米／日", "立方米／天",  # the same by 天, or with a full-width slash
    "吨/年", "立方米/年",  # a yearly capacity: "煤炭产能稳定在1.4亿吨/年以上", "天然气外引能力达到200亿立方米/年"
    "人(次)", "人（次）", "家(次)", "家（次）",  # people or firms counted with repeats: "培育高素质农民200万人(次)以上"
    "对",  # 列车38对: pairs of trains
    "支", "片", "块", "具", "组",  # 15支队伍, 10片 / 4块楔形绿地, 消火栓169具, 每户1组投放桶
    "只",  # 有害垃圾收集容器735只
    "桌",  # tables of a banquet: "农村聚餐总数不超过25桌"
    "根",  # charging posts: "年内新增200根公用和专用充电桩"
    "艘",  # vessels: "完成20艘老旧渔船更新改造"
    "列", "枝", "盆",  # trains run, cut flowers grown, potted flowers set out: "开行突破400列", "105亿枝", "2600万盆"
    "筐",  # cages of fish farms: "养殖清退83.329公顷（4025筐）"
    "年一遇",  # a return period: "排水能力达到3—5年一遇"
    "词元",  # tokens of a model's corpus: "不少于22亿词元的专业知识库"
    "小时",  # "年等效利用小时不低于1100小时"; a target only as a floor (targets.py): 24小时 is a service spec
    "微克/立方米",  # a concentration cap: "细颗粒物年均浓度力争不高于28微克/立方米"
    "岁",  # a life expectancy: "平均期望寿命超过80岁" (targets.py keeps it only after 寿命)
    "大类",  # "基本公共卫生服务项目达到11大类37项": two counts
    "口",  # wells: "地下水监测井30口"
    "尾",  # fish released or farmed: "每年放流鱼虾等海洋生物1亿尾（只）以上"
    "株",  # trees or plants planted: "墓周还要种植10—15株的速成林"
    "头",  # livestock: "确保全国能繁母猪存栏量稳定在4100万头以上"
    "位",  # people counted politely: "精准引育100位左右企业类人才" (a rank, "前10位", is cut in targets.py)
    # Measure words of trade, teaching and testing: "吞吐量突破10万标箱", "出境达1000万票", "不少于4课时",
    # "快速检测125批次", "检验样本210份以上".
    "标箱", "票", "课时", "学时", "批次", "份",  # "培训不少于360学时": hours of study, as 课时
    "条次", "件次",  # records or cases counted with repeats: "数据共享调度达到2900万条次以上"
    "航次",  # sailings of a shipping line: "加密…班轮达每周3航次"
    "幅",  # posters and boards put up: "主题公益广告（2幅）"
    "宗",  # plots of land or cases: "至少成功挂牌3宗工业用地" (宗旨, 宗教 cut in targets.py)
    "千伏安",  # a transformer capacity: "新增变电容量5万千伏安"
    "兆",  # a bandwidth: "保证20兆进牧户"; only after Arabic digits (千兆, 万兆, 百兆 name tiers of networks)
    # A density or a rate written with its denominator: "不低于60点/百平方公里", "控制在6毫米/年以内".
    "点/百平方公里", "点/平方公里", "个/百平方公里", "个/平方公里", "毫米/年", "厘米/年",
    "次/年", "次/月", "次/季度",  # a frequency written as a rate: "学校食堂至少2次/年"
    # A rate per thousand people: "农产品和食品抽检量每年5批次／千人", "每千人拥有床位6张/千人".
    "批次/千人", "批次／千人", "张/千人", "张／千人", "个/千人", "个／千人", "名/千人", "名／千人",
    "小时/户", "分钟/户",  # an outage per household: "年户均停电时间低于1小时/户"
    "台/万人",  # a density per ten thousand workers: "机器人应用密度达到150台/万人"
    "千克/人", "公斤/人",  # an amount per head: "日人均生活垃圾排放量降低至0.7千克/人"
    "立方米/万元", "吨标准煤/万元",  # use per ten thousand yuan of output: "单位地区生产总值水耗…9立方米/万元以内"
    "μg/m³", "μg/m3", "ug/m³", "ug/m3", "mg/m³", "mg/m3",  # a concentration in letters: "PM2.5年平均浓度31.4ug/m3以下"
), key=len, reverse=True)
# "带宽可用性5000M以上", "接入能力10000M以上": a bandwidth in megabits, only after Arabic digits and not before another
# Latin letter ("330MVA" is a transformer's rating, "MW" a unit of its own).
_MEGABITS = r"M(?![A-Za-z])"
# "智算规模超过50EFLOPS", "存储容量800TB以上", "新增变电容量330MVA": a unit in Latin capitals right after Arabic digits
# ("5G", "4K" are names: one letter). Not a standard's name ("3GPP"); add one here.
LATIN_NON_UNITS = ("GPP",)
_LATIN = rf"(?<=\d)(?!(?:{'|'.join(LATIN_NON_UNITS)})(?![A-Za-z]))[A-Z]{{2,6}}h?(?![A-Za-z\d])"
# "调度算力规模超5000P": computing power in petaflops written with its one letter ("5G", "4K" stay names).
_PETAFLOPS = r"(?<=\d)P(?![A-Za-z\d])"
# "算力规模突破3500PFlops": the flops written in mixed case.
_FLOPS = r"(?<=\d)[PET]?Flops(?![A-Za-z\d])"
# "互联网省际出口带宽达到9.8万Gbps": a bit rate in mixed case, after digits or a magnitude word.
_BITRATE = r"(?<=[\d万亿])[KMGT]bps(?![A-Za-z\d])"
# "数据中心在营标准机柜达95万架", "引进无人机100架": racks and aircraft after Arabic digits; not sorties flown ("年飞行
# 超过2500架次给予…补贴" sorts the firms a grant is for), nor an article ("一架桥梁").
_RACKS = r"(?<=[\d万亿])架(?!次)"
# "开展专题培训活动10期以上", "3年不少于10期…研修项目": sessions of a course after Arabic digits; not a phase of works
# ("2期工程") nor a period ("3期间").
_SESSIONS = r"(?<=\d)期(?!工程|项目|建设|间|限|末|初|内|满|货)"
# "储气设施能力提高到306万方": cubic metres by their everyday name after a figure or a magnitude; not "3方面", "双方".
_CUBIC = r"(?<=[\d万亿])方(?![面案式法向位针])"
# "查处10起以上…违法行为": cases counted after Arabic digits; not "一起" (together) nor "起点", "起步", "起草".
_CASES = r"(?<=\d)起(?![来步草诉点止源飞航始见])"
# "新能源车桩比达到1.9:1": a ratio to one, its first term the figure; a goal only where a ratio is brought to it
# (target_plausible.py), not a rule's split ("按照1:1的比例配套", "2:1:3").
_TO_ONE = r"(?<=\d)[:：]1(?![\d.:：])"
_UNIT = "(?:" + "|".join(re.escape(unit) for unit in BASE_UNITS) + "|" + _MEGABITS + "|" + _LATIN + "|" + _PETAFLOPS + "|" \
    + _FLOPS + "|" + _BITRATE + "|" + _RACKS + "|" + _SESSIONS + "|" + _CUBIC + "|" + _CASES + "|" + _TO_ONE + ")"
# "新建220MVA主变压器", "建设500PFLOPS智算中心": a Latin unit right before a noun rates the thing built (no goal of its
# own); before 以上 / 及以上 / 左右 / 以内 or a stop it is the goal's measure.
_RATING_NOUN = re.compile(r"[\u4e00-\u9fff](?<![以及左上之])")

# "9.60 万亩", "布设 2 套", "达到 1 %以上": texts born in PDF print a space between an Arabic figure and its unit; one
# space is read across when a unit follows it, not a word opening with a unit's character ("1 组织领导 8 组织领导",
# "5 支持配合工作": a score, then the next cell of a table flattened with spaces). Add a word here.
SPACED_NON_UNITS = ("组织", "支持", "个人", "项目", "条件", "条例", "部门", "部署", "名称", "名单", "处理", "处置", "台账",
                    "场所", "所有", "所在", "对于", "对接", "对象", "人员", "人民", "户籍", "口岸", "种类", "片区", "只有")
_SPACED_UNIT = rf"(?:(?<=\d)[ \u3000](?!{'|'.join(SPACED_NON_UNITS)})(?=(?:万亿|亿|万)?{_UNIT}))?"
# "参与诚信创建企业超过1千家", "培育人才2千名以上": 千 and 百 after Arabic digits are magnitude words, kept in the unit
# as 万 and 亿 are (1 千家, as "50万亩" is 50 万亩); not when they open a unit ("2千瓦", "3千米", "5千伏", "百分点") or a
# tier ("千兆", "百兆").
_SMALL_MAGNITUDE = r"(?<=\d)(?:千(?!瓦|米|伏|克|兆|帕|卡|焦)|百(?!分|兆))"
QUANTITY = re.compile(
    rf"(?P<percent_of>百分之)?(?P<low>{NUMBER})(?P<low_times>{_SMALL_MAGNITUDE})?"
    rf"(?:{_RANGE_WORD}(?P<high>{NUMBER})(?P<high_times>{_SMALL_MAGNITUDE})?)?"
    rf"(?P<more>余|多)?{_SPACED_UNIT}(?P<magnitude>万亿|亿|万)?(?P<unit>{_UNIT})?"
)
# "降价10%—15%", "3万亩-5万亩": a range whose upper end prints the unit again; read only with Arabic figures.
_UPPER_WITH_UNIT = re.compile(rf"{_RANGE_WORD}(?P<high>{ARABIC_NUMBER})(?P<unit>(?:万亿|亿|万)?{_UNIT})")
# "2000台（套）以上", "1亿尾（只）以上", "2000艘（台、套）以上", "30台(套)": other measure words in brackets right after a
# figure count the same things, and the unit is printed with them ("(%)" is no measure word).
_MEASURE_WORD = "|".join(re.escape(unit) for unit in BASE_UNITS if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", unit))
_OTHER_MEASURE = re.compile(rf"[（(](?:{_MEASURE_WORD})(?:、(?:{_MEASURE_WORD}))*[）)]")

# "实现一口申请", "一窗受理", "一网通办", "一码通行": 一 with a measure word and right after it a verb is a service slogan
# (one counter, one network, one code for everything), not a count of wells or items; "新建监测井一口" stays a count.
# Add a measure word or a verb here.
SLOGAN_MEASURES = ("口", "窗", "网", "码", "件", "门", "号", "端", "屏", "站")
SLOGAN_VERBS = ("申请", "申报", "受理", "办理", "办结", "通办", "通行", "通用", "通管", "通查", "登记", "审批", "认证",
                "提交", "缴纳", "查询", "服务", "响应", "解决", "联办", "集成", "对接", "采集", "办", "管", "查")
_SLOGAN = re.compile(rf"一(?:{'|'.join(SLOGAN_MEASURES)})(?:{'|'.join(SLOGAN_VERBS)})")

# "打通服务群众最后一公里", "最后一米", "打通便民服务一公里": sayings about reaching people, whose distance is no count
# (alongside target_skips.parallel_saying, "一处失信、处处受限"). A distance in a saying is written with 一 or a round
# figure after 最后/最初/最先, or with 一 after a verb of opening the way; "新建道路1公里" stays a count. Add a word here.
SAYING_LEADS = ("最后", "最初", "最先")
OPENING_VERBS = ("打通", "畅通", "贯通", "疏通")
_SAYING = re.compile(
    rf"(?:{'|'.join(SAYING_LEADS)})[“\"]?(?:一|1|一百|100)(?:公里|千米|米|百米|厘米)"
    rf"|(?:{'|'.join(OPENING_VERBS)})[^，,；;。\d、]{{0,10}}?一(?:公里|千米|米)"
)

# "造成二次污染", "二次供水设施": 二次 names a kind (secondary), not a count of times; add a word here.
SECONDARY_NOUNS = ("污染", "供水", "开发", "创业", "分拣", "转运", "加压", "装修", "利用", "事故", "伤害")
_SECONDARY = re.compile(rf"二次(?:{'|'.join(SECONDARY_NOUNS)})|二套(?=住房|房|商品房|商品住房|普通住房)")  # a second home

# "推进…百度智能云人工智能产业基地建设": a firm's name opening with a numeral is no count (百度 is not 100 度). Add a
# name here.
NUMERAL_NAMES = ("百度",)
# "充分利用中国电科13所、54所…", "重点推动中电科13所": research institutes a group numbers. Add a group here.
NUMBERED_INSTITUTES = ("电科", "航天科工", "航天科技", "兵器", "船舶", "中核", "航空工业")
_NUMERAL_NAME = re.compile("|".join(NUMERAL_NAMES)
                           + rf"|(?:{'|'.join(NUMBERED_INSTITUTES)})\d+所(?:\s*[、和及]\s*\d+所)*")

_HEADCOUNT = re.compile(r"(?:人数|人员)(?:达到|达|为|超过|突破)?\s*$")  # "返乡下乡人员超过50万"
# "确定1-2乡（镇）直部门挂钩联系": a range printed without a measure word before the bodies it counts takes 个.
_BODIES = re.compile(r"(?:乡|镇|村|街|社区|部门|单位|机构|企业|学校|医院)")
# "实际利用外资7.2亿", "年度销售额达500万": a sum of money printed without 元 keeps the printed unit (亿, 万).
_MONEY = re.compile(
    r"(?:外资|内资|投资|销售额|销售收入|营业额|营业收入|营收|产值|增加值|税收|利润|零售额|交易额|出口额|进口额|进出口额|总额|金额)"
    r"(?:达到|达|为|超过|突破|实现|完成|约)?\s*$"
    # "标识注册总量突破5亿": a total printed without a measure word keeps the printed unit too.
    r"|(?:总量|总数)(?:达到|达|为|超过|突破|约)?\s*$"
    # "集成电路产业规模过千亿": a scale printed as its magnitude alone.
    r"|规模(?:达到|达|超过|突破|过|超)\s*$"
)
# "两化融合发展指数达到125左右", "灌溉水有效利用系数达到0.55以上", "电能利用效率降到1.3以下": an index, a coefficient
# or a ratio has no measure word; the noun it measures stands as its unit ("电能利用效率（PUE）应低于1.25": its Latin
# abbreviation and a modal verb may stand between). Add a noun here.
INDEX_NOUNS = ("指数", "系数", "效率")
_INDEX = re.compile(
    rf"({'|'.join(INDEX_NOUNS)})值?(?:[（(][A-Za-z]{{2,6}}[）)])?(?:应|要|须)?(?:达到|达|提高到|提高至|提升到|提升至|稳定在|保持在|控制在|不低于|不高于|低于|高于"
    rf"|下降至|下降到|降低至|降低到|降至|降到)\s*$"
)


class Quantity(NamedTuple):
    """A number (or range) with its unit, located in a text."""

    value: float | int
    value_max: float | int | None
    unit: str
    more: bool  # "10余家"
    start: int
    end: int


def chinese_to_number(text: str) -> int | None:
    """二十五 → 25, 一百 → 100, 百 → 100, 两 → 2, 三千 → 3000; None if not a numeral."""
    if not text:
        return None
    total, digit = 0, None
    for char in text:
        if char in "零〇" and digit is None and total:  # 一百零五: a placeholder zero
            continue
        if char in _DIGIT:
            if digit is not None:  # "一二" is not a numeral we read
                return None
            digit = _DIGIT[char]
        elif char in _SMALL_UNIT:
            total += (1 if digit is None else digit) * _SMALL_UNIT[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def to_number(text: str) -> float | int | None:
    """Read an Arabic or Chinese number; integers stay int; none printed before a magnitude ("万亿元") is one."""
    text = text.replace(",", "").replace("．", ".")
    if not text:
        return 1
    if re.fullmatch(r"\d+", text):
        return int(text)
    if re.fullmatch(r"\d+\.\d+", text):
        value = float(text)
        return int(value) if value.is_integer() else value
    return chinese_to_number(text)


def find_quantities(text: str):
    """Yield each number that carries a unit (numbers without a unit are not quantities)."""
    sayings = [(saying.start(), saying.end()) for pattern in (_SAYING, _SECONDARY, _NUMERAL_NAME) for saying in pattern.finditer(text)]
    range_end = 0
    for match in QUANTITY.finditer(text):
        if any(start <= match.start() and match.end() <= end for start, end in sayings):
            continue  # "最后一公里": a saying, no count
        if match.start() < range_end:
            continue  # the upper end of "10%—15%", read with its lower end
        unit = match.group("unit")
        level_end = None if unit else level_cap_end(text, match.start(), match.end())
        if level_end:  # "控制在三级以内": levels of management under a cap (target_floors.py)
            unit = "级"
        kinds_end = None if unit or level_end else kind_cut_end(text, match.start(), match.end())
        if kinds_end:  # "压减至15类左右": kinds a cut brings down to (target_kind_cuts.py)
            unit, level_end = "类", kinds_end
        span = time_span(text, match.start(), match.end(), unit)
        if span:  # "压缩至90个工作日以内", "每周…不少于2天": a time span capped or floored (target_durations.py)
            unit, level_end = span
        if not unit and match.group("magnitude") and _HEADCOUNT.search(text, 0, match.start()):
            unit = "人"  # "城镇年均新增就业人数24万以上": a headcount in 万 names its unit before the figure
        if match.group("percent_of"):
            unit = "%"
        bodies = match.group("high") and not match.group("magnitude") and _BODIES.match(text, match.end())
        if not unit and bodies:  # "1-2乡（镇）直部门"
            unit = "个"
        index = not unit and not match.group("magnitude") and match.group("low")[0].isdigit() \
            and _INDEX.search(text, 0, match.start())
        if index:  # "发展指数达到125左右": the index's own name is its unit
            unit = index.group(1)
        # "利用外资7.2亿": a sum whose unit is its magnitude alone.
        money = not unit and match.group("magnitude") and _MONEY.search(text, 0, match.start())
        if not (unit or money) or _SLOGAN.match(text, match.start()) and not match.group("high"):
            continue  # "一口申请", "一网通办": a service slogan, no count
        if unit in ("兆", "M") and not match.group("low")[0].isdigit():
            continue  # "千兆光网", "万兆": a tier of network, not a bandwidth
        latin = match.group("unit") and match.group("unit") not in BASE_UNITS and match.group("unit") != "M"
        if latin and _RATING_NOUN.match(text, match.end()):
            continue  # "220MVA主变压器": a rating
        unit = "%" if unit == "％" else (unit or "").replace("／", "/")  # "２００００吨／天": the slash as ASCII
        end = match.end()
        low, high = to_number(match.group("low")), None
        if match.group("high"):
            high = to_number(match.group("high"))
        if low is None or (match.group("high") and high is None) or low == 0 and high is None:
            continue
        upper = None if high is not None else _UPPER_WITH_UNIT.match(text, end)
        if upper and upper.group("unit") == text[match.start("magnitude") if match.group("magnitude") else
                                                   match.start("unit"):end] and to_number(upper.group("high")) > low:
            high, end = to_number(upper.group("high")), upper.end()  # "降价10%—15%": a range printing its unit twice
            range_end = end
        # "1亿尾（只）以上": a second measure word in brackets counts the same things (fish and shrimp): one figure,
        # its unit printed with both ("亿尾（只）", as "台（套）").
        other = None if level_end else _OTHER_MEASURE.match(text, end)
        small = match.group("low_times") or match.group("high_times") or ""  # "1千家": 1 千家; "1—2千家": 1—2 千家
        yield Quantity(
            low, high, small + (match.group("magnitude") or "") + unit + (other.group() if other else ""),
            bool(match.group("more")),
            match.start(), level_end or (other.end() if other else end),
        )
