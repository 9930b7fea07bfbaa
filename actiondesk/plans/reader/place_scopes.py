"""Counts of places that join a pilot or are made into something ("南京、无锡…等7个城市纳入…试点范围", "将12个街道打造为
示范街道"), pilot areas a higher level designated ("全面推进16个市级海绵城市建设试点区") and all the places of an area
mobilised ("组织全区192个行政村成立…"): the places the work is about, counted, not a goal; "打造10个示范街区" (things to
create) stays one."""

import re

# Kinds of place a count may be of (kind_lists.PLACE_KINDS are those a unit name is written with), longest first so
# "区县" is not cut at "区"; target_place_shares reads them too.
COUNTED_PLACES = ("行政村", "建制村", "城市", "地市", "省市", "省份", "地区", "区县", "乡镇", "街镇", "街道", "社区",
                  "园区", "市", "区", "县", "镇", "村")
# The counted noun is a kind of place, and the clause puts those places into a scope or makes them into something.
_PLACE = re.compile(rf"^(?:个|座)?(?:{'|'.join(COUNTED_PLACES)})")
# "188个行政村都有1座以上水冲式公厕": the places each holding the count after them (a norm for each), not a goal.
_EACH_HOLDS = re.compile(r"^(?:均|都)(?:至少|应)?(?:建有|设有|拥有|配有|配备|有)[^，,；;。\d]{0,6}[\d一两二三四五六七八九十]")
# The places are given, not to be gained: listed before with 等, or the object of 将 / 推动 ("新增5个区纳入试点" is a goal).
_GIVEN = re.compile(r"(?:等|将|把|推动|推进|支持|引导)\s*$")
# The place word is the whole noun ("60座社区公园纳入…名录" counts parks, a goal): the joining verb follows it.
_JOINS = re.compile(r"^(?:全部|均|整体|统一|一并|逐步|同步|率先)?(?:纳入|列入|打造为|打造成|建设成为|建成为|创建为|培育为)")


# Pilot areas of a level (市级, 省级…) pushed on, ending the clause ("完成全市26个市级幸福社区试点工作" completes pilot work,
# a goal; "建成3个省级示范区" builds them).
_PUSHED = re.compile(r"(?:推进|推动|抓好|深化)\s*$")
_DESIGNATED = re.compile(
    r"^(?:个|座)?(?:国家级|省级|市级|区级|县级)[^，,；;。\d]{0,12}?(?:试点区|示范区|先行区|试验区|试点城市|试点县)\s*$"
)
# "组织全区192个行政村成立村经济合作社": every place of a kind in the area, mobilised ("推动全省100家企业…" counts firms).
_WHOLE_AREA = re.compile(r"(?:组织|动员|发动|指导|督促)\s*全[区市县镇乡]\s*$")


# "62个省乡村振兴重点帮扶县每县至少培育1个劳务品牌": places opening their clause, each then given the goal after them.
_EACH_OF_THEM = re.compile(rf"^[^，,；;。\d]{{0,14}}?(?:{'|'.join(COUNTED_PLACES)})(?:每(?:个|县|市|区|村|镇|乡)|各|分别)")
_NOTHING_BEFORE = re.compile(r"\s*(?:(?:到|至)?20\d\d年[^，,；;。\d]{0,4})?\s*")


def places_in_scope(before: str, unit: str | None, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` counts given places that join a scope or are made into
    something, designated pilot areas pushed on, or all the places of an area mobilised."""
    text = (unit or "") + after if unit == "个" else after
    place = _PLACE.match(text)
    if _PUSHED.search(before) and _DESIGNATED.match(text) or place and _WHOLE_AREA.search(before):
        return True
    if place and _EACH_HOLDS.match(text[place.end():]):
        return True
    if unit == "个" and _EACH_OF_THEM.match(after) and _NOTHING_BEFORE.fullmatch(before):
        return True
    if not _GIVEN.search(before):
        return False
    return bool(place) and bool(_JOINS.match(text[place.end():]))
