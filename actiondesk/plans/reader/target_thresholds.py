"""Figures that look like goals but set who or what a rule is about: an eligibility line raised ("收入…9600元以下提高到
15600元以下"), a funding level per head ("人均…经费达到50元以上"), the size that qualifies a place ("10名以上…老人…的行政村")
or an entity ("年综合能耗2000吨标准煤以上用能企业", "5万平方米以上商场"), the size of the projects a measure takes in
("实施的总投资不低于2500万元的…建设项目", target_conditions.described_case), and one event held without a floor ("开展1次…宣传
活动")."""

import re

from .target_conditions import described_case, dimension_class
from .target_measures import joined_bodies, named_facility

# "由…9600元以下提高到15600元以下": a line below which people qualify, moved; both figures say who is eligible.
# "单元建筑面积由180平方米（含）以内提高到200平方米（含）以内": a limit a loan may go to, moved the same way.
_RAISED_LINE = re.compile(r"由[^，,；;。]{0,30}?(?:以下|以内)\s*(?:提高|提升|调整|放宽|调高)(?:到|至)[^，,；;。]{0,12}?(?:以下|以内)")
# "人均基本公共卫生服务经费达到50元以上": money spent per head, a funding level and not a goal to reach.
_FUNDING_PER_HEAD = re.compile(r"人均[^，,；;。\d]{0,14}?(?:经费|资金|补助|补贴|投入)[^，,；;。\d]{0,4}$")
# "10名以上“五保”、孤寡老人且有入住需求的行政村都建有…": a count of people that qualifies the places after it.
_PEOPLE_OF_PLACE = re.compile(r"^(?:及以上|以上)[^，,；;。\d]{0,30}?的(?:行政村|自然村|村|社区|街道|街（镇）|街镇|乡镇|镇|小区)")
_PEOPLE = ("名", "人", "户", "万名", "万人")
# "年综合能耗2000吨标准煤以上用能企业", "5万平方米以上商场": a measure with 以上 right before the kind of entity it sorts.
_ENTITY = r"(?:用能|重点用能)?(?:企业|单位|商场|酒店|宾馆|楼宇|建筑|公共建筑|商业建筑|综合体|用户|项目|工地)"
_MEASURE_OF_ENTITY = re.compile(rf"^(?:及以上|以上)[^，,；;。\d的]{{0,4}}?{_ENTITY}")
_MEASURES = ("吨标准煤", "万吨标准煤", "标准煤", "吨标煤", "万吨标煤", "平方米", "万平方米", "千瓦时", "万千瓦时", "亿千瓦时", "立方米", "万立方米")
_FLOOR_OR_EACH = re.compile(r"不少于|不低于|至少|以上|每|达到|超过|力争")
# "淘汰报废57座以上大客车", "5米以下休闲旅游船舶", "25度以上坡耕地": seats, length, load or slope sort the vehicles,
# vessels or land named after it.
_SIZE_OF_VEHICLE = re.compile(
    r"^(?:及以上|以上|及以下|以下)[^，,；;。\d的]{0,6}?"
    r"(?:客车|货车|车辆|汽车|挂车|大巴|中巴|船舶|渔船|游船|船只|船|坡耕地|坡地|陡坡)"
)
_VEHICLE_SIZES = ("座", "吨", "米", "马力", "千瓦", "度")
# "三格化粪池的有效容积不得小于1.5㎡": a dimension a built thing must have (a technical norm of its build), not a goal.
_BUILD_SPEC = re.compile(
    r"的(?:有效|净)?(?:容积|宽度|厚度|深度|高度|直径|间距|净高|埋深|长度)\s*(?:不得|不应|应不|不宜)(?:小于|低于|少于|大于|超过)\s*$"
)
# "超10人作业渔船", "超过30座客车": a size passed (超) right before the kind of vessel or vehicle sorts them too, and so
# does a crew or a load ("人").
_PASSED = re.compile(r"(?:超|超过)\s*$")
_VEHICLE_AFTER = re.compile(r"^[^，,；;。\d的]{0,4}?(?:客车|货车|车辆|汽车|挂车|大巴|中巴|船舶|渔船|游船|船只|船)")
# "存栏5000头以上生猪规模养殖场": a herd's size sorts the farms named after it.
_SIZE_OF_FARM = re.compile(r"^(?:及以上|以上)(?:的)?[^，,；;。\d]{0,8}?(?:养殖场|养殖户|养殖小区|猪场|牛场|羊场|牧场|规模场)")
# "培育5家以上年销售收入过百亿元企业": a firm's yearly size passed (过/超) before the kind of firm is the line that sorts
# the firms counted, a threshold and not a goal (issue 13); the count before it is the goal.
_FIRM_SIZE_BEFORE = re.compile(
    r"(?:销售收入|营业收入|主营业务收入|销售额|营业额|营收|产值|税收|纳税额|规模)(?:过|超过|超|达|在|达到)\s*$"
)
_FIRM_AFTER = re.compile(r"^(?:及以上|以上)?(?:的)?[^，,；;。\d、的]{0,6}?(?:企业|公司|集团|工厂|龙头)")
# "培育5家以上年销售收入过百亿元、2家以上年销售收入达500亿元的高新技术企业": tiers listed with 、, the kind of firm
# named once at the end of the list.
_FIRM_LIST_AFTER = re.compile(r"^(?:及以上|以上)?、[^，,；;。]*?的[^，,；;。\d、的]{0,8}?(?:企业|公司|集团|工厂|龙头)")


def firm_size(before: str, unit: str, after: str) -> bool:
    """Whether a sum (``before`` and ``after`` it in its clause) is the yearly size that sorts the firms after it."""
    return unit.endswith(("元", "亿", "万")) and bool(
        _FIRM_SIZE_BEFORE.search(before) and (_FIRM_AFTER.match(after) or _FIRM_LIST_AFTER.match(after))
    )


def area_floor(before: str, suffix: str) -> bool:
    """An area with 以上 and no verb is a floor to reach ("商业综合体面积500万平方米以上"), but not a building's own
    floor area ("…建筑的建筑面积2.5万平方米以上", the size a supported building must have) nor "面积在…以上"."""
    return (
        "以上" in suffix
        and not before.endswith("在")
        and not re.search(r"(?:建筑|占地|单体|用地)面积", before)
    )


def eligibility_line(clause: str) -> bool:
    """Whether the clause raises a line people qualify under, so none of its figures is a goal."""
    return bool(_RAISED_LINE.search(clause))


def not_a_norm(clause: str, before: str, written: str, after: str, unit: str) -> bool:
    """Whether the figure ``written`` (``before`` and ``after`` it in ``clause``) qualifies who or what a rule is about,
    or counts one event without a floor, rather than setting a goal."""
    if unit.endswith("元") and _FUNDING_PER_HEAD.search(before) or _BUILD_SPEC.search(before):
        return True
    if unit in _PEOPLE and _PEOPLE_OF_PLACE.match(after):
        return True
    if unit in _MEASURES and _MEASURE_OF_ENTITY.match(after) or named_facility(unit, after) or joined_bodies(before, unit, after):
        return True  # "…10万吨水厂建设": the plant named by its capacity; "将六个部门的…": bodies
    whole_before = clause[: len(clause) - len(after) - len(written)]  # "培育5家以上年销售收入过": past the count before it
    if unit in _VEHICLE_SIZES and _SIZE_OF_VEHICLE.match(after) or firm_size(whole_before, unit, after) \
            or unit in (*_VEHICLE_SIZES, "人") and _PASSED.search(before) and _VEHICLE_AFTER.match(after):
        return True
    if unit in ("头", "万头") and _SIZE_OF_FARM.match(after):
        return True
    if described_case(whole_before, after) or dimension_class(whole_before, after):
        return True  # "在新城范围内实施的总投资不低于2500万元的新型基础设施建设项目": the size of the cases supported
    if re.match(r"[^，,；;。\d、的]{1,4}(?:及以上|以上)的", after):
        return True  # "1所200张床位以上的…养老机构": the size of the thing counted before it
    # "开展1次韧性安全科普宣传活动": one event with no floor and no period is an act, not a level to keep.
    return unit in ("次", "场") and re.fullmatch(r"(?:1|一)(?:次|场)", written) is not None \
        and not _FLOOR_OR_EACH.search(clause) and not after.startswith(("以上", "及以上"))
