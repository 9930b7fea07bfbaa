"""Figures written beside the work that set no goal for it: what a change could free up or a rule may allow
("可腾挪出约4万㎡商用面积", "股权比例可至100%"), the size of each of the spaces counted before it ("改造成数十个30-50㎡的…
LOFT空间"), a vague count ("数十个"), and how often a routine event recurs ("每周举办一场…活动", "每月举办一场…培训活动").
A floor or a cap written with them ("每月至少举办一场", "每年举办2场以上") still states a goal. Add a word here."""

import re

from .quantities import find_quantities

# What could be freed up or how far a rule may go: 可 ("can", "may") before the verb, then the figure.
FREEING_VERBS = ("腾挪出", "腾挪", "腾退出", "腾出", "释放出", "释放", "盘活出")
_POSSIBLE = re.compile(
    rf"可(?:以)?(?:{'|'.join(FREEING_VERBS)})[^，,；;。\d]{{0,8}}?(?:约|近)?\s*$|可(?:以)?(?:放宽)?至\s*$"
)
# The size of each of the spaces counted right before it: "数十个30-50㎡", "20间50平方米".
AREA_UNITS = ("㎡", "平方米", "平米", "m²")
_EACH_OF_COUNT = re.compile(r"(?:[数几]|[\d一二两三四五六七八九十百千]+)[十百千]?(?:个|间|套|处|栋|层)\s*$")
# "数十个", "几百家", "上百个": a count the plan does not fix.
_VAGUE_BEFORE = re.compile(r"(?:[数几]|上)$")
# How often a routine event recurs: a period with 每, a verb of holding it, one count of an event.
EVENT_MEASURES = ("场", "期", "届", "轮")
_PER_PERIOD = re.compile(
    r"每(?:[一两二三半]?个?)(?:天|日|周|旬|月|季度|季|半年|年)(?:[^，,；;。\d]{0,4}?)(?:举办|开展|组织|举行|召开)\s*$"
)

_FLOOR = re.compile(r"至少|不少于|不低于|最少")


def aside(text: str, target: dict, clause_start: int) -> bool:
    """Whether ``target`` (offsets into ``text``, its clause starting at ``clause_start``) is such a figure."""
    span = text[target["start"] : target["end"]]
    figure = next(
        (q for q in find_quantities(span) if (q.value, q.unit) == (target["value"], target["unit"])), None
    )
    if figure is None:
        return False
    before = text[clause_start : target["start"] + figure.start]
    written = span[figure.start : figure.end]
    if _POSSIBLE.search(before) or _VAGUE_BEFORE.search(before) and not written[0].isdigit():
        return True
    if target["unit"].lstrip("万") in AREA_UNITS and _EACH_OF_COUNT.search(before):
        return True
    return (
        target["rule"] == "bare"
        and target["unit"] in EVENT_MEASURES
        and written[0] in "一1"
        and bool(_PER_PERIOD.search(before))
        and not _FLOOR.search(before)
    )
