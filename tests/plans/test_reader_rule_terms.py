"""Terms of credit, deposits, fees and taxes a measure sets are no goals (the seventy-third batch's housing and
economy measures, on made-up sentences): down-payment shares, loan limits and multiples, deposits and land-price
payments, fee rates lowered, tax credits, a plot-ratio reward. A rate the plan strives to bring down, a fall it is to
achieve and a loan balance to grow stay goals. Also no goals: a programme named by a round count after 实施
('推进实施万名…项目'), a grant as a share of a price capped in money ('给予购房合同总价2%、最高不超过3万元的补贴'),
and what a case must show to qualify ('若…超过200人', '…完成50％即可申请…贷款')."""

from tests.plans.reading import figures as _read


def test_down_payments_loan_limits_and_deposits_are_settings():
    assert _read("首套住房商业性个人住房贷款最低首付款比例调整为不低于20%。") == []
    assert _read("住房公积金贷款额度提高到60万元。") == []
    assert _read("人才贷款限额倍数分别为4倍、3倍和2倍。") == []
    assert _read("竞买保证金按不低于挂牌起始价的20%执行。") == []


def test_fee_rates_tax_credits_and_a_plot_ratio_reward_are_settings():
    assert _read("养老保险单位费率从19%降低到16%。") == []
    assert _read("对纳税人可抵扣进项税额分别按10%和15%加计抵减应纳税额。") == []
    assert _read("在容积率计容上分别给予1%、2%奖励。") == []


def test_a_rate_the_plan_strives_for_and_a_fall_it_achieves_stay_goals():
    assert _read("力争将综合费率由2%降至1%以下。") == [(1, "%", "<=")]
    assert _read("2026年流量资费实现下降20%以上。") == [(20, "%", ">=")]
    assert _read("全市普惠小微贷款余额增长15%以上。") == [(15, "%", ">=")]


def test_a_programme_named_by_a_round_count_after_implementing_is_no_goal():
    assert _read("推进实施万名大学生基层就业项目。") == []
    assert _read("建设百个示范项目。") == [(100, "个", ">=")]


def test_a_grant_as_a_share_of_a_price_with_a_cap_in_money_is_no_goal():
    assert _read("给予购房合同总价2%、最高不超过3万元的补贴。") == []


def test_a_loan_rate_in_basis_points_and_a_price_paid_in_a_month_are_settings():
    assert _read("首套住房贷款利率下限调整为不低于相应期限贷款市场报价利率减20个基点。") == []
    assert _read("竞得人一个月内缴纳比例不低于全部价款的50%。") == []
    assert _read("贷款额由不高于房价的70%提高到不高于房价的80%。") == []


def test_what_a_case_must_show_to_qualify_is_no_goal():
    assert _read("若年度吸纳见习人员超过200人，给予一次性奖励。") == []
    assert _read("高层住宅主体完成50％即可申请住房公积金贷款。") == []
    assert _read("全年吸纳见习人员超过200人。") == [(200, "人", ">=")]


def test_a_change_of_a_setting_after_a_comma_is_no_goal_either():
    assert _read("贷款额由不高于房价的70%，提高到不高于房价的80%。") == []
    assert _read("全市新增企业50家，提高到100家。") == [(50, "家", ">="), (100, "家", ">=")]


def test_the_first_of_two_sizes_that_sort_the_cases_is_no_goal():
    assert _read("投资额在100万元以下（含）或建筑面积在300平方米以下（含）的餐饮门店，无需申请施工许可证。") == []


def test_a_figure_in_what_is_to_be_made_public_is_no_goal():
    assert _read("做好新增2万个学位、推进集团化办学等义务教育优质均衡发展信息公开。") == []
    assert _read("全年新增2万个学位。") == [(2, "万个", ">=")]


def test_the_items_after_a_lead_in_naming_the_conditions_to_meet_are_no_goals():
    text = ("对网络交易额满足以下条件之一的商贸企业，分别给予最高10万元奖励：（1）零售企业网络销售额达到500万元、1000万元以上；"
            "（2）农产品网络销售额达到300万元以上。")
    assert _read(text) == []
    assert _read("全年网络销售额达到500万元以上。") == [(500, "万元", ">=")]
