"""A cap on a share of a capacity: "接待率不超过最大容座量的75%", "游客量不超过最大承载量的75%". The cap word stands
before the base the share is taken of, so the figure has no comparison word of its own and was read as a floor; it is
a cap. A floor so written ("不低于…总数的20%") is target_samples.share_of_whole's. Add a cap word here."""

import re

CAP_WORDS = {"不超过": "<=", "不得超过": "<=", "不高于": "<=", "不得高于": "<=", "低于": "<", "少于": "<"}
# "不低于…的20%", "不应低于总车位的20%" hold 低于 too: a cap word after a negation is a floor's.
_SHARE_CAP = re.compile(
    rf"(?<!不)(?<!不应)(?<!不得)(?<!不宜)(?<!不能)({'|'.join(CAP_WORDS)})[^，,；;。\d]{{1,16}}?的\s*$"
)


def share_cap(before: str, unit: str) -> str | None:
    """The cap word before the base of a share ("不超过最大承载量的" → "不超过"), or None."""
    if unit not in ("%", "％", "‰"):
        return None
    match = _SHARE_CAP.search(before)
    return match.group(1) if match else None
