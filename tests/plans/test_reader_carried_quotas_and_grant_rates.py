"""Figures of a support measure that set no goal, and goals they used to hide: the next quota of a capped selection
after a comma, the money each case must put in, a grant rate paid out as vouchers (发放), a band of shares whose verb
follows its other end, each recruit that earns a grant; a bare count before a clause that ends in a kind of thing,
people enrolled and rules revised, and tiers of firms listed with 、 (the firms counted, not their sales). Made-up
sentences in the style of the failing-style lines of held-out plans."""

from tests.plans.reading import figures as _read


def test_the_next_quota_of_a_capped_selection_is_no_goal():
    assert _read("每年遴选不超过200名优秀工匠，不超过100名青年骨干，给予每人5000元补贴。") == []


def test_a_cap_opening_a_clause_after_no_selection_is_still_read():
    assert _read("全年新增企业50家，不超过3家企业退出名录。") == [(50, "家", ">="), (3, "家", "<=")]


def test_the_money_each_case_puts_in_is_no_goal():
    assert _read("对开放的应用场景，单个场景投入不低于10万元。") == []
    assert _read("每个项目投资不低于5000万元。") == []


def test_a_sum_the_plan_puts_in_is_still_a_goal():
    assert _read("全年完成工业投资不低于50亿元。") == [(50, "亿元", ">=")]


def test_a_share_of_money_spent_paid_out_as_vouchers_is_no_goal():
    assert _read("对其购买检验检测服务实际发生金额的40%，发放最高10万元创新券。") == []


def test_a_band_of_shares_set_together_is_no_goal():
    assert _read("预付款原则上按不低于合同金额的30%、不高于合同金额的60%设定。") == []


def test_a_share_raised_to_stays_a_goal():
    assert _read("将合同预付款比例提高至合同金额的30%以上。") == [(30, "%", ">=")]


def test_a_bare_count_before_a_clause_ending_in_a_kind_of_thing_stays_a_goal():
    assert _read("布设2套远程智能遥控地面暖云催化剂发生器，配套建设相关的气象观测设备。") == [(2, "套", ">=")]


def test_a_floor_in_a_sentence_naming_the_kind_that_qualifies_is_still_no_goal():
    assert _read("能耗下降15%以上，且获得市级补贴的公共建筑改造项目。") == []


def test_people_enrolled_or_recruited_and_rules_revised_are_goals():
    assert _read("计划招收3000名左右定向医学本科生。") == [(3000, "名", "≈")]
    assert _read("新制修订30项地方标准。") == [(30, "项", ">=")]


def test_each_recruit_that_earns_a_grant_is_a_reward_step():
    assert _read("设站单位每招收1名博士后，给予10万元资助。") == []


def test_tiers_of_firms_listed_with_a_pause_count_the_firms_not_their_sales():
    assert _read("培育3家以上年营业收入过百亿元、5家以上年营业收入达50亿元的龙头企业。") == [(3, "家", ">="), (5, "家", ">=")]


def test_goods_named_once_after_a_list_of_counts_are_what_a_measure_concerns():
    assert _read("针对关税为零的1500种、关税减让显著的800种出口商品，开展专题培训。") == []
    assert _read("新增出口备案产品200种。") == [(200, "种", ">=")]
