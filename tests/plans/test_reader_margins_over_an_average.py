"""A margin over an average ("增速高于全省平均水平1个百分点以上", "低于全国平均水平1个百分点左右") is a figure in
个百分点 with its own comparator; an average alone ("增速高于全国平均水平") stays a relative goal without a figure."""

import pytest

from tests.plans.reading import figures


@pytest.mark.parametrize("sentence, expected", [
    ("全市规上工业增加值增速高于全省平均水平1个百分点以上。", [(1, "个百分点", ">=")]),
    ("力争社会物流总费用与地区生产总值比率低于全国平均水平1个百分点左右。", [(1, "个百分点", "≈")]),
    ("增速高于全国平均水平。", [(None, "%", ">")]),
])
def test_a_margin_over_an_average_is_a_figure_in_points(sentence, expected):
    assert figures(sentence) == expected
