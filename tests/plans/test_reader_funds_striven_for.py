"""Funds a plan strives to bring in are its goals ("争取中央预算内投资5亿元以上", "争取上级资金支持10亿元以上"): the
central budget's investment channel (预算内投资) and the support of funds name what is to be won, not money the plan sets
aside or grants — which stays no goal ("省财政预算安排280亿元", "给予资金支持10万元")."""

import pytest

from tests.plans.reading import figures


@pytest.mark.parametrize("sentence, expected", [
    ("争取中央预算内投资5亿元以上。", [(5, "亿元", ">=")]),
    ("全年争取中央预算内资金5亿元以上。", [(5, "亿元", ">=")]),
    ("争取资金支持10亿元以上。", [(10, "亿元", ">=")]),
])
def test_funds_striven_for_are_goals(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence", ["省财政预算安排280亿元。", "给予资金支持10万元。", "中央预算内投资补助5000万元。"])
def test_funds_set_aside_or_granted_are_no_goals(sentence):
    assert figures(sentence) == []
