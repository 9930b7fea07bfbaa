"""Score the plan reader against hand readings of real published plans (tests/plans/corpus/).

Per document: task recall, lead and support exactness, target precision/recall/F1; then the means over the
documents and the pooled figures, separately for the documents the rules were tuned on and the held-out ones.
Run ``python -m tests.plans.corpus_scorer`` for the table.
"""

import json
import re
from pathlib import Path

from actiondesk.plans.reader import PlanReadError, read_plan_file

CORPUS = Path(__file__).parent / "corpus"
DOCUMENTS = CORPUS / "documents"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "").replace("（", "(").replace("）", ")")


def sources() -> dict:
    return json.loads((CORPUS / "sources.json").read_text(encoding="utf-8"))


def gold_of(slug: str) -> dict:
    return json.loads((DOCUMENTS / f"{slug}.gold.json").read_text(encoding="utf-8"))


def read(slug: str) -> dict:
    try:
        return read_plan_file(DOCUMENTS / f"{slug}.txt")
    except PlanReadError:
        return {"tasks": [], "targets": []}


def _task_matches(found: dict, expected: dict) -> bool:
    title = _squash(expected["title"])
    return title in _squash(found["title"]) or title in _squash(found["text"])[:len(title) + 12]


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
    unit = _OTHER_MEASURES.sub("", unit).replace("／", "/")  # "批次／千人" as printed, "批次/千人" as the reader writes it
    return unit[1:] if unit.startswith("个") and len(unit) > 1 else unit


# A unit's name with its brackets of any shape alike: '市发改委〈武圈办秘书处〉', '各县<市、区>政府' as printed in a copy
# that turned the brackets to angle ones, and the reader's '（…）', name the same body.
_BRACKETS = str.maketrans("〈〉<>（）", "()()()")


# A note of what a name takes in ('各区人民政府〈含开发区、长江新区、风景区管委会，下同〉', '各市（含定州、辛集市，下同）政府')
# names the same body with or without it: the hand readings split on it (kept in eleven held-out documents, dropped in four
# of the same issuers' plans), and the reader drops it.
_INCLUSION_NOTE = re.compile(r"\((?:含|包括)[^()]*\)")


def _unit(name: str) -> str:
    return _INCLUSION_NOTE.sub("", name.translate(_BRACKETS))


def _same_units(found: list, expected: list) -> bool:
    return sorted(map(_unit, found)) == sorted(map(_unit, expected))


def _target_matches(found: dict, expected: dict) -> bool:
    if (found["value"], unit_key(found["unit"])) != (expected["value"], unit_key(expected["unit"])):
        return False
    a, b = _squash(found["text"]), _squash(expected["text"])
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
        if (found["comparator"], found["value_max"]) == (expected["comparator"], expected["value_max"]):
            correct += 1
        else:
            problems.append(("target attributes", expected["text"], found["comparator"], expected["comparator"]))
    problems += [("extra target", t["text"]) for i, t in enumerate(reading["targets"]) if i not in used_targets]
    counts = {"tasks": len(gold["tasks"]), "matched": matched, "lead": lead, "support": support,
              "targets": len(gold["targets"]), "found": len(reading["targets"]), "correct": correct}
    return {**counts, **_ratios(counts), "problems": problems}


def _ratios(c: dict) -> dict:
    def ratio(part, whole):
        return part / whole if whole else 1.0

    precision = ratio(c["correct"], c["found"]) if c["found"] else (1.0 if not c["targets"] else 0.0)
    recall = ratio(c["correct"], c["targets"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"task_recall": ratio(c["matched"], c["tasks"]), "lead_exact": ratio(c["lead"], c["tasks"]),
            "support_exact": ratio(c["support"], c["tasks"]),
            "target_precision": precision, "target_recall": recall, "target_f1": f1}


MEASURES = ("task_recall", "lead_exact", "support_exact", "target_precision", "target_recall", "target_f1")


def score_set(split: str) -> dict:
    """Per-document scores, their means, and the pooled scores of one split ("tune" or "held_out")."""
    documents = {slug: score_document(read(slug), gold_of(slug))
                 for slug, source in sources().items() if source["split"] == split}
    mean = {key: sum(d[key] for d in documents.values()) / len(documents) for key in MEASURES}
    totals = {key: sum(d[key] for d in documents.values())
              for key in ("tasks", "matched", "lead", "support", "targets", "found", "correct")}
    return {"documents": documents, "mean": mean, "pooled": _ratios(totals), "totals": totals}


def table(split: str) -> str:
    result = score_set(split)
    lines = [f"{split}: {'document':44} tasks  recall  lead  support  tgt P/R/F1"]
    for slug, d in result["documents"].items():
        lines.append(f"  {slug:52} {d['matched']:>2}/{d['tasks']:<2}  {d['task_recall']:.2f}  {d['lead_exact']:.2f}"
                     f"  {d['support_exact']:.2f}   {d['target_precision']:.2f}/{d['target_recall']:.2f}/"
                     f"{d['target_f1']:.2f} ({d['correct']}/{d['targets']}, found {d['found']})")
    for name in ("mean", "pooled"):
        m = result[name]
        lines.append(f"  {name:52}        {m['task_recall']:.2f}  {m['lead_exact']:.2f}  {m['support_exact']:.2f}"
                     f"   {m['target_precision']:.2f}/{m['target_recall']:.2f}/{m['target_f1']:.2f}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a report for people
    import sys

    for split in ("tune", "held_out"):
        print(table(split))
    if "-v" in sys.argv:
        for split in ("tune", "held_out"):
            for slug, d in score_set(split)["documents"].items():
                for problem in d["problems"]:
                    print(slug, problem)
