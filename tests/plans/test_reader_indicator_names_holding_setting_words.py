"""Indicators whose names hold a word of a setting (made up after the ninety-second batch's 银川 plan): an online
payment rate ('缴费率' is no fee rate), a one-off employment rate ('一次性' sizes no occasion here), a holding of patents
('拥有量' is an indicator, not what a place already holds), and a fee rate the plan brings below a bound."""

from tests.plans.reading import figures


def test_indicators_named_with_payment_once_and_holding_words_are_goals():
    assert figures("到2023年，网上缴费率达到80%以上。") == [(80, "%", ">=")]
    assert figures("职业院校一次性就业率保持在90%以上。") == [(90, "%", ">=")]
    assert figures("2024年万人有效发明专利拥有量达到12件。") == [(12, "件", ">=")]


def test_a_fee_rate_brought_below_a_bound_is_a_goal_but_one_set_by_a_rule_is_not():
    assert figures("政府性融资担保机构平均担保费率降至1.5%以下。") == [(1.5, "%", "<=")]
    assert figures("将失业保险费率降至1%。") == []
    assert figures("现有社区已拥有3个活动室。") == []


def test_a_multiple_of_an_average_is_a_figure_but_the_average_alone_stays_a_relative_goal():
    assert figures("到2025年，研发投入强度达到全省平均水平的2倍以上。") == [(2, "倍", ">=")]
    assert figures("到2025年，研发投入强度高于全省平均水平。") == [(None, None, ">")]
