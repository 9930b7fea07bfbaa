"""Helpers shared by test files that are not fixtures: comparing a plan reading with the sample plan's gold reading."""
import re

TASK_KEYS = ("number", "title", "group", "lead", "support")
TARGET_ATTRIBUTES = ("comparator", "value_max", "kind", "task")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def target_matches(found: dict, expected: dict) -> bool:
    """Same value and unit, and one text contains the other."""
    if (found["value"], found["unit"]) != (expected["value"], expected["unit"]):
        return False
    a, b = _squash(found["text"]), _squash(expected["text"])
    return a in b or b in a


def target_agreement(found: list[dict], expected: list[dict]) -> dict:
    """Counts of matched targets, and of those the ones whose attributes also agree."""
    used: set[int] = set()
    matched, agreeing, problems = 0, 0, []
    for gold in expected:
        index = next((i for i, t in enumerate(found) if i not in used and target_matches(t, gold)), None)
        if index is None:
            problems.append(("missing", gold["text"]))
            continue
        used.add(index)
        matched += 1
        wrong = [key for key in TARGET_ATTRIBUTES if found[index][key] != gold[key]]
        if wrong or ("reference" in gold and found[index].get("reference") != gold["reference"]):
            problems.append(("attributes", gold["text"], wrong))
        else:
            agreeing += 1
    problems += [("extra", t["text"]) for i, t in enumerate(found) if i not in used]
    return {
        "matched": matched, "agreeing": agreeing, "found": len(found), "expected": len(expected),
        "recall": agreeing / len(expected), "precision": agreeing / max(len(found), 1),
        "problems": problems,
    }


def assert_reads_like_gold(reading: dict, gold: dict) -> None:
    for key in ("title", "year", "goals", "programmes", "safeguards", "departments"):
        assert reading[key] == gold[key], key
    assert [{key: task[key] for key in TASK_KEYS} for task in reading["tasks"]] == gold["tasks"]
    agreement = target_agreement(reading["targets"], gold["targets"])
    assert agreement["recall"] >= 0.95, agreement["problems"]
    assert agreement["precision"] >= 0.95, agreement["problems"]
