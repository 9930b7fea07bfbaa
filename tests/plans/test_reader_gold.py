"""The reader agrees with the hand-checked reading of the Shenfu 2026 sample plan."""

import json
import re

import pytest

from actiondesk.plans.reader import read_plan, read_plan_file
from actiondesk.plans.samples import SHENFU_2026_GOLD, SHENFU_2026_TEXT

PLAN = SHENFU_2026_TEXT
GOLD = SHENFU_2026_GOLD
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


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reading() -> dict:
    return read_plan_file(PLAN)


def test_sample_plan_reads_like_the_gold_reading(reading, gold):
    assert_reads_like_gold(reading, gold)


def test_sample_plan_finds_all_38_gold_targets_with_their_attributes(reading, gold):
    agreement = target_agreement(reading["targets"], gold["targets"])
    assert (agreement["agreeing"], agreement["found"]) == (38, 38), agreement["problems"]


def test_target_offsets_point_at_the_target_text_in_the_document(reading):
    for target in reading["targets"]:
        assert reading["text"][target["start"]:target["end"]] == target["text"]
        assert target["text"] in target["sentence"]


def test_relative_target_names_its_reference(reading):
    relative = [t for t in reading["targets"] if t["kind"] == "relative"]
    assert [(t["reference"], t["comparator"], t["value"]) for t in relative] == [(
        "全省平均水平", ">", None)]


def test_task_text_keeps_the_body_without_the_responsibility_clause(reading):
    first = reading["tasks"][0]
    assert first["text"].startswith("巩固提升主导产业。编制")
    assert "责任部门" not in first["text"]
    assert first["responsibility"] == "(责任部门:发展改革局、产业创新局、投资促进局)"


def test_every_department_but_everyone_is_listed(reading):
    assert "机关各部门" in reading["tasks"][16]["support"]
    assert "机关各部门" not in reading["departments"]


def test_gb18030_copy_reads_the_same_as_the_utf8_original(reading, gold):
    data = PLAN.read_text(encoding="utf-8").encode("gb18030")
    again = read_plan(data, "plan.txt")
    assert_reads_like_gold(again, gold)
    assert again["targets"] == reading["targets"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gbk"])
def test_other_encodings_of_the_plan_read_the_same(reading, encoding):
    data = PLAN.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding)
    assert read_plan(data, "plan.TXT")["tasks"] == reading["tasks"]


def test_title_override_wins_and_sets_the_year(gold):
    data = PLAN.read_bytes()
    reading = read_plan(data, "plan.txt", title="2027年某区行动方案")
    assert (reading["title"], reading["year"]) == ("2027年某区行动方案", 2027)


def test_annex_notes_are_collected_and_are_not_targets(reading, gold):
    assert reading["annexes"] == gold["annexes"]
    assert not any("附件" in target["text"] for target in reading["targets"])
