"""Settings of an investment or support policy that are no goals: what a firm must have or pay to qualify ("实缴注册资本不低于
5000万元", "对地方经济贡献不低于300万元", "纳税额度达到1500万元"), a tier's cap ("300万元以上的部分不超过20%") and a rate of a named
base a sum is reckoned at ("分别按照不低于工程竣工结算价1.5%…计取"); a floor on a share the plan sets ("规上企业研发投入占比不低于
4%") stays a goal."""

import pytest

from tests.plans.reading import figures


@pytest.mark.parametrize("sentence", [
    '对新引进的上市企业、500强企业，在我市设立区域总部，实缴注册资本不低于5000万元的，给予一次性奖励。',
    '对年产值超过8亿元，在全市范围内纳税额度达到1500万元，且年度内未发生安全事故的建筑业企业，授予称号。',
    '项目经费100万元至300万元的部分不超过25%，300万元以上的部分不超过20%。',
    '对获得国家和省级优质工程奖项的，分别按照不低于工程竣工结算价1.5%、1.0%的标准计取奖励费用。',
])
def test_qualifications_tiers_and_rates_of_a_named_base_are_no_goals(sentence):
    assert figures(sentence) == []


def test_a_floor_on_a_share_the_plan_sets_stays_a_goal():
    assert figures("到2027年，规上工业企业研发投入占营业收入比重不低于4%。") == [(4, "%", ">=")]
