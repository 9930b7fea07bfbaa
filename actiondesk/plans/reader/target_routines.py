"""Routines: "每半年对所辖各村开展一次消防工作督查", "每半年组织…专兼职消防管理人员开展1次消防安全培训". A count of
times per period with no floor word is the pace of a routine, not a goal, however long the words between the period
and the count; "每年至少组织…培训1次" and "…不少于2次" are floors and stay targets."""

import re

_PERIOD = re.compile(r"每(?:半年|年度|年|季度|季|月|周|旬)")
_FLOOR_WORD = re.compile(r"至少|不少于|不低于|不得少于|以上|超过")
_TIMES = ("次", "遍", "回")


def routine_pace(before: str, after: str, unit: str) -> bool:
    """Whether a count of ``unit`` (its clause's words ``before`` and ``after`` it) is a routine's pace."""
    return (
        unit in _TIMES
        and bool(_PERIOD.search(before))
        and not _FLOOR_WORD.search(before)
        and not re.match(r"\s*(?:（含）|\(含\))?\s*(?:及以上|以上)", after)
    )
