"""Targets written with a sign or a per-mille unit, frequency floors, and counts that name things rather than state
goals (made-up sentences)."""

import pytest

from actiondesk.plans.reader.targets import find_targets


def _read(text: str) -> list[tuple]:
    return [(t["text"], t["value"], t["unit"], t["comparator"]) for t in find_targets(text)]


def test_a_cap_written_with_the_sign_in_a_bracket_is_a_target_in_per_mille():
    assert _read("海湾整体达到基本清洁（垃圾盖度≤5‰）的考核要求；") == [
        ("海湾整体达到基本清洁（垃圾盖度≤5‰）的考核要求", 5, "‰", "<=")]
    assert _read("甲湖常态化达到清洁（漂浮物盖度≤3‰）及以上水平。") == [
        ("甲湖常态化达到清洁（漂浮物盖度≤3‰）及以上水平", 3, "‰", "<=")]


def test_the_sign_is_no_part_of_the_indicator_and_a_per_mille_figure_is_a_share():
    target = find_targets("综合能耗≤3吨标准煤；垃圾盖度≤5‰。")
    assert [(t["indicator"], t["kind"]) for t in target] == [("综合能耗", "absolute"), ("垃圾盖度", "ratio")]


def test_a_per_mille_figure_after_a_comparison_word_is_a_target():
    assert _read("抛荒地占比低于5‰。") == [("抛荒地占比低于5‰", 5, "‰", "<")]


def test_a_threshold_written_with_the_sign_before_what_it_describes_is_no_target():
    assert _read("对含水率≥60%的污泥进行处置。") == []


@pytest.mark.parametrize("text, expected", [
    # A frequency stated as a floor with 至少/不少于 right before it is a goal (corpus: '每月…走访不少于两次').
    ("清洁岸段落实每两周至少一次全覆盖清理。", [("清洁岸段落实每两周至少一次全覆盖清理", 1, "次", ">=")]),
    ("重点岸段每周不少于两次巡查。", [("重点岸段每周不少于两次巡查", 2, "次", ">=")]),
    # A frequency without a floor word stays no target (corpus: '每半年开展一次', '每季度组织1次').
    ("每半年开展一次检查。", []),
    ("每季度组织1次演练。", []),
])
def test_a_frequency_is_a_target_only_as_a_floor(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "推进甲江、乙河等九条市域生态走廊建设，集聚林地。",  # a count after the names of a known set of places
    "五个新城打造高品质公园。",  # the set of places opens the clause
    "强化市域十片生态保育区的保护。",
    "着力实施千座公园计划。",  # a programme's name, as 百名…计划
])
def test_a_chinese_numeral_count_before_a_named_place_or_plan_is_no_target(text):
    assert _read(text) == []


@pytest.mark.parametrize("text, expected", [
    ("建成十个示范片区。", [("建成十个示范片区", 10, "个", ">=")]),  # a verb of making right before the count
    ("新增两条生态廊道。", [("新增两条生态廊道", 2, "条", ">=")]),
    ("新建5个城区公园。", [("新建5个城区公园", 5, "个", ">=")]),  # Arabic figures are counts of work
])
def test_counts_of_places_to_make_stay_targets(text, expected):
    assert _read(text) == expected


def test_rebuilding_and_extending_are_verbs_of_work_committed():
    assert _read("依托现有资源，促进林地组合，改建50座左右开放休闲林地公园。") == [
        ("改建50座左右开放休闲林地公园", 50, "座", "≈")]
    assert _read("扩建3所学校。") == [("扩建3所学校", 3, "所", ">=")]
