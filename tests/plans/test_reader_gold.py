"""The reader agrees with the hand-checked reading of the Shenfu 2026 sample plan."""

import pytest

from actiondesk.plans.reader import read_plan, read_plan_file
from actiondesk.plans.samples import SHENFU_2026_TEXT as PLAN
from tests.helpers import assert_reads_like_gold, target_agreement


@pytest.fixture(scope="module")
def reading() -> dict:
    return read_plan_file(PLAN)


def test_sample_plan_reads_like_the_gold_reading(reading, gold_reading):
    assert_reads_like_gold(reading, gold_reading)


def test_sample_plan_finds_all_38_gold_targets_with_their_attributes(reading, gold_reading):
    agreement = target_agreement(reading["targets"], gold_reading["targets"])
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


def test_gb18030_copy_reads_the_same_as_the_utf8_original(reading, gold_reading):
    data = PLAN.read_text(encoding="utf-8").encode("gb18030")
    again = read_plan(data, "plan.txt")
    assert_reads_like_gold(again, gold_reading)
    assert again["targets"] == reading["targets"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gbk"])
def test_other_encodings_of_the_plan_read_the_same(reading, encoding):
    data = PLAN.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding)
    assert read_plan(data, "plan.TXT")["tasks"] == reading["tasks"]


def test_title_override_wins_and_sets_the_year(gold_reading):
    data = PLAN.read_bytes()
    reading = read_plan(data, "plan.txt", title="2027年某区行动方案")
    assert (reading["title"], reading["year"]) == ("2027年某区行动方案", 2027)


def test_annex_notes_are_collected_and_are_not_targets(reading, gold_reading):
    assert reading["annexes"] == gold_reading["annexes"]
    assert not any("附件" in target["text"] for target in reading["targets"])
