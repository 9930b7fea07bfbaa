"""Goals whose unit has a denominator, each a general rule tried on made-up sentences: a ratio brought to a value
("车桩比达到1.9:1" — the colon is the ratio's, not a label's; a split a rule sets, "按照1:1的比例配套", stays out),
a density per ten thousand workers ("150台/万人"), an amount per head ("0.7千克/人") and a use per ten thousand yuan
of output ("9立方米/万元")."""

import pytest

from actiondesk.plans.reader.targets import find_targets


def _read(sentence: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["comparator"]) for t in find_targets(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("到2027年新能源车桩比达到1.9:1，新车销量中新能源汽车占比达到50%。", [(1.9, ":1", ">="), (50, "%", ">=")]),
        ("到2025年，车桩增量比力争达到2：1。", [(2, "：1", ">=")]),
        ("全市车桩比降至2.5:1以下。", [(2.5, ":1", "<=")]),
        ("到2025年，工业机器人应用密度达到150台/万人。", [(150, "台/万人", ">=")]),
        ("全市公共机构日人均生活垃圾排放量降低至0.7千克/人。", [(0.7, "千克/人", "<=")]),
        ("单位地区生产总值水耗控制在9立方米/万元以内。", [(9, "立方米/万元", "<=")]),
    ],
)
def test_goals_with_a_denominator_are_read_with_their_whole_unit(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "在获得市级财政补贴后，按照2:1的比例予以区级配套补贴。",
        "所需补助资金由市、区两级按照1：1比例负担。",
        "女厕位与男厕位的比例不小于2：1。",
        "第一格到第三格容量的比例为2:1:3。",
        "新建商品房地下车位，根据户数按1:1的标准配置。",
        "城市地质调查工作程度达到1:10000。",
    ],
)
def test_a_ratio_a_rule_sets_or_a_scale_is_no_goal(sentence):
    assert _read(sentence) == []


def test_a_label_before_a_colon_still_opens_its_paragraph():
    assert _read("重点任务：到2025年新增充电桩3000个。") == [(3000, "个", ">=")]
