"""Units named by kind after a shared prefix ("三省一市法院、检察院、公安、司法行政、知识产权等部门按职责分工负责").

A list closed by "等部门" / "等单位" names bodies even when its names carry no body word ("公安", "交通"): the tail says
what they are. The names are kept as printed (the prefix on the first one only) and the tail drops, as "等相关单位" does.
"""

import re

_ETC_TAIL = re.compile(r"^(?P<head>.*)等(?:[^、，,]{0,10}?(?:部门|单位|机构|成员单位))?$")
_KINDS = re.compile(r"^(?P<names>[^，,；;：:。（）()\d]{2,60}?)等(?:相关|有关)?(?:部门|单位)"
                    r"(?:按职责分工|按职责|分工)?(?:负责|落实)(?:落实|推进)?$")
_KIND_NAME = re.compile(r"^[^\d的：:。（）()]{2,10}$")


def drop_etc_tail(name: str) -> str:
    """"交通等部门" → "交通", "信用中心等" → "信用中心", "等有关部门" → ""; "等级评定中心" stays."""
    tail = _ETC_TAIL.match(name)
    return tail.group("head") if tail else name


def kinds_list(clause: str, split) -> str | None:
    """The list of an "X、Y、Z等部门负责" clause whose names are short kinds of body, or None."""
    listed = _KINDS.match(clause)
    if not listed:
        return None
    names = split(listed.group("names"))
    return listed.group("names") if len(names) >= 2 and all(_KIND_NAME.match(name) for name in names) else None
