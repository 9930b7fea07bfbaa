"""Whether a figure only describes what a later figure counts ("年营收10亿元以上企业1-2户", "6亩以下的土地") rather
than being a goal of its own ("建成230座以上的公园", "80%的保留水产养殖场完成…改造")."""

import re

from .quantities import Quantity
from .target_measures import amount_of_work
from .target_norms import norm_context
from .target_place_shares import share_of_places
from .target_samples import share_of_whole
from .target_shares import joined_share, measure_reached
from .target_staffing import team_size
from .target_thresholds import firm_size
from .target_words import BECOMING_REACH, COUNTED, GOAL_AFTER, PREFIX, SUFFIX, VERB

# "培育15个关键工序数控化率提升5%以上、…电子商务覆盖率提升20%以上产值超百亿元的…产业集群": shares printed between a
# count and the noun it counts say which ones count, they are no goals of their own.
_COUNT_BEFORE = re.compile(r"(?:培育|打造|建成|建设|认定|创建|形成)\s*\d+\s*(?:个|家|户|所|座)[^，,；;。]*$")
_NOUN_AFTER = re.compile(r"^[^，,；;。]*的[^，,；;。、\d]{2,16}$")
# "90%以上的自建系统对接平台", "70%以上涉企服务事项入驻专区": the share of the things in scope that are to do the work.
# Add a verb of such work here.
# "80%以上的二级医院开展临床路径管理工作", "在70%左右的地市开展试点": places or bodies that take the work up.
SHARE_DOING_VERBS = ("达到", "实现", "对接", "接入", "入驻", "生成", "产生", "纳入", "集中在", "用于", "开展", "建立")
SHARE_DOING = re.compile(rf"[^，,；;。\d、的]{{0,16}}?(?:{'|'.join(SHARE_DOING_VERBS)})")
_OF_DOING = re.compile("的" + SHARE_DOING.pattern)  # "80%以上的二级医院开展…": 的, then the bodies that do the work
_REACHED_SOON = re.compile(r"[^，,；;。\d、]{0,3}(?:达到|实现)")


def share_doing(after: str, suffix, before: str = "") -> bool:
    """Whether a share (``after``: its clause's words after it and its ``suffix``) is of the things that reach a level
    or do the work: "25%面积达到…", and floored with 以上, "70%以上涉企服务事项入驻专区", "80%以上的…学校纳入…"."""
    floored = suffix and "以上" in suffix.group(1)
    return bool(_REACHED_SOON.match(after) or floored and SHARE_DOING.match(after)
                or floored and _SCOPE_BEFORE.search(before) and _OF_DOING.match(after))


# "2025年全省80%以上的…学校纳入…": the share stands for a scope's bodies; "持股60%以上的企业纳入统计" sorts firms by a holding.
_SCOPE_BEFORE = re.compile(r"(?:^|[年，,；;：:]|全[省市区县国镇]|各[地市区县])\s*$")


# "实现每年1%以上的节能量": the amount after 的 is what the share measures.
_AMOUNT_AFTER = re.compile(r"的[\u4e00-\u9fff]{1,4}量(?:[，,；;。]|$)")


def qualifier(clause: str, quantity: Quantity, later: list[Quantity]) -> bool:
    """年营收10亿元以上企业1-2户: the first number describes the enterprises being counted."""
    if quantity.unit in ("%", "％") and _COUNT_BEFORE.search(clause[: quantity.start]) \
            and _NOUN_AFTER.match(clause[quantity.end :]):
        return True
    after = clause[quantity.end :]
    per = re.match(r"[/／][^\d\s、，,；;。的]{1,3}(?=(?:及以上|以上|以下)?的)", after)
    after = (
        after[per.end() :] if per else after
    )  # "亩产税收低于5万元/亩的工业用地": a rate's tail, then what it describes
    suffix = SUFFIX.match(after)
    after = after[suffix.end() :] if suffix else after
    # "1亿元(含1亿元)以下的": the note may stand before the bound too.
    early = None if suffix else re.match(r"[（(][^（）()]{0,20}[）)](?=(?:及)?(?:以上|以下|以内))", after)
    if early:
        suffix = SUFFIX.match(after[early.end() :])
        after = after[early.end() + suffix.end() :] if suffix else after
    note = re.match(r"[（(][^（）()]{0,20}[）)]", after)  # 6亩以下(不含6亩)的土地
    if (after[note.end() :] if note else after).startswith("的"):
        # "建成230座以上的公园" counts the parks built; "6亩以下的土地" describes the land.
        counted = quantity.unit.lstrip("万亿") in COUNTED and (
            VERB.search(clause[max(0, quantity.start - 6) : quantity.start])
            or norm_context(clause[: quantity.start], "", quantity.unit, "1")
        ) or team_size(clause[: quantity.start], after, quantity.unit)  # "组建3-5人的专家委员会": the team's size
        # "城市建成区40%的区域达到…要求", "80%的保留水产养殖场完成…改造": the share that must reach it or do the work.
        # "50%以上的专利由企业申请": a floor on the share that the named ones do ("50%的资金由市财政承担" splits a cost).
        share = (
            quantity.unit == "%"
            and (
                _OF_DOING.match(after)
                or _AMOUNT_AFTER.match(after)
                or measure_reached(after)  # "80%的大型餐饮企业、…食堂的量化等级达到良好以上"
                or joined_share(after)  # "90%的市和70%的县（市、区）达到…": two shares of one measure
                or not PREFIX.search(clause[: quantity.start])
                and re.match(r"的[^，,；;。]{1,8}?完成", after)
                or clause[: quantity.start].rstrip().endswith("将")
                or suffix
                and "以上" in suffix.group(1)
                and re.match(r"的[^，,；;。]{1,8}?由", after)
                or norm_context(clause[: quantity.start], after, quantity.unit, "1")
            )
        )
        share = share or share_of_whole(clause[: quantity.start], quantity.unit)  # "不低于常住人口1‰的…队伍"
        # "实现70%的政务服务事项网上办理", "确保60%以上的村…": a goal verb right before the share that is to do the work.
        share = share or quantity.unit == "%" and bool(re.search(r"(?<!在)(?:实现|确保|力争)\s*$", clause[: quantity.start])) \
            and not re.search(r"(?:前提|条件|情况)下", after)  # "在确保30%的进度款…的前提下": a condition
        # "98%的城市社区成立老年协会": the share of the places in scope that are to do the work.
        share = share or share_of_places(clause[: quantity.start], after, quantity.unit)
        # "建设不少于22亿词元的专业知识库", "完成面积83.329公顷的…工作": the amount is the goal, not a description.
        return not (
            counted
            or share
            or GOAL_AFTER.match(after)
            or BECOMING_REACH.search(clause[: quantity.start])  # "成为…出境达1000万票的优势口岸"
            or amount_of_work(clause[: quantity.start], quantity.unit, after[note.end() :] if note else after)
        )
    describes = later and (
        re.match(r"[^，,；;。\d、]{0,4}?(?:及以上|以上|以下)?的", clause[later[0].end :])
        or firm_size(clause[: later[0].start], later[0].unit, clause[later[0].end :])
    )
    if (
        suffix
        and later
        and re.fullmatch(r"[^，,；;。、和及与\d（(]{1,10}", clause[len(clause) - len(after) : later[0].start])
        and not describes
    ):  # "培育5家以上年销售收入过百亿元的企业": the later figure describes what is counted
        return True  # "建成1000亩以上开放休闲林地5个": the first figure says which woods are counted
    if after.startswith("、"):  # "教育专家10名、名校长100名": an item of a list
        return False
    if (
        not later
        or later[0].start - (len(clause) - len(after)) > 4
        or quantity.unit == "大类"
        and not re.search(r"、[^、，,；;。\d]{1,8}$", clause[: quantity.start])
        or describes
    ):
        return (
            False  # "11大类37项": two counts; "1个100平方米以上的站点": the later figure describes the noun
        )
    # "分别增长6%、6.5%": figures of the same unit listed one after another are each a target.
    between = clause[len(clause) - len(after) : later[0].start]
    if (
        not between
        and quantity.unit.lstrip("万") == "户"
        and later[0].unit.lstrip("万") in ("人", "名", "口")
    ):
        return False  # "确保54户180人全部实现脱贫": households and their people, two counts side by side
    if re.match(r"\s*[（(]", between):
        return False  # "各1500个以上（莆田800个、…）": the figure, then its split in brackets (each a target)
    if quantity.unit in ("%", "％") and re.fullmatch(r"[^，,；;。\d、]{0,3}(?:达到|实现)", between):
        return False  # "25%面积达到3—5年一遇": the share that reaches the standard the next figure states
    if (
        re.fullmatch(r"[^，,；;。\d、]{1,4}、\s*", between)
        or later[0].unit == quantity.unit
        and re.fullmatch(r"[^，,；;。\d、和及与]{1,3}[和及与]\s*", between)
    ):
        return False  # "202万亩耕地、150万亩永久基本农田", "15个服务点和3个中转站": items of a list, each with its noun
    return not (later[0].unit == quantity.unit and re.fullmatch(r"\s*[、和及与,，]\s*", between))
