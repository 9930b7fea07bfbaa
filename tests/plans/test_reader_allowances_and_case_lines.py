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
