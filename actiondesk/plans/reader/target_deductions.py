"""Scoring rules of an assessment table (考核评分细则): "林长会议每年少于2次的，每少1次扣1.5分", "出勤率低于100%的，按比例
扣分", "未建立20人以上…扑救队伍的，扣1分". The rule states as a condition for losing points the floor the work must
reach: that figure is the target (a floor, >=). Its other figures — deductions and caps ("每少1块", "最高扣3分"), the
counts of what is scored ("等4项工作制度"), bands that grade a loss ("过火面积在10-20亩") and a one-off ("未开展1次(含)
以上…演练的") — set no goal. A floor written as such in the rule ("全年不少于5次，缺1次扣0.5分") stays a target."""

import re

from .quantities import find_quantities

# The rule's deduction, in its clause or the clauses after it in the same sentence: "扣1.5分", "扣分", "扣13分".
_DEDUCTION = re.compile(r"扣\s*(?:[\d.]+\s*分|分)")
_RULE_END = re.compile(r"[。；;\n]")
# The shortfall before the figure: "少于2次", "低于100%", "未达100%", "不足3次".
_SHORT_OF = re.compile(r"(?:少于|低于|未达到|未达|不足|达不到)\s*$")
# "未建立20人以上…队伍的": a body or a stock of a size the rule finds missing.
_MISSING = re.compile(r"未(?:建立|设立|组建|配备|建成)[^，,；;。\d]{0,6}$")
_FLOOR_AFTER = re.compile(r"\s*(?:（含）|\(含\))?\s*(?:及以上|以上)")
_CONDITION_END = re.compile(r"[^，,；;。]*?的")
_ONE_OFF_UNITS = ("次", "场", "期")
# A floor written with a floor word ("不少于", "至少", "以上"), not a bare figure of the rule ("每少1块").
_WRITTEN_FLOOR = re.compile(r"^(?:prefix|suffix):")


def deduction_rule(text: str, start: int) -> bool:
    """Whether the clause starting at ``start`` belongs to a scoring rule (a deduction in its sentence)."""
    stop = _RULE_END.search(text, start)
    return bool(_DEDUCTION.search(text, start, stop.start() if stop else len(text)))


def rule_targets(text: str, start: int, end: int, found: list[dict]) -> list[dict]:
    """The targets of a scoring rule's clause: the floors it enforces and the floors written as such in ``found``."""
    clause = text[start:end]
    floors = [
        target
        for target in found
        if target["comparator"] == ">=" and _WRITTEN_FLOOR.match(target["rule"]) and not _one_off(target)
    ]
    for quantity in find_quantities(clause):
        before, after = clause[: quantity.start], clause[quantity.end :]
        short = _SHORT_OF.search(before)
        missing = not short and _MISSING.search(before) and _FLOOR_AFTER.match(after)
        condition = _CONDITION_END.match(after)
        if not (short or missing) or not condition or quantity.value is None:
            continue
        opening = re.match(r"^\s*(?:\d{1,2}\s*[.．、](?!\d)|[①-⑩])?\s*", clause).end()
        target = {
            "text": clause[opening : quantity.end + condition.end()],
            "indicator": "",
            "value": quantity.value,
            "unit": quantity.unit,
            "comparator": ">=",
            "value_max": None,
            "kind": "absolute",
            "rule": "deduction_floor",
            "unsure": False,
            "start": start + opening,
            "end": start + quantity.end + condition.end(),
        }
        if not _one_off(target) and not any(f["start"] <= target["start"] < f["end"] for f in floors):
            floors.append(target)
    return sorted(floors, key=lambda target: target["start"])


def _one_off(target: dict) -> bool:
    """ "未开展1次(含)以上…演练的": once is doing the work at all, not a floor to reach."""
    return target["value"] == 1 and target["unit"] in _ONE_OFF_UNITS
