"""Lines a rule draws, read as no goals: a grant's cap opening the clause after the grant ("…给予一定比例的分类补助，最高不超过
90%"), the size or band that sorts the cases a rate is paid for ("最大起飞重量1吨（含）以下的航空器予以500元/小时"), a share
of a building project's own budget a pre-sale permit or a supervised fund is held to ("投入开发建设的资金达到工程建设总投资
的25%", "最低不少于工程预算清册总额的100%"), the children a family raises ("重组家庭承担两个(含)以上未成年子女抚养义务的")
and a discount's rate ("开户手续费实行不低于50%优惠")."""

from tests.plans.reading import figures as _read


def test_a_cap_opening_the_clause_after_a_grant_is_the_grants_cap():
    assert _read("对企业参加境外国际性展会的净展位费给予一定比例的分类补助，最高不超过90%。") == []
    assert _read("力争全市规上企业研发机构覆盖率达到50%，最高达到60%。") == [(50, "%", ">="), (60, "%", ">=")]


def test_the_size_or_band_that_sorts_the_cases_of_a_rate_is_no_goal():
    assert _read("按照最大起飞重量1吨（含）以下的航空器予以500元/小时、最大起飞重量1吨（不含）—5吨（不含）的航空器予以"
                 "2000元/小时。") == []


def test_a_share_of_a_building_projects_own_budget_is_a_rule_line_but_a_share_of_all_investment_stays_a_goal():
    assert _read("简化房地产项目投入开发建设的资金达到工程建设总投资的25%认定材料。") == []
    assert _read("在申请高层楼栋预售许可时投入资金达到工程建设总投资额的25%以上且形象进度达到正负零。") == []
    assert _read("重点监管资金总额可适当下调，最低不少于工程预算清册总额的100%。") == []
    assert _read("力争全市社会投资占总投资的60%以上。") == [(60, "%", ">=")]


def test_the_children_a_family_raises_and_a_discounts_rate_are_no_goals():
    assert _read("因婚姻关系变更重组家庭承担两个(含)以上未成年子女抚养义务的，可参照执行。") == []
    assert _read("鼓励银行为个体工商户开立的单位结算账户开户手续费实行不低于50%优惠。") == []
    assert _read("力争贷款平均利率下降10%。") == [(10, "%", ">=")]


def test_the_advance_a_contract_pays_and_a_loans_price_over_a_base_rate_are_rule_terms():
    assert _read("预付款比例不低于50%。") == []
    assert _read("中小微企业中标的货物和服务类项目预付款比例由30%提高至50%。") == []
    assert _read("预付款应不低于合同总价(扣除暂列金额)的10%。") == []
    assert _read("贴息后借款利率不超过一年期贷款基础利率(LPR)加15个基点。") == []
    assert _read("将其加点幅度调整为不低于-30BP。") == []
    assert _read("按照基准电价不超过12%加价幅度收取电费。") == []
    assert _read("鼓励采购人将对民营企业的合同预付款比例提高至合同金额的30%以上。") == [(30, "%", ">=")]


def test_sizes_listed_before_their_bound_and_a_note_on_the_case_name_the_cases_a_grant_is_for():
    assert _read("对商品房销售面积5万平方米、8万平方米、10万平方米以上的单个房地产项目分别给予不低于20万元的奖补。") == []
    assert _read("对在我市注册独立法人并入库的便利店连锁企业(分店数量不少于5家)，每新开一家分店奖励5万元。") == []
    assert _read("年度零售额同比增加5000万元到1亿元的，一次性奖励20万元。") == []


def test_an_assessment_weight_a_grants_share_a_cap_against_a_standard_and_a_tiers_rate_are_no_goals():
    assert _read("严格落实将政务公开纳入政府目标管理考核体系且分值权重不低于4%的要求。") == []
    assert _read("对科技型中小企业，补贴其贷款利息的50%。") == []
    assert _read("会议费最高不超过参照国家规定标准的125%。") == []
    assert _read("间接费用按一定比例核定，100万元以下的部分为20%，100万元至300万元的部分为15%。") == []
    assert _read("补贴覆盖面达到80%。") == [(80, "%", ">=")]


def test_who_pays_a_contribution_and_a_relending_loans_rate_are_no_goals():
    assert _read("继续按总费率1%进行征缴，其中用人单位0.7%，职工个人0.3%。") == []
    assert _read("金融机构运用再贷款资金发放贷款的加权利率不高于5.5%。") == []
    assert _read("力争全年新增就业10万人，其中城镇8万人。") == [(10, "万人", ">="), (8, "万人", ">=")]
