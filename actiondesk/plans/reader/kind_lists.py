"""Units named by kind after a shared prefix ("三省一市法院、检察院、公安、司法行政、知识产权等部门按职责分工负责").

A list closed by "等部门" / "等单位" names bodies even when its names carry no body word ("公安", "交通"): the tail says
what they are. The names are kept as printed (the prefix on the first one only) and the tail drops, as "等相关单位" does.
"""

import re

# "…等处室", "…等科室": an area office's own divisions named by their kind, like "等部门"; "白青乡等属地乡镇": the
# places named by their kind.
# "市商务局等有关部门（单位）": the kind with its bracketed other kind; "市商务局等市直（驻市）进驻单位": a short bracket
# inside the kind. 等 inside a word ("省属高等学校…主管部门", "中等职业学校") opens no tail.
_ETC_TAIL = re.compile(r"^(?P<head>.*)(?<![高中初平同对均])等(?:(?:[^、，,（(]|[（(][^（）()、，,]{1,4}[）)]){0,12}?"
                       r"(?:部门|单位|机构|成员单位|处室|科室|乡镇|街镇|镇街)(?:[（(](?:部门|单位|机构)[）)])?)?$")
_KINDS = re.compile(r"^(?P<names>[^，,；;：:。（）()\d]{2,60}?)等(?:相关|有关)?(?:部门|单位)"
                    r"(?:按职责分工|按职责|分工)?(?:负责|落实)(?:落实|推进)?$")
_KIND_NAME = re.compile(r"^[^\d的：:。（）()]{2,10}$")


def drop_etc_tail(name: str) -> str:
    """"交通等部门" → "交通", "信用中心等" → "信用中心", "综合处等处室" → "综合处", "等有关部门" → "", "市商务局等有关部门（单位）" →
    "市商务局"; "等级评定中心"
    stays."""
    tail = _ETC_TAIL.match(name)
    return tail.group("head") if tail else name


def kinds_list(clause: str, split) -> str | None:
    """The list of an "X、Y、Z等部门负责" clause whose names are short kinds of body, or None."""
    listed = _KINDS.match(clause)
    if not listed:
        return None
    names = split(listed.group("names"))
    return listed.group("names") if len(names) >= 2 and all(_KIND_NAME.match(name) for name in names) else None


# Kinds of place at or below the county level that a bare level of places ("各区") may be written with as one name:
# "各区、县级市", "各区、县（市）政府", "各乡、镇人民政府", "各区、街道（镇）". 市 is no such kind: a name that opens with it
# after "各区、" is a municipal body ("各区、市委组织部、市发展改革委": the districts, then the bodies).
PLACE_KINDS = ("县级市", "县（市）", "县(市)", "县市区", "自治县", "县", "区", "旗", "乡", "镇", "街道", "街镇", "乡镇")
# ("县市区": the counties, county-level cities and districts, 湖南's "各市州、县市区人民政府".)
# The government of such places, written after the kind ("县（市）政府", "镇人民政府"), and their courts and
# procuratorates ("各市〔州〕、县〔市、区、特区〕人民法院": one name, as the governments').
PLACE_GOVERNMENTS = ("人民政府", "政府", "党委和政府", "党委政府", "党委", "人民法院", "人民检察院")
_KIND = "|".join(re.escape(kind) for kind in sorted(PLACE_KINDS, key=len, reverse=True))
_PLACE_KIND_NAME = re.compile(
    # "县（市、区）政府", "县〔市、区〕政府": inside the bracket 市 is a kind too (the county-level city), and 特区
    # (贵州's "县〔市、区、特区〕").
    rf"^(?:{_KIND})(?:[（(〔](?:{_KIND}|市)(?:、(?:{_KIND}|市|特区))*[）)〕])?"
    rf"(?:{'|'.join(sorted(PLACE_GOVERNMENTS, key=len, reverse=True))})?$")


def place_kind_name(name: str) -> bool:
    """"县级市", "县（市）政府", "镇人民政府", "街道（镇）": places of a kind (or their governments), which join a bare
    level before them ("各区、"); "市委组织部", "区委宣传部", "城投集团" are bodies of their own."""
    return bool(_PLACE_KIND_NAME.match(name))


# A place named by its proper name ("杨浦区", "浦东新区", "崇明区", "嘉定镇"): in a clause it stands for the place's
# government, a unit ("浦东新区、杨浦区、闵行区应急局分工负责": two districts, then a district's bureau). A kind of area
# that is no level of government ("徐行片区", "工业园区", "示范区", "社区") names a place, not a unit.
_AREA_KINDS = "片园景社小街校矿能范发护验聚心"
_NAMED_PLACE = re.compile(rf"^(?!各|相关|有关|其他|全)[\u4e00-\u9fff]{{2,6}}?(?:新区|(?<![{_AREA_KINDS}])区|县|旗|镇|乡|街道)$")


def named_place(name: str) -> bool:
    """"杨浦区", "浦东新区" name a place (its government); "各区", "相关区", "郊区" do not."""
    return bool(_NAMED_PLACE.match(name))
