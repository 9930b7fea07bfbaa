"""Terms of operating subsidies read as no goal (made up after the ninetieth batch's 低空 measures): what a firm's
flights must reach before a rate is paid, each route opened, a yearly grant per recognised platform, and the altitude
a coverage rate is measured at; a total the plan is to reach stays a goal. And a count of times cut down with its
object before 至 (the eighty-eighth batch's 三亚 plan)."""

from tests.plans.reading import figures


def test_hours_a_firm_must_fly_before_a_rate_is_paid_are_no_goal():
    text = "对于主运行基地设在本省的通航企业年飞行小时达到200小时，按照最大起飞重量1吨以下的航空器每小时300元的标准给予补贴。"
    assert figures(text) == []
    assert figures("对于开展商业化飞行的企业，每开通一条固定航线且年飞行小时达到150小时，按照800元/小时给予运营补贴。") == []


def test_a_yearly_grant_per_recognised_platform_and_the_altitude_of_a_rate_are_no_goals():
    assert figures("对新获批的国家技术创新中心，每年支持300万元，连续支持三年。") == []
    assert figures("提升天气雷达300米高度探测覆盖率。") == []


def test_a_total_of_flying_hours_the_plan_is_to_reach_stays_a_goal():
    assert figures("到2027年，全市年飞行小时达到1万小时以上。") == [(1, "万小时", ">=")]


def test_a_count_of_times_cut_down_with_its_object_before_zhi_is_a_cap():
    assert figures("进一步压减企业申报和缴税的次数至4次。") == [(4, "次", "<=")]
    assert figures("全年开展培训不少于4次。") == [(4, "次", ">=")]


def test_an_insured_amount_per_mu_and_an_interest_subsidy_in_points_are_no_goals():
    assert figures("对产粮大县实施完全成本保险，保险保额每亩分别为700元、1200元。") == []
    assert figures("对符合条件的项目贷款给予等额再贷款支持和2个百分点贴息。") == []
    assert figures("人民银行向金融机构发放再贷款的比例从贷款本金的50%提升到100%。") == []
