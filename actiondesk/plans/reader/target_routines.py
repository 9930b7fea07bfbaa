"""Routines: "每半年对所辖各村开展一次消防工作督查", "每半年组织…专兼职消防管理人员开展1次消防安全培训". A count of
times per period with no floor word is the pace of a routine, not a goal, however long the words between the period
and the count; "每年至少组织…培训1次" and "…不少于2次" are floors and stay targets. One thing at a time ("整治完成一条，
纳管一条") is a pace of work too."""

import re

from .quantities import Quantity

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


def one_at_a_time(clause: str, rest: str, quantity: Quantity) -> bool:
    """One at a time ("整治完成一条，纳管一条", "成熟一个，推进一个"): a pace of work and not a count to reach (``rest``:
    the text after the clause)."""
    written = clause[quantity.start : quantity.end]
    return (
        written.startswith("一")
        and not clause[quantity.end :].strip()
        and bool(re.match(rf"[，,]\s*[^，,；;。\d]{{1,6}}{re.escape(written)}(?:[，,；;。]|$)", rest))
    )
