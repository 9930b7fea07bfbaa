"""Figures a plan hedges rather than commits to: a usual norm ("城市社区管理范围一般不超过常住人口3000户": 一般 before a
floor or a cap says how things are normally sized) and a forecast of an effect ("预计全年降低物流成本120多亿元": 预计
before a verb of saving or driving says what the measures are expected to bring). The corpus reads 预计 before work
done as a goal ("预计完成1.8万个用户的光纤入户网络改造", "预计累计兑现奖补30万元以上"), so only an effect's verb makes a
forecast. Add a verb of an effect here."""

import re

# 一般 right before the comparison ("一般公共预算收入增长7%" names a budget, no norm).
_USUAL = re.compile(
    r"一般(?:应当|应)?(?:不超过|不少于|不低于|不高于|不大于|不小于|不宜超过|控制在|在|为)[^，,；;。\d]{0,10}$"
)
EFFECT_VERBS = ("降低", "减少", "节约", "节省", "减轻", "带动", "拉动", "撬动", "释放", "增收", "创造", "产生")
_FORECAST = re.compile(rf"预计[^，,；;。\d]{{0,12}}?(?:{'|'.join(EFFECT_VERBS)})[^，,；;。\d]{{0,12}}$")


def hedged(before: str) -> bool:
    """Whether the words ``before`` a figure (in its clause) make it a usual norm or a forecast, not a goal."""
    return bool(_USUAL.search(before) or _FORECAST.search(before))
