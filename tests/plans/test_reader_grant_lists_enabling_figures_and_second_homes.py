"""Settings of housing measures that are no goals: the sums a grant pays each kind of recipient after its colon
("发放购房补贴：博士研究生20万元，…"), a figure that lets a case apply even after a comma ("…25%以上,即可申请…"), and
a second home ("二套住房") that counts nothing, a loan limit raised from its old figure ("…贷款额度,由原70万元提高至80万元"),
the size of the projects a grant is for ("1亿元以上（含）项目，…给予奖励"), a grant's yearly tiers ("其中第一年为80%") and
supervision and loan-rate settings ("预售资金监管系数下调10%", "报价利率减20个基点", "最低首付款不低于20%")."""

from tests.plans.reading import figures


def test_the_sums_a_grant_pays_each_kind_of_recipient_are_no_goals():
    text = "对符合条件的人才，发放一次性购房补贴：博士研究生20万元，全日制硕士研究生5万元，其他高校本科毕业生2万元。"
    assert figures(text) == []
    assert figures(text.replace("：", ":").replace("，", ",")) == []


def test_goals_after_a_colon_that_is_no_grant_still_count():
    assert figures("培育目标：到2025年，新增企业20家，产值达到50亿元。") == [(20, "家", ">="), (50, "亿元", ">=")]


def test_a_figure_that_lets_a_case_apply_after_a_comma_is_no_goal():
    assert figures("投入开发建设的资金达到工程建设总投资25%以上,即可申请办理预售许可证。") == []


def test_a_second_home_counts_nothing():
    assert figures("将二套住房商业性个人住房贷款利率政策下限调整为不低于报价利率加20个基点。") == []
    assert figures("新建保障性住房200套。") == [(200, "套", ">=")]


def test_a_loan_limit_raised_from_its_old_figure_is_a_setting():
    assert figures("提高住房公积金贷款额度,由原70万元提高至80万元。") == []
    assert figures("力争将全市规上企业数量由300家提高至500家。") == [(500, "家", ">=")]


def test_the_size_of_the_projects_a_grant_is_for_is_no_goal():
    assert figures("新引进固定资产投资1亿元以上（含）项目，市政府按实际完成投资额1%给予企业一次性奖励。") == []
    assert figures("力争引进10亿元以上项目5个，全年实现投资100亿元。") == [(5, "个", ">="), (100, "亿元", ">=")]


def test_a_grants_yearly_tiers_are_no_goals():
    assert figures("5年内按不高于80%的比例分档实施奖补，其中第一年为80%，第二年、第三年为70%。") == []


def test_supervision_and_loan_rate_settings_are_no_goals():
    assert figures("信用等级为AAA级的房地产企业，预售资金监管系数下调10%。") == []
    assert figures("利率政策下限为不低于相应期限贷款市场报价利率减20个基点。") == []
    assert figures("首套住房商业性个人住房贷款最低首付款不低于20%。") == []


def test_a_price_moved_from_a_reference_price_and_shares_by_year_are_settings():
    assert figures("住房类存量房按2021年系统评估价格下调15%，商业类非住宅存量房按2021年系统评估价格下调25%。") == []
    assert figures("房地产开发企业按第一年30%、第二年30%、第三年40%的比例缴纳。") == []
    assert figures("推动全市工业品出厂价格下调5%。") == [(5, "%", ">=")]


def test_a_standard_raised_to_a_share_of_another_and_a_trigger_after_when_are_settings():
    assert figures("对当年见习期满留用率达到50%以上的见习单位，补贴标准提高到最低工资标准的100%。") == []
    assert figures("当居民消费价格指数单月同比涨幅达到3%，启动价格补贴联动机制。") == []
    assert figures("力争将农村低保标准提高到城市低保标准的80%。") == [(80, "%", ">=")]
    assert figures("当前全市规上企业达到500家。") == [(500, "家", ">=")]
