"""A count in Chinese numerals that closes a list of all the things it counts, followed by the facilities built for
them: "支持…进境植物种苗、冷链食品（含冰鲜水产品、冷冻产品、肉类产品）、食用水生动物、水果等四种指定监管场地建设" counts the
four sites to build, a goal (as the corpus gold reads "口腔、耳鼻喉科、医学美容、健康管理等四个对台合作项目专科医院的落地").
A count larger than the names listed ("黄浦江、大治河等九条市域生态走廊建设") names a set the plan knows, and kinds, ways
or fields with no facility built after them ("…等三个病种实行…", "…等四类处置方式") stay no goal."""

import re

from .quantities import find_quantities

# The facility the count is of, then the work of building or opening it. Add a facility word here.
FACILITIES = ("场地", "场所", "医院", "中心", "基地", "站", "馆", "园区", "平台", "设施")
_BUILT_AFTER = re.compile(
    rf"^[^，,；;。\d、]{{0,14}}?(?:{'|'.join(FACILITIES)})的?(?:建设|落地|建成|投用|投运|验收)"
)
_NOTE = re.compile(r"[（(][^（）()]*[）)]")


def listed_facilities_built(before: str, written: str, after: str) -> bool:
    """Whether the count ``written`` after the list ending ``before`` (with 等) counts every name listed and the
    facilities built for them (``after``)."""
    if not before.endswith("等") or not _BUILT_AFTER.match(after):
        return False
    names = _NOTE.sub("", before[:-1])  # a bracketed note may list sub-kinds of one name
    count = names.count("、") + 1 + bool(re.search(r"[和及与][^、]+$", names))
    value = next((q.value for q in find_quantities(written)), None)
    return value == count
