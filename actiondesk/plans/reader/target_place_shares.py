"""A share of the places in scope ("辖区内100%社区、100%行政村明确1名消防宣传大使"): the percentage of the communities or
villages that are to do the work is a coverage goal, as "全区314个居住区完成…" counts the places to complete it. The
clause opens with the scope ("辖区内", "全区") or with nothing, or lists such shares one after another. Also the
number of fields or places where the work is to succeed ("在10个以上领域实现…")."""

import re

from .place_scopes import COUNTED_PLACES

_SCOPE = r"(?:辖区内|辖区|全区|全市|全县|全镇|全省|全街道|全乡)?"
_SHARE_ITEM = r"\d+(?:\.\d+)?\s*[%％][^，,；;。\d、]{1,6}、"
_MARKER = r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))?"
_HEAD = re.compile(rf"^\s*{_MARKER}\s*{_SCOPE}(?:{_SHARE_ITEM})*\s*$")
_PLACES = re.compile(
    r"^(?:的)?(?:城市|农村|城镇|城乡)?(?:社区|行政村|村居|村（居）|村\(居\)|自然村|(?:美丽)?乡村|村|街道|乡镇|镇|小区|居委会|网格)"
)
# "每年按乡镇、社区、村总数的15%逐步创建卫生乡镇、社区、村": a yearly share of all the places, to be brought up to a
# standard step by step.
_YEARLY_SHARE_OF_ALL = re.compile(r"每年按[^，,；;。]{1,24}?(?:总数|总量)的\s*$")
_BROUGHT_UP = re.compile(r"^(?:逐步|分批|稳步|有序)?(?:创建|建成|完成|打造)")

# "全市90%的重点领域市场主体纳入信用监管平台": a share of the bodies in scope that are to be brought into a state (纳入,
# 接入, 成立…) is a goal as a share of places doing the work is. Add a verb here.
STATE_VERBS = ("纳入", "接入", "入驻", "成立", "建立", "建成", "设立", "配备", "具备", "开通", "上线", "参加", "参与")
_BODIES_REACH = re.compile(rf"^的[^，,；;。\d、]{{1,12}}?(?:{'|'.join(STATE_VERBS)})")


def share_of_places(head: str, after: str, unit: str) -> bool:
    """Whether a percentage (``head`` the clause's words before it, ``after`` those after it) is a share of the places
    (or bodies) in scope that are to do the work."""
    if unit in ("%", "％") and _YEARLY_SHARE_OF_ALL.search(head) and _BROUGHT_UP.match(after):
        return True
    return unit in ("%", "％") and bool(_HEAD.match(head)) and bool(_PLACES.match(after) or _BODIES_REACH.match(after))


# "在10个以上领域实现实时汇聚", "在5个以上区县开展试点": a floor on the number of fields or places where the work is
# to succeed, with the verb of achieving after them, is a goal though nothing commits before 在. Add a verb here.
REACHING_VERBS = ("实现", "达到", "建成", "完成", "开展", "推广", "应用", "落地", "覆盖")
_IN = re.compile(r"(?:^|[^存所])在\s*$")  # not "存在", "所在"
_FLOOR_BEFORE = re.compile(r"(?:不少于|不低于|至少|超过)\s*$")
_REACHED = re.compile(rf"^(?:及以上|以上)?[^，,；;。\d、]{{1,8}}?(?:{'|'.join(REACHING_VERBS)})")


# "在22个城市开展试评价", "在70%左右的地市开展试点": the number (or share) of places a pilot is to run in is the plan's
# commitment though no floor word is printed ("选取2个示范村开展试点" picks places and stays out: no 在).
_PILOT_PLACES = re.compile(
    rf"^(?:左右)?的?(?:个|座)?[^，,；;。\d、]{{0,6}}?(?:{'|'.join(COUNTED_PLACES)})"
    r"[^，,；;。\d、]{0,4}?(?:开展|启动|推开)[^，,；;。\d、]{0,6}?(?:试点|试评价|试行)"
)


def fields_reached(before: str, after: str) -> bool:
    """Whether a count after 在 (``before``, its floor word dropped) with a floor (以上 starting ``after``, or a floor
    word) counts the fields or places where the verb after them is to be achieved."""
    floor = _FLOOR_BEFORE.search(before)
    head = before[: floor.start()] if floor else before
    if _IN.search(head) and _PILOT_PLACES.match(after):
        return True
    return (
        bool(_IN.search(head))
        and bool(floor or re.match(r"(?:及以上|以上)", after))
        and bool(_REACHED.match(after))
    )
