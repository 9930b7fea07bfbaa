"""The standard, allowance, sharing, threshold and reward step of a subsidy are the measure's settings, not goals of
the plan: "补贴标准为…价格的15%", "按…投资额20%的标准予以补贴", "每人每类可补贴1件", "按照85%:15%比例共担",
"支持门槛降低至1000万元", "增量每达1000万元"."""

from tests.plans.reading import figures


def _targets(sentence: str):
    return [(value, unit) for value, unit, _ in figures(sentence)]


def test_a_subsidy_standard_stated_as_a_share_of_the_price_is_no_goal():
    assert _targets("购买冰箱等产品，补贴标准为产品销售价格的15%，全年更新家电20万台以上。") == [(20, "万台")]


def test_a_share_of_an_investment_that_sets_the_standard_of_a_subsidy_is_no_goal():
    assert _targets("按照不超过新购一级能效设备投资额20%、新购二级能效设备投资额15%的标准予以补贴。") == []


def test_what_each_buyer_may_have_subsidised_is_no_goal():
    assert _targets("每位消费者每类产品可补贴1件。") == []


def test_the_shares_in_which_funds_are_borne_are_no_goal():
    assert _targets("所需资金由中央和市级财政按照85%:15%比例共担。") == []


def test_a_lowered_threshold_of_support_is_no_goal():
    assert _targets("将设备更新支持门槛降低至1000万元。") == []


def test_each_step_of_growth_that_earns_a_reward_is_no_goal_but_the_growth_committed_is():
    assert _targets("零售额增量每达1000万元，奖励10万元；全年零售额增长10%以上。") == [(10, "%")]
