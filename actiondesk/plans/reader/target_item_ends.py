"""Where the text of a target that is not the last of its clause ends: with its noun phrase, also when that phrase is
long or joins two modifiers with 、, up to the next item of the list ('形成3-5个先进可用、自主可控的基础大模型产品、
20个行业模型', '实施5个对标全球领先水平的标杆型应用工程、20个示范场景')."""

import re

_SEPARATOR = "、，,；;。"
# "先进可用、自主可控的基础大模型产品": a short modifier, 、, a second one closed by 的 and the noun.
_JOINED_MODIFIERS = re.compile(
    rf"[^{_SEPARATOR}\d的（）()]{{1,8}}、[^{_SEPARATOR}\d（）()]{{1,20}}?的[^{_SEPARATOR}\d（）()]{{1,16}}?(?=[{_SEPARATOR}]|$)"
)
# "对标全球领先水平的标杆型应用工程、20个…": a long noun phrase up to the next counted item of the list.
# "…标杆型应用工程、组织10个…": the next item may open with its own verb of two characters.
_NEXT_ITEM = r"(?:、|以及|和|及|与)\s*(?:[\u4e00-\u9fff]{2})?\s*(?:\d|[一二两三四五六七八九十百千]+[个项家座条名所处台套支])"
# "网货大品类“拳头”产品、200个…": a quoted word inside the noun stays in it.
_LONG_NOUN = re.compile(
    rf"(?=[^{_SEPARATOR}\d（）()]{{9}})(?:[^{_SEPARATOR}\d（）()“”]|“[^{_SEPARATOR}\d“”]{{1,10}}”){{1,30}}?(?={_NEXT_ITEM})"
)


def modifiers_end(rest: str) -> int | None:
    """The length of a noun phrase whose two modifiers 、 joins, from the figure's end; None when there is none."""
    match = _JOINED_MODIFIERS.match(rest)
    return match.end() if match else None


def long_noun_end(rest: str) -> int | None:
    """The length of a long noun phrase that runs up to the list's next counted item; None when there is none."""
    match = _LONG_NOUN.match(rest)
    return match.end() if match else None
