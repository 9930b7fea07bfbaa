"""Two shares joined by 和 before one measure: "推动90%的市和70%的县（市、区）达到省级三星级以上" sets two goals, each
share of its own places reaching the same grade. The first share's text runs to the measure they share."""

import re

_JOINED = re.compile(
    r"^的[^，,；;。\d、]{1,8}?[和及与]\s*\d+(?:\.\d+)?\s*[%％]\s*的[^，,；;。\d]{1,10}?(?:达到|实现|完成)"
)
_NEXT_SHARE = re.compile(r"[和及与]\s*\d")
# "80%的大型餐饮企业、学校（托幼机构）食堂的量化等级达到良好以上": a share of bodies (a list, a bracketed note) and then
# the measure each of them is to bring up to a level.
_MEASURE_REACHED = re.compile(r"^的[^，,；;。]{1,24}?的[^，,；;。、的]{1,8}?(?:达到|实现)")


def measure_reached(after: str) -> bool:
    """Whether a share is followed (``after``) by the bodies it is taken of and the measure they are to reach."""
    return bool(_MEASURE_REACHED.match(after))


def joined_share(after: str) -> bool:
    """Whether a share is followed (``after``) by its places, 和, a second share of other places, and the measure both
    are to reach."""
    return bool(_JOINED.match(after))


def next_share_start(after: str, offset: int) -> int:
    """Where the second share's words begin (after 和), as an offset from ``offset``: the first share's text spans the
    whole clause, the second's starts there."""
    return offset + _NEXT_SHARE.search(after).start() + 1


# "50%以上的公交车站设有不少于1处公益广告": the count each place of a share has is part of what the share counts, no
# goal of its own (the share is the goal).
# "50％以上村集体经济年营业收入超10万元": the income each of a share's bodies is to pass is part of it too.
_SHARE_HAS = re.compile(
    r"\d+(?:\.\d+)?\s*[%％]\s*(?:及以上|以上)?的[^，,；;。\d]{1,10}?(?:设有|建有|配有|配备|具备|拥有)[^，,；;。\d]{0,6}$"
    r"|\d+(?:\.\d+)?\s*[%％]\s*(?:及以上|以上)?的?[^，,；;。\d]{1,12}?(?:收入|营收|收益|产值)(?:超过|超|达到|达|突破)\s*$"
)


def held_by_share(clause_before: str) -> bool:
    """Whether a count (``clause_before``: its clause's words before it) is what each place of a share has."""
    return bool(_SHARE_HAS.search(clause_before))


def share_with_holding(clause: str, end: int) -> bool:
    """Whether the share ending at ``end`` of ``clause`` is followed by what each of its places has ("…的公交车站设有
    不少于1处公益广告"): then the share's text runs to the clause's end."""
    following = re.search(r"[\d一二两三四五六七八九十]", clause[end:])
    return bool(following) and held_by_share(clause[: end + following.start()])
