"""Two shares joined by 和 before one measure: "推动90%的市和70%的县（市、区）达到省级三星级以上" sets two goals, each
share of its own places reaching the same grade. The first share's text runs to the measure they share."""

import re

_JOINED = re.compile(
    r"^的[^，,；;。\d、]{1,8}?[和及与]\s*\d+(?:\.\d+)?\s*[%％]\s*的[^，,；;。\d]{1,10}?(?:达到|实现|完成)"
)
_NEXT_SHARE = re.compile(r"[和及与]\s*\d")


def joined_share(after: str) -> bool:
    """Whether a share is followed (``after``) by its places, 和, a second share of other places, and the measure both
    are to reach."""
    return bool(_JOINED.match(after))


def next_share_start(after: str, offset: int) -> int:
    """Where the second share's words begin (after 和), as an offset from ``offset``: the first share's text spans the
    whole clause, the second's starts there."""
    return offset + _NEXT_SHARE.search(after).start() + 1
