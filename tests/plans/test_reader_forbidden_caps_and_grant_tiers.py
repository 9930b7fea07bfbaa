"""Figures a rule or a grant sets, read as no goal: a cap a rule forbids going past, a case a grant is reckoned by, a
sum a measure pays by a standard, and the tiers of a grant listed after a lead-in that names them (made-up sentences)."""

from tests.plans.reading import figures


def test_a_cap_a_rule_forbids_going_past_is_no_goal():
    assert figures("可继续提供贷款贴息，但累计次数不得超过3次。") == []
    assert figures("对同一企业的现场检查一年内不得高于两次。") == []


def test_a_floor_a_rule_sets_with_the_same_words_stays():
    assert figures("专职安全管理人员不得少于2人。") == [(2, "人", ">=")]


def test_a_case_a_grant_is_reckoned_by_is_no_goal():
    assert figures("对成功招引高校毕业生，按每招引1人（签订1年以上劳动合同）500元的标准，给予人才招引补贴。") == []


def test_a_sum_paid_by_a_standard_is_no_goal_but_a_built_norm_stays():
    assert figures("按人口不低于5元标准下拨临时救助备用金。") == []
    assert figures("新建小区按照每百户不低于20平方米建筑面积的标准配建养老服务用房。") == [(20, "平方米", ">=")]


def test_the_tiers_of_a_grant_after_its_lead_in_are_no_goals():
    text = "对取得职业资格证书的，按以下标准给予培训补贴：初级3000元、中级4500元，高级6000元。全年培训技能人才2000人次以上。"
    assert figures(text) == [(2000, "人次", ">=")]
