"""Whether a number written in a clause can be a figure at all, before any reading of it as a goal: not part of a name,
a code or a rank, not an article ("迈上一个新台阶"), a standard ("100年一遇洪水标准"), a frequency, a service spec, an
award's cap or a rule's own figure."""

import re

from .quantities import Quantity, find_quantities
from .target_durations import time_cut
from .target_hedges import hedged
from .target_masks import inside
from .target_measures import basis_of_work
from .target_norms import floor_before_verb, plausible_age, raised_yearly
from .target_quotas import no_goal
from .target_routines import routine_pace
from .target_rule_figures import rule_figure
from .target_settings import policy_setting
from .target_skips import manner_of_work
from .target_words import PREFIX, VERB

# Money granted or set aside is a means, not a goal (给予最高50万元); funds striven for are goals (争取中央预算内投资5亿元).
_SUBSIDY = re.compile(r"补助|奖励|补贴|资助|奖补|贴息|代缴|(?<!资金)支持(?=\d)|最高|给予|安排(?:资金|预算)?|预算(?!内)|拨付|筹集|设立|发放标准")
_LIMIT = re.compile(r"(?:只|仅|(?<![时期界权年])限)[^，,；;。\d]{0,4}$")  # 时限, 期限: no "only"
_LISTED_NAME = re.compile(r"、[^、，,；;。\d]{1,6}$")
_BAD_BEFORE = re.compile(r"(?:[A-Za-z0-9.．第]|附件|附表)$")
_BAD_BEFORE_CHINESE = re.compile(r"[统唯之进同单万专逐每届]$")  # 统一, 进一步, 单一, 万一; 十四届四次 (a session)
_TEAM = re.compile(r"工作(?:小组|组|专班|队|班子)")
_BAD_AFTER = {"个": "人性别案字", "只": "要能是", "部": "件门分署委长位", "次": "性", "人": "民才工", "名": "单称", "条": "件例", "所": "以有",
              "台": "阶", "处": "理置", "度": "过", "件": "事", "支": "持援付出撑",  # "最高800万支持": no 支 counted
              "项": "目", "位": "一数", "宗": "旨教族师"}  # 安远路899项目: a house number; 核心价值观24个字: a slogan; 三位一体, 12位数字

# "按照流域100年一遇、区域50年一遇洪水标准": a figure that names the standard work is done to, not a goal.
_STANDARD = re.compile(r"标准$")  # "用地面积按照100.9平方公里计": the basis of a calculation (_BASIS).
_BASIS = re.compile(r"(?:按照|按)[^，,；;。]{0,12}$")
# "发现一处，整改一处", "迈上一个新台阶": 一 with a measure word is an article unless a comparison counts it ("至少一个");
# "打造一支…队伍", "一片…街区" are articles even after a verb.
_ARTICLE = re.compile(r"^一[^\d一二两三四五六七八九十百千万亿]$")
# "每个党员干部撰写心得体会一篇", "新建监测井一口": one of a thing written after its noun, closing a clause of work, counts.
_ONE_AFTER_NOUN = re.compile(rf"(?:{VERB.pattern}|撰写|编写|提交)[^，,；;。\d一二两三四五六七八九十]{{2,12}}$")

# "年等效利用小时不低于1100小时", "运行时间达到800小时以上": hours are a goal only as a floor to reach.
_HOURS_FLOOR = re.compile(r"(?:不低于|不少于|至少|(?<![不未])(?:达到|超过|突破|达))\s*$")

# "每半年开展一次", "15天完成1次", "15/30天完成1次": how often work is done, not a goal.
_FREQUENCY = re.compile(
    r"(?:每[^，,；;。\d]{0,3}|\d+(?:/\d+)*\s*个?)(?:天|日|周|旬|月|季度|季|半年|年|小时)[^，,；;。\d]{0,6}$"
)

# "车桩比达到1.9:1", "车桩增量比力争达到2:1": a ratio the plan brings to a value.
_RATIO_BROUGHT = re.compile(r"比(?:力争|将|要)?(?:达到|达|提高到|提升至|提升到|降至|降到|优化至|保持在)\s*$")


def plausible_figure(clause: str, quantity: Quantity, clause_start: int, masks) -> bool:
    """Whether a written number can be a figure at all: not part of a name, a code, a rank, an article, a standard,
    a frequency, a service spec, an award's cap or a rule's own figure."""
    if inside(clause_start + quantity.start, masks):
        return False
    before, after = clause[:quantity.start], clause[quantity.end:]
    written = clause[quantity.start:quantity.end]
    if before.endswith(("/", "／")) and re.search(r"\d", before[-6:]):
        return False  # "1泊/300平方米": the measure a rate is per, not a figure of its own
    if _BAD_BEFORE.search(before) or (not written[0].isdigit() and _BAD_BEFORE_CHINESE.search(before)):
        return False
    unit_char = quantity.unit[-1:]
    if after[:1] and after[:1] in _BAD_AFTER.get(unit_char, "") and not after.startswith(("以上", "以下")) \
            and not (unit_char == "人" and _TEAM.match(after)) \
            and not after.startswith("人工智能"):  # "组建5人工作小组", "百个人工智能…社区": not 人工, not 个人
        return False
    if quantity.unit.endswith("位") and re.search(r"[前后]\s*$", before) \
            or quantity.unit.endswith("名") and re.search(r"前\s*$", before):  # "前10位", "小数点后2位", "指数前100名"
        return False  # a rank or a place, not a count
    if written.startswith("一") and after.startswith("一"):  # 一企一策, 一项一档
        return False
    if after.startswith(("以浅", "以深")):  # "构建200米以浅三维地质结构模型": the depth a thing describes
        return False
    if manner_of_work(written, after):  # "形成一套较为成熟的…模式": a manner, not a count
        return False
    if _ARTICLE.match(written) and not (PREFIX.search(before) or floor_before_verb(before, quantity.unit)
                                        or re.match(r"(?:及以上|以上)", after)) \
            and (written in ("一个", "一支", "一片", "一份") or not VERB.search(before[-2:])) \
            and not (not after.strip(" 。；;") and _ONE_AFTER_NOUN.search(before)):  # 迈上一个新台阶, 发现一处: an article, not a count
        return False  # ("建设一所学校" counts one school; "至少一个" counts)
    if _STANDARD.search(after) and not VERB.search(after) \
            and (quantity.unit == "年一遇" or re.search(r"按照|参照|执行|采用", before)):
        return False  # "100年一遇洪水标准" (a design standard); "完成3项行业标准" counts standards written
    if after.startswith("计") and _BASIS.search(before):  # 按照100.9平方公里计
        return False
    if quantity.unit == "起" and not re.search(r"(?:查处|侦破|破获|查办|办结|查获)(?:不少于|至少)?$", before):
        return False  # "查处10起以上违法行为" is work to do; "立案…案件658起" is a tally of cases found
    if quantity.unit in (":1", "：1") and not _RATIO_BROUGHT.search(before):
        return False  # "车桩比达到1.9:1" is a goal; "按照1:1的比例予以配套", "比例不小于2：1" are rules
    if quantity.unit.endswith("个") and after.startswith(("工作日", "月", "小时", "季度")):  # durations
        return False
    if quantity.unit.endswith("小时") and not time_cut(before) \
            and (not (_HOURS_FLOOR.search(before) or re.match(r"\s*(?:及以上|以上|左右)", after))
                 or re.match(r"\s*(?:以内|之内|内|以下|前|后)", after)):
        return False  # "提供24小时服务", "2小时内到场": a service spec or a time limit ("压缩至48小时以内" is a goal)
    if quantity.unit.endswith("元") and _SUBSIDY.search(clause) and not raised_yearly(before, after):  # an award cap
        return False
    if after[:1].isascii() and after[:1].isalnum() and not any(q.start == 0 for q in find_quantities(after[:12])) \
            and quantity.unit != "%" \
            and not re.match(r"[A-Z]{1,5}级|\d+[A-Za-z]|[A-Z][A-Z0-9]{1,5}[\u4e00-\u9fff]", after):  # "一个AAA级…",
        # "104个5G基站", "100个OPC典型应用场景", "810个V2G桩": the thing's grade or name
        return False  # 5G, 2个G ("1个100平方米以上的站点": a second figure; "100%BIM交付": a share, then its noun)
    if quantity.unit in ("次", "遍", "回") and _FREQUENCY.search(before) \
            and not (re.search(r"(?:不少于|不低于|至少)$", before) or floor_before_verb(before, quantity.unit)
                     or re.match(r"\s*(?:及以上|以上)", after)):  # "11月底前完成2次及以上": a floor
        return False  # 每半年开展一次, 15/30天完成1次: a frequency; 每周至少一次…清理 is a floor, kept
    if routine_pace(before, after, quantity.unit) or policy_setting(before, after, quantity.unit) \
            or rule_figure(before, after, quantity.unit):  # "采购人应确保一家以上…", "每超过10名…": a rule's figure
        return False  # "每半年…开展一次督查": a routine's pace; "按…的5‰予以补偿", "费率由1.5%降至1%": a rule's rate
    if not plausible_age(before, quantity.unit):  # "0~3岁幼儿": an age group; "期望寿命超过80岁" is a goal
        return False
    if _LIMIT.search(before) or no_goal(before, after, quantity.unit) or hedged(before) \
            or basis_of_work(before, after):  # 只享受一次; 督促4个乡镇; 预计降低; 在…基础上
        return False
    if not written[0].isdigit() and re.match(r"[^、，,；;。\d]{0,4}、", after) \
            and (_LISTED_NAME.search(before) or re.search(r"、[^、，,；;。\d]{2,}、$", before)):
        return False  # 冬季两项、速度滑冰; 虹桥国际中央商务区、五个新城、黄浦江…: a name in a list of names
    return not re.match(r"[千百万]家万户", clause[quantity.start:quantity.end + 2])
