"""How well the reader reads plans that people have read by hand: per document task recall, lead and support
exactness and target precision / recall / F1, then the means over the documents and the pooled figures.

One scorer for every set: the suite's corpus and held-out set (tests/plans/) and ``actiondesk plan score DIR`` on
any folder of plans with their hand readings (a further set kept apart from the reader's authors is scored the
same way). A hand reading ("gold") has the shape ``actiondesk plan parse --json`` prints: ``tasks`` (each with
``title``, ``lead``, ``support``) and ``targets`` (each with ``text``, ``value``, ``unit``, ``comparator``,
``value_max``); other keys are not scored.
"""

import math
import re

from .reader.documents import typed_forms

MEASURES = ("task_recall", "lead_exact", "support_exact", "target_precision", "target_recall", "target_f1")
COUNTS = ("tasks", "matched", "lead", "support", "targets", "found", "correct")
COMPARATORS = (">=", ">", "<=", "<", "≈", "=", "range")
# Issue 13's goals, over documents (mean) and pooled.
GOALS = {"task_recall": 0.95, "lead_exact": 0.90, "target_f1": 0.90}


def squash(text: str) -> str:
    """Whitespace out, brackets, figures, double quotes and dashes of either form alike, as hand readings quote the text."""
    text = typed_forms(re.sub(r"\s+", "", text or "")).replace("（", "(").replace("）", ")")
    return text.replace("“", '"').replace("”", '"')


def _task_matches(found: dict, expected: dict) -> bool:
    title = squash(expected["title"])
    return title in squash(found["title"]) or title in squash(found.get("text", ""))[:len(title) + 12]


# Other measure words in brackets after a unit ('台（套）', '亿尾（只）', '艘（台、套）') count the same things.
_OTHER_MEASURES = re.compile(r"(?<=.)[（(][^（）()\d]{1,6}[）)]$")


def unit_key(unit: str) -> str:
    """A unit without its leading measure word, and without other measure words bracketed after it: '5个工作日' is
    5 工作日 read either way, '30台(套)' is 30 台.

    The hand readings split on both ('个工作日' in twelve held-out documents, '工作日' in three; '台（套）' in nine,
    '台' and '万套' for the same print in three), and the quantity is the same; a unit of its own ('个') stays as it is.
    """
    if not unit:
        return unit  # a relative target has none
    # "批次／千人" and "2：1" as printed, "批次/千人" and "2:1" as a hand reading writes them
    unit = _OTHER_MEASURES.sub("", unit).replace("／", "/").replace("：", ":")
    return unit[1:] if unit.startswith("个") and len(unit) > 1 else unit


# A unit's name with its brackets of any shape alike: '市发改委〈武圈办秘书处〉', '各县<市、区>政府' as printed in a copy
# that turned the brackets to angle ones, and the reader's '（…）', name the same body.
_BRACKETS = str.maketrans({**dict(zip("〈〉<>（）", "()()()", strict=True)), "“": '"', "”": '"'})  # quotes alike too


# A note of what a name takes in ('各区人民政府〈含开发区、长江新区、风景区管委会，下同〉', '各市（含定州、辛集市，下同）政府')
# names the same body with or without it: the hand readings split on it (kept in eleven held-out documents, dropped in four
# of the same issuers' plans), and the reader drops it.
_INCLUSION_NOTE = re.compile(r"\((?:含|包括)[^()]*\)")


def _unit(name: str) -> str:
    return _INCLUSION_NOTE.sub("", typed_forms(name).translate(_BRACKETS))  # '市"１２３４５"…' as the reader reads it


def _same_units(found: list, expected: list) -> bool:
    return sorted(map(_unit, found)) == sorted(map(_unit, expected))


def _target_matches(found: dict, expected: dict) -> bool:
    if (found["value"], unit_key(found["unit"])) != (expected.get("value"), unit_key(expected.get("unit"))):
        return False
    a, b = squash(found["text"]), squash(expected["text"])
    return a in b or b in a


def score_document(reading: dict, gold: dict) -> dict:
    """Counts and ratios for one document; unmatched gold tasks count against lead/support exactness."""
    used: set[int] = set()
    matched = lead = support = 0
    problems: list = []
    for expected in gold["tasks"]:
        index = next((i for i, t in enumerate(reading["tasks"]) if i not in used and _task_matches(t, expected)),
                     None)
        if index is None:
            problems.append(("missing task", expected["title"]))
            continue
        used.add(index)
        matched += 1
        found = reading["tasks"][index]
        if _same_units(found["lead"], expected["lead"]):
            lead += 1
        else:
            problems.append(("lead", expected["title"], found["lead"], expected["lead"]))
        if _same_units(found["support"], expected["support"]):
            support += 1
        else:
            problems.append(("support", expected["title"], found["support"], expected["support"]))
    used_targets: set[int] = set()
    correct = 0
    for expected in gold["targets"]:
        index = next((i for i, t in enumerate(reading["targets"])
                      if i not in used_targets and _target_matches(t, expected)), None)
        if index is None:
            problems.append(("missing target", expected["text"]))
            continue
        used_targets.add(index)
        found = reading["targets"][index]
        if (found["comparator"], found["value_max"]) == (expected["comparator"], expected.get("value_max")):
            correct += 1
        else:
            problems.append(("target attributes", expected["text"], found["comparator"], expected["comparator"]))
    problems += [("extra target", t["text"]) for i, t in enumerate(reading["targets"]) if i not in used_targets]
    counts = {"tasks": len(gold["tasks"]), "matched": matched, "lead": lead, "support": support,
              "targets": len(gold["targets"]), "found": len(reading["targets"]), "correct": correct}
    return {**counts, **ratios(counts), "problems": problems}


def ratios(c: dict) -> dict:
    """The six measures of a document's counts, or of counts summed over documents (the pooled figures)."""
    def ratio(part, whole):
        return part / whole if whole else 1.0

    precision = ratio(c["correct"], c["found"]) if c["found"] else (1.0 if not c["targets"] else 0.0)
    recall = ratio(c["correct"], c["targets"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"task_recall": ratio(c["matched"], c["tasks"]), "lead_exact": ratio(c["lead"], c["tasks"]),
            "support_exact": ratio(c["support"], c["tasks"]),
            "target_precision": precision, "target_recall": recall, "target_f1": f1}


def summarise(documents: dict) -> dict:
    """Per-document scores (``{name: score_document(…)}``) with their means, pooled figures and totals, and
    whether the means and the pooled figures reach the goals."""
    mean = {key: sum(d[key] for d in documents.values()) / max(1, len(documents)) for key in MEASURES}
    totals = {key: sum(d[key] for d in documents.values()) for key in COUNTS}
    pooled = ratios(totals)
    met = bool(documents) and all(figures[key] >= goal for figures in (mean, pooled) for key, goal in GOALS.items())
    return {"documents": documents, "mean": mean, "pooled": pooled, "totals": totals, "goals": GOALS,
            "goals_met": met}


def corrections(read_as: dict, confirmed: dict) -> dict:
    """What staff changed in the reader's reading before confirming it, scored as a hand reading scores the reader
    (the confirmed reading is the gold): counts of what was added, deleted or changed beside the usual measures.
    Tasks and targets staff add (marked ``added``) are what the reader missed; leads of an added task count against
    lead exactness as a missed task's do. What the reader missed and staff did not add is not counted."""
    scored = score_document(read_as, confirmed)
    kinds = [problem[0] for problem in scored["problems"]]
    tasks_added = sum(1 for task in confirmed["tasks"] if task.get("added"))
    targets_added = sum(1 for target in confirmed["targets"] if target.get("added"))
    return {**scored, "tasks_read": len(read_as["tasks"]), "tasks_added": tasks_added,
            "tasks_deleted": max(0, len(read_as["tasks"]) - len(confirmed["tasks"]) + tasks_added),
            "titles_changed": max(0, kinds.count("missing task") - tasks_added), "leads_changed": kinds.count("lead"),
            "supports_changed": kinds.count("support"), "targets_read": len(read_as["targets"]),
            "targets_added": targets_added,
            "targets_deleted": max(0, len(read_as["targets"]) - len(confirmed["targets"]) + targets_added),
            "targets_changed": max(0, kinds.count("missing target") - targets_added) + kinds.count("target attributes")}


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _names(value) -> bool:
    return isinstance(value, list) and all(isinstance(name, str) and name.strip() for name in value)


def _entries(gold: dict, key: str, problems: list[str]):
    """Each object of the list ``gold[key]`` with where it stands ("tasks[3]"); an entry that is no object is a
    problem."""
    for i, entry in enumerate(gold.get(key) if isinstance(gold.get(key), list) else []):
        if isinstance(entry, dict):
            yield f"{key}[{i}]", entry
        else:
            problems.append(f"{key}[{i}]：应为对象")


def gold_problems(gold) -> list[str]:
    """Why a hand reading cannot be scored (each as 'field: reason'); empty when it can."""
    if not isinstance(gold, dict):
        return ["整个文件：应为 JSON 对象"]
    problems = [f"{key}：缺少或不是列表" for key in ("tasks", "targets") if not isinstance(gold.get(key), list)]
    for where, task in _entries(gold, "tasks", problems):
        if not isinstance(task.get("title"), str) or not squash(task["title"]):
            problems.append(f"{where}.title：缺少任务标题")
        problems += [f"{where}.{key}：应为单位名称的列表" for key in ("lead", "support") if not _names(task.get(key))]
    for where, target in _entries(gold, "targets", problems):
        if not isinstance(target.get("text"), str) or not squash(target["text"]):
            problems.append(f"{where}.text：缺少原文")
        if target.get("comparator") not in COMPARATORS:
            problems.append(f"{where}.comparator：{target.get('comparator')!r} 不是 {' '.join(COMPARATORS)} 之一")
        for key in ("value", "value_max"):
            if target.get(key) is not None and not _number(target[key]):
                problems.append(f"{where}.{key}：{target[key]!r} 不是有限的数")
        if target.get("unit") is not None and not isinstance(target["unit"], str):
            problems.append(f"{where}.unit：应为文字")
        if target.get("comparator") == "range" and not (
                _number(target.get("value")) and _number(target.get("value_max"))
                and target["value_max"] > target["value"]):
            problems.append(f"{where}.value_max：区间的上限应大于下限")
    return problems


# The table's words: the suite's reports in English, the command's in Chinese.
HEADINGS = {"en": ("document", "tasks  recall  lead  support  tgt P/R/F1", "mean", "pooled", "found"),
            "zh": ("方案", "任务   识别率  牵头  配合     指标 P/R/F1", "均值", "合并", "读出")}


def report(result: dict, label: str, width: int = 52, language: str = "en") -> str:
    """The scores as a plain table: a row per document, then the means and the pooled figures."""
    document, columns, mean, pooled, found = HEADINGS[language]
    lines = [f"{label}: {document:{width - 8}} {columns}"]
    for name, d in result["documents"].items():
        lines.append(f"  {name:{width}} {d['matched']:>2}/{d['tasks']:<2}  {d['task_recall']:.2f}  {d['lead_exact']:.2f}"
                     f"  {d['support_exact']:.2f}   {d['target_precision']:.2f}/{d['target_recall']:.2f}/"
                     f"{d['target_f1']:.2f} ({d['correct']}/{d['targets']}, {found} {d['found']})")
    for key, name in (("mean", mean), ("pooled", pooled)):
        m = result[key]
        lines.append(f"  {name:{width}}        {m['task_recall']:.2f}  {m['lead_exact']:.2f}  {m['support_exact']:.2f}"
                     f"   {m['target_precision']:.2f}/{m['target_recall']:.2f}/{m['target_f1']:.2f}")
    return "\n".join(lines)
