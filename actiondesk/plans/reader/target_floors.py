"""Floors and caps a plan sets as goals in words the general target rules pass over: a floor written "不得少于",
staff each kind of body is to keep ("原则上大中型企业不得少于2人"), a floor with words between 至少 and the verb
("每个村至少要确定1名乡镇领导"), a cap of levels ("原则上控制在三级以内") and equipment to install ("更新1套…发射装置")."""

import re

# "不得少于2人", "不应超过3级": a floor or a cap written with 得/应/能 after 不 says what 不少于 / 不超过 say; add a
# wording here (targets.py reads them as comparison words before a figure).
NEGATED_COMPARATORS = {
    "不得少于": ">=",
    "不得低于": ">=",
    "不应少于": ">=",
    "不应低于": ">=",
    "不能少于": ">=",
    "不能低于": ">=",
    "不得超过": "<=",
    "不得高于": "<=",
    "不应超过": "<=",
    "不应高于": "<=",
    # "长度不大于300米", "面积不小于1000平方米": a code's wording of the same caps and floors.
    "不大于": "<=",
    "不小于": ">=",
    "小于": "<",  # "平均停电时间小于1小时"
    "大于": ">",
}

# "原则上大中型企业不得少于2人": the staff each kind of body is to keep is a goal, though "原则上…企业" otherwise marks a
# norm each case must meet ("原则上项目内部消纳量不少于计划量的15%"). A floor per stretch or per place stays a rate
# ("每25—30公里乡道、村道配备不少于一名专管员").
STAFF_UNITS = ("人", "名")
_STAFF_FLOOR = re.compile(r"(?:不得少于|不少于|不得低于|不低于|至少)\s*$")


def staffing_floor(before: str, unit: str) -> bool:
    """Whether the figure after ``before`` is a floor on the staff to keep."""
    return unit in STAFF_UNITS and "每" not in before and bool(_STAFF_FLOOR.search(before))


# "至少要确定1名乡镇领导", "至少应配备2名专职人员": 至少 with 要/应 and a verb of naming or staffing before the figure.
STAFFING_VERBS = ("确定", "明确", "配备", "配齐", "安排", "落实", "选派", "指定")
_FLOOR_THEN_VERB = re.compile(rf"(?:至少|不少于|不得少于)(?:要|应|需|须)?(?:{'|'.join(STAFFING_VERBS)})\s*$")


def floor_then_staffing(before: str) -> bool:
    """Whether a floor word and a verb of naming people stand right before the figure."""
    return bool(_FLOOR_THEN_VERB.search(before))


# "更新1套新型地面火箭发射装置", "布设2套烟炉发生器": equipment to put in place, counted, is work to do; add a verb or a
# measure word here.
INSTALL_VERBS = ("更新", "布设", "安装", "购置", "配备", "增设", "新购", "采购", "架设")
EQUIPMENT_UNITS = ("套", "台", "部", "架", "具")
_INSTALL = re.compile(rf"(?:{'|'.join(INSTALL_VERBS)})\s*$")


def installed_count(before: str, unit: str) -> bool:
    """Whether the figure counts equipment the verb right before it puts in place."""
    return unit in EQUIPMENT_UNITS and bool(_INSTALL.search(before))


# "（原则上控制在三级以内）", "管理层级不超过3级": a cap on levels of management; 级 is no unit elsewhere ("三级医院",
# "一级企业" name grades), so a figure of levels is read only between a cap word and 以内/以下.
_LEVEL_CAP = re.compile(r"(?:控制在|不超过|不得超过|压缩到|压减至|压缩至)\s*$")
_LEVEL_TAIL = re.compile(r"级(?=以内|以下|之内)")


def level_cap_end(text: str, start: int, end: int) -> int | None:
    """The end of "三级" when the number at ``start:end`` counts levels under a cap, else None."""
    if _LEVEL_TAIL.match(text, end) and _LEVEL_CAP.search(text, max(0, start - 8), start):
        return end + 1
    return None
