"""A share of the places in scope ("辖区内100%社区、100%行政村明确1名消防宣传大使"): the percentage of the communities or
villages that are to do the work is a coverage goal, as "全区314个居住区完成…" counts the places to complete it. The
clause opens with the scope ("辖区内", "全区") or with nothing, or lists such shares one after another."""

import re

_SCOPE = r"(?:辖区内|辖区|全区|全市|全县|全镇|全省|全街道|全乡)?"
_SHARE_ITEM = r"\d+(?:\.\d+)?\s*[%％][^，,；;。\d、]{1,6}、"
_MARKER = r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))?"
_HEAD = re.compile(rf"^\s*{_MARKER}\s*{_SCOPE}(?:{_SHARE_ITEM})*\s*$")
_PLACES = re.compile(
    r"^(?:的)?(?:社区|行政村|村居|村（居）|村\(居\)|自然村|村|街道|乡镇|镇|小区|居委会|网格)"
)


def share_of_places(head: str, after: str, unit: str) -> bool:
    """Whether a percentage (``head`` the clause's words before it, ``after`` those after it) is a share of the places
    in scope that are to do the work."""
    return unit in ("%", "％") and bool(_HEAD.match(head)) and bool(_PLACES.match(after))
