"""Figures that measure the work, or only name or tally it: an area or a volume of the work to complete ("完成面积
83.329公顷的…清退工作"), the same goal restated in brackets in another unit ("83.329公顷（4025筐）"), a plant named by
its capacity ("10万吨水厂"), the bodies whose work is joined ("将六个部门的…") and counts of work already done ("第一轮督察共交办…4903件")."""

import re

from .quantities import QUANTITY, to_number

# Units of an area, a volume or a length: "完成…83.329公顷的…工作" measures the work, though "的" follows the figure.
_MEASURES = {"公顷", "亩", "平方米", "平方公里", "km²", "m²", "m³", "立方米", "公里", "千米", "米", "km"}
_COMPLETES = re.compile(r"(?:完成|实现)[^，,；;。\d]{0,12}$")
# "新建15公顷以上的城市片林", "建设10公里的绿道": an area or a length right after a verb of building measures what is
# built ("新建占地30亩的学校" still describes the school's land).
_BUILDS = re.compile(r"(?:新建|建设|建成|营造|新增)\s*$")
# "（4025筐）": a bracket holding nothing but a figure with its unit, right after the target's figure.
_RESTATED = re.compile(r"\s*[（(]\s*(?:约|近|共)?\s*(?P<figure>[^（）()，,；;。]{1,16}?)\s*[）)]")
# "10万吨水厂", "5000吨污水处理厂", "2万千瓦电站": a capacity written before the facility it names.
_NAMED_FACILITY = re.compile(
    r"^(?:级|规模)?(?:的)?[^，,；;。\d]{0,6}?(?:水厂|电厂|电站|处理厂|净水厂|焚烧厂|码头|泊位)"
)
_CAPACITY_UNITS = {"吨", "万吨", "千瓦", "万千瓦", "兆瓦", "立方米", "万立方米", "m³", "万m³"}
# "共交办…4903件", "累计受理…", "其中涉及…386件", "占到总数的7.8%": a tally of cases handled, and its parts.
_TALLY = re.compile(r"(?:共|累计|先后|合计)(?:交办|受理|收到|接到|办结|查处|立案|转办|移交|处理)")
_TALLY_PART = re.compile(r"^(?:其中|占(?:到)?(?:总数|总量)?的?)")


def amount_of_work(before: str, unit: str, after: str) -> bool:
    """Whether a figure before "的" is the amount to reach rather than a description of what follows: a floor stated
    before it ("建设不少于22亿词元的专业知识库"; "节能率不低于15%的建筑" still describes the buildings), or an area or a
    volume done after 完成/实现 ("完成片区面积83.329公顷的禁养区养殖清退工作", "实现收集岛内45km²的雨水")."""
    floor = unit not in ("%", "％", "个百分点") and re.search(r"(?:不少于|不低于|至少)\s*$", before)
    measured = unit.lstrip("万亿") in _MEASURES and after.startswith("的") and (
        _COMPLETES.search(before) or _BUILDS.search(before))
    return bool(floor or measured)


def named_facility(unit: str, after: str) -> bool:
    """ "加快推进10万吨水厂建设": the plant is named by its capacity; the figure is no goal of its own."""
    return unit in _CAPACITY_UNITS and bool(_NAMED_FACILITY.match(after))


# "…、乡村振兴等19个部门分工负责": the bodies that share a duty, counted.
_BODIES_ACTING = re.compile(r"^(?:部门|单位)[^，,；;。\d]{0,4}?(?:分工负责|共同负责|负责|配合|参与)")


def joined_bodies(before: str, unit: str, after: str) -> bool:
    """ "将六个部门的业务知识融会贯通", "即将六个部门监管内容模块化": the bodies whose work is joined, no goal; nor are
    the bodies that share a duty ("…等19个部门分工负责")."""
    return unit == "个" and (before.endswith("将") and after.startswith(("部门", "单位")) or bool(_BODIES_ACTING.match(after)))


def tally_of_past_work(text: str, clause: re.Match) -> bool:
    """ "第一轮督察共交办群众来电来信4903件" and the clauses of its sentence that break it down ("其中涉及…386件",
    "占到总数的7.8%")."""
    previous = text[: clause.start()].rsplit("。", 1)[-1][-60:]
    words = clause.group()
    return bool(_TALLY.search(words)) or bool(_TALLY_PART.match(words.strip()) and _TALLY.search(previous))


def restated(text: str, targets: list[dict]) -> list[dict]:
    """Each target whose figure is followed by a bracket restating it in another unit ("83.329公顷（4025筐）") gives
    a second target of the same commitment; both keep the words up to the bracket's end."""
    result = []
    for target in targets:
        result.append(target)
        figure = re.search(
            r"[\d.]+(?:万|亿)?" + re.escape(target["unit"].lstrip("万亿")), text[target["start"] :]
        )
        if not figure or figure.start() > target["end"] - target["start"]:
            continue
        after = target["start"] + figure.end()
        bracket = _RESTATED.match(text, after)
        quantity = QUANTITY.fullmatch(bracket.group("figure")) if bracket else None
        if (
            not quantity
            or not quantity.group("unit")
            or quantity.group("unit") == target["unit"]
            or quantity.group("high")
        ):
            continue
        value = to_number(quantity.group("low"))
        unit = (quantity.group("magnitude") or "") + quantity.group("unit")
        end = max(target["end"], bracket.end())
        target.update(text=text[target["start"] : end], end=end)
        result.append(
            {**target, "value": value, "unit": unit, "value_max": None, "indicator": target["indicator"]}
        )
    return result


# "在继续推进…和7大类房屋结构安全隐患排查整治“回头看”基础上", "在已有1个县级…服务点的基础上": a figure in the work a
# clause builds on (在…基础上) is where the plan starts from, not a goal.
_BASIS_OPEN = re.compile(r"(?:^|[，,；;])\s*在(?![\d])[^，,；;。]*$")
_BASIS_CLOSE = re.compile(r"^[^，,；;。]*?(?:的)?基础上\s*$")


def basis_of_work(before: str, after: str) -> bool:
    """Whether the figure between ``before`` and ``after`` (the clause's words around it) stands in a 在…基础上 clause."""
    return bool(_BASIS_OPEN.search(before) and _BASIS_CLOSE.match(after))
