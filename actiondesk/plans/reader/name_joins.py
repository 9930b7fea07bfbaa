"""The words that join names in a clause's list, read before the list is split at its commas: 及 between two bodies,
等 before 和/及, an alias note after a name ("（以下分别简称“中石化上海销售公司”“中航油华东分公司”）"), and marks of print
inside a name: a stray 、 ("各片区管理、局"), a portal's line-wrap space ("区 经发局") and a doubled ending ("…局局")."""

import re

# "商务部等和各有关省级人民政府": the 等 closes the first list, the 和 opens the next one.
_ETC_AND = re.compile(r"等(?:和|及|以及)")
# "市财政局等相关部门及各区", "甲局及各区": the catch-all tail drops, the places after 及 are a unit of their own, and so
# are the bodies of a level after it ("省工业和信息化厅及省直有关单位");
# so are the governments after 和 ("市商务委和有关区县政府具体负责", "市场监管总局和地方各级人民政府", "各设区市和省直管
# 县（市）政府").
_AND_PLACES = re.compile(
    r"(?:等(?:相关|有关)(?:部门|单位))?(?:(?:及|以及)(?=各|(?:省直|市直|区直|县直)(?:有关|相关|各))"
    r"|和(?=(?:各|有关|相关|地方|省直管)[^、，,；;（）()]{0,6}?(?:[（(][^（）()]{1,6}[）)])?(?:人民政府|政府)))"
)
# "…华东分公司（以下分别简称“X”“Y”）": the note gives short names used later; it is no part of the name.
_ALIAS_NOTE = re.compile(r"[（(]\s*以下(?:分别)?(?:简称|统称|称)[^（）()]*[）)]")
# "闵行区应急局及中国石化销售股份有限公司上海石油分公司": 及 (以及) between two names that each end as a body joins two
# units; "及其…" ("区政府及其相关部门") and a catch-all of bodies after it ("及相关部门", "及相关行业主管部门", read
# elsewhere) do not.
_AND = re.compile(r"(?:以及|及)(?!其|(?:相关|有关|其他|其它)(?:行业)?(?:主管)?(?:部门|单位|机构|职能)|各)")
# "新城联合党委及娘宫村": a village named after 及 beside a body before it is a unit of its own (its 村委会).
VILLAGE = re.compile(r"^(?!各|相关|有关|其他)[\u4e00-\u9fff]{2,3}(?<![乡农])村$")
# "新城联合党委及如意社区", "相关联合党委及村居", "各区政府及设施权属单位": communities, villages and residents'
# committees, places ("国务院相关部门及相关地区") and units named by what they hold, after a body are units of their own too.
LOCAL_KINDS = ("社区", "村居", "居委会", "村委会")  # project_rows reads them beside a body in a unit cell too
_LOCAL_UNIT = re.compile(
    rf"^(?!其)[\u4e00-\u9fff]{{0,12}}(?:{'|'.join(LOCAL_KINDS)}|地区|(?<!相关|有关|其他|其它)单位)(?:等)?$"
)
_STOPS = "、，,；;"
# "各村", "各社区", "各乡镇": the local bodies of a kind, all of them (a unit, though no body's name).
_LOCAL_CATCH_ALL = re.compile(r"各(?:村|村居|社区|乡镇|乡|镇|街道)")
# "园区管委会和市级相关部门", "湘江新区和省级以上园区", "区发改局和区财政局": 和 between two bodies joins two units when
# the second opens with its level; "各相关部门和单位", "各乡镇党委和人民政府" (one catch-all, one body's two organs) and
# names holding 和 ("市人力资源和社会保障局", "区文化和旅游局") do not.
_LEVEL_BODY = re.compile(r"(?:省|市|区|县|乡|镇|各)")
# "市行政审批服务局和市直相关单位", "市直相关单位及娄星区": the bodies of a level named as a catch-all beside a body or a place.
_LEVEL_CATCH_ALL = re.compile(r"^(?:省直|市直|区直|县直)(?:有关|相关|各)?(?:部门|单位)$")
_KIND_CATCH_ALL = re.compile(r"^(?:相关|有关|各)[^、，,；;和与]{0,8}(?:部门|单位)$")
# "贸促会和郑州市、开封市、洛阳市政府": cities whose government is named once, at the end of their run, after a body.
_CITY_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}市(?:、[\u4e00-\u9fff]{2,4}市)*(?:人民)?政府")
# "各片区管理、局": a 、 printed inside a name before its last character — a body's ending alone is no name.
# "相关委、办、局" lists kinds of body: the words before the 、 end as a body does, so it stays.
_STRAY_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<![局委办厅处署院部所队站室科])、(?=[局委办厅处署院部所队站室科](?:[、，,；;。）)]|$))"
)

# "区 经发局", "区社会 事业局": a space a portal's line wrap left after a name's opening level ("区", "县"…) and a few
# characters that are no name of their own; a space before a name that opens with its level again parts two names.
_WRAP_SPACE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<head>[区县市省][\u4e00-\u9fff]{0,5})[ \t\u3000]+(?=[\u4e00-\u9fff])"
)
_LEVEL_OPENING = re.compile(r"[区县市省各]")
# "区城发集团 （区先行实业有限公司）": a space before a bracket after a name; the bracket is no name of its own.
_BRACKET_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[（(][^（）()]{2,20}[）)])")
# "区社会事业局局": a body's ending printed twice at the end of a name.
_DOUBLED_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?P<end>[局委厅处署院])(?P=end)(?=[、，,；;。）)\s]|$)")


# "区农民工工作领 导小组各成员单位": any two halves around a space, joined when the caller's test says they are one name.
_SPACED = re.compile(r"(?P<before>[^、，,；;/／\s]+)[ \u3000]+(?=(?P<after>[^、，,；;/／\s]+))")


def _unwrap(names: str, is_body, wrapped_halves) -> str:
    def join(match: re.Match) -> str:
        head, after = match.group("head"), names[match.end() :]
        if is_body(head) or _LEVEL_OPENING.match(after):
            return match.group(0)
        return head

    names = _WRAP_SPACE.sub(join, names)
    return _SPACED.sub(lambda m: m.group("before") if wrapped_halves(m.group("before"), m.group("after"))
                       else m.group(0), names)


def join_words(names: str, is_body, wrapped_halves) -> str:
    """The list with its joining words made into the list's separator ``、`` where they join two units."""
    names = _BRACKET_SPACE.sub("", names)
    names = _DOUBLED_END.sub(r"\g<end>", _unwrap(_STRAY_MARK.sub("", names), is_body, wrapped_halves))
    names = _AND_PLACES.sub("、", _ETC_AND.sub("、", _ALIAS_NOTE.sub("", names)))

    def ji_joins(before: str, after: str, _rest: str) -> bool:
        return is_body(before) and bool(is_body(after) or VILLAGE.match(after) or _LOCAL_UNIT.match(after)) \
            or bool(_LOCAL_CATCH_ALL.fullmatch(before) or _LEVEL_CATCH_ALL.match(before)) and is_body(after)
        # "各村及包村工作队": the villages, a team; "市直相关单位及娄星区": a level's bodies, a district

    def he_joins(before: str, after: str, rest: str) -> bool:
        # "省财政厅和各行业主管部门", "财政厅和相关职能部门": a catch-all of bodies after a body is a unit of its own too.
        if is_body(before) and (_LEVEL_CATCH_ALL.match(after) or _CITY_RUN.match(rest) or _KIND_CATCH_ALL.match(after)):
            return True
        after = after.split("等")[0]  # "湘江新区和省级以上园区等按职责分工负责"
        # "各省辖市政府和济源示范区": a named body of four characters or more after a body is a unit of its own too.
        named = len(after) >= 4 and before.endswith(("政府", "管委会", "局", "厅", "委", "办")) \
            and not after.endswith(("人民政府", "政府", "党委")) and not after.startswith(("相关", "有关", "其他", "其它"))
        return bool(_LEVEL_BODY.match(after) or named) and is_body(before) and is_body(after)

    for word, joins in ((_AND, ji_joins), (re.compile("[和与]"), he_joins)):  # "X与Y共同负责" as "X和Y"
        for match in reversed(list(word.finditer(names))):
            before = re.split(f"[{_STOPS}]", names[: match.start()])[-1]
            after = re.split(f"[{_STOPS}]", names[match.end() :])[0]
            if joins(before, after, names[match.end() :]):
                names = names[: match.start()] + "、" + names[match.end() :]
    return names
