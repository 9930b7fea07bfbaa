"""A count of kinds a plan cuts down to ("进一步压减至15类左右", "精简至20类以内") or counts up to a floor ("超过80类",
"10类以上"). 类 is no unit elsewhere ("三类人员",
"一类公厕", "等6类困难群体" name kinds or grades; the corpus golds never count them), so a figure of kinds is read only
right after a verb that cuts a number down to it or with a floor word."""

import re

# Verbs that bring a number of kinds (of permits, of items checked…) down; add a verb here.
KIND_CUT_VERBS = ("压减至", "压减到", "压缩至", "压缩到", "精简至", "精简到", "缩减至", "缩减到", "减少至", "减少到",
                  "控制在")
_KIND_CUT = re.compile(rf"(?:{'|'.join(KIND_CUT_VERBS)})\s*$")
_KIND_TAIL = re.compile(r"\s*类(?![型别似])")


# "电子证照种类超过80类", "数据资源达200类", "完成10类以上医用耗材集采": kinds counted up to a floor are a goal too.
# ("…以及公园等不少于8类场景": after 等 closing a list of names, the kinds the names stand for, as listed_kinds says.)
_KIND_FLOOR = re.compile(r"(?<!等)(?:超过|达到|达|突破|不少于|不低于|至少)\s*$")
_FLOOR_AFTER = re.compile(r"\s*(?:及以上|以上)")


def kind_cut_end(text: str, start: int, end: int) -> int | None:
    """The end of "15类" when the number at ``start:end`` counts kinds a cut brings down to, or kinds counted up to a
    floor, else None."""
    tail = _KIND_TAIL.match(text, end)
    if tail and (_KIND_CUT.search(text, max(0, start - 8), start) or _KIND_FLOOR.search(text, max(0, start - 4), start)
                 or _FLOOR_AFTER.match(text, tail.end())):
        return tail.end()
    return None


# "提供出行、医疗、文旅等21大类便捷服务": a count of kinds (大类, 类) after 等 closing a list of names says how many kinds
# the named things stand for — what a service covers, no goal ("基本公共卫生服务项目达到11大类37项" names no list and
# stays one; the corpus golds never count kinds after 等).
KIND_UNITS = ("大类", "类")


def listed_kinds(before: str, unit: str) -> bool:
    """Whether a count of kinds (``unit``) closes a list of names ending in 等 (``before``)."""
    return unit in KIND_UNITS and bool(re.search(r"、[^，,；;。、\d]{1,16}等\s*$", before))
