"""Settings of employment and trade measures read as no goal (made up after the seventy-ninth batch): allowances per
head or per month, a capacity that sorts firms without 在, and a case named over two clauses before its grant."""

from tests.plans.reading import figures


def test_allowances_per_head_or_month_are_no_goals():
    assert figures("对在岗人员给予生活补贴，每人每月3400元。") == []
    assert figures("大专生每月500元、本科生每月800元，补贴期限最长36个月。") == []
    assert figures("给予安家补贴，其中博士不低于5万元/人、硕士不低于3万元/人。") == []


def test_a_total_the_plan_pays_out_stays_a_goal():
    assert figures("全年发放创业担保贷款不低于5亿元。") == [(5, "亿元", ">=")]


def test_a_capacity_that_sorts_firms_is_no_goal():
    assert figures("用户报装容量160千瓦及以下的小微企业可采用低压接入。") == []


def test_a_case_named_over_two_clauses_before_its_grant_is_no_goal():
    text = "对建设面积2000平方米以上，且年仓库货物交易额300万美元以上的自建海外仓，给予最高200万元的一次性支持。"
    assert figures(text) == []


def test_tax_rates_fees_reckoned_by_a_share_and_grant_rates_are_no_goals():
    assert figures("实施小规模纳税人增值税征收率由3%降至1%的优惠政策。") == []
    assert figures("中小微企业地方水利建设基金按90%收取。") == []
    assert figures("对出口信用保险保费补贴80%。") == []


def test_the_size_of_one_occasion_and_a_class_of_projects_are_no_goals():
    assert figures("对一次性组织市外游客300人以上来本市旅游的旅行社给予奖励。") == []
    assert figures("激励市县新开工一批百亿元级、80亿元级重大项目，全年新开工项目200个以上。") == [(200, "个", ">=")]
    assert figures("用户报装容量200千瓦及以下采用低压供电。") == []


def test_procurement_shares_set_aside_and_a_deposit_returned_are_no_goals():
    assert figures("将预留面向中小企业采购的份额由30%以上阶段性提高至40%以上。") == []
    assert figures("中小企业采购市场份额预留比例由44%提高至60%。") == []
    assert figures("对旅行社继续实施100%暂退旅游服务质量保证金政策。") == []


def test_sizes_of_fairs_a_reward_is_for_and_its_steps_are_no_goals():
    assert figures("对举办2万平方米以上规模的消费展，按照举办规模给予10万元至40万元不等的奖励。") == []
    assert figures("对举办的会议，住宿间夜数500个(含)以上予以奖励。") == []
    assert figures("对达标的工业企业，营业收入每同比增加1000万元，给予5万元奖励。") == []


def test_a_payment_standards_tiers_a_loan_base_and_an_interest_rate_are_no_goals():
    assert figures("购房补贴一次性发放，发放标准按照硕士生以上3万元、本科生2万元、大中专生1万元。") == []
    assert figures("提高住房公积金贷款抵押基数至20万元。") == []
    assert figures("省级财政按照年化利率1.5%、期限两年予以贴息。") == []
