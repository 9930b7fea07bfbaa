"""A code's wording of caps and floors ("不大于", "不小于") compares as 不超过 / 不少于 do; a dimension capped in a clause
that ends in the kind of works it sorts defines a class of works ("长度不大于300米…的…外线接入工程", "单体建筑面积不大于
10000平方米、建筑高度不大于24米…的…工业项目"), a norm applied 合理 ("按照地上停车位不大于25%合理确定配比") and a
contribution paid on a group's behalf ("为其代缴不低于100元的养老保险费") are no goals."""

from tests.plans.reading import figures as _read


def test_不大于_is_a_cap_and_不小于_a_floor():
    assert _read("全市PM2.5年均浓度不大于35微克/立方米。") == [(35, "微克/立方米", "<=")]
    assert _read("设置停车位不小于16处。") == [(16, "处", ">=")]


def test_dimensions_capped_in_a_clause_ending_in_a_class_of_works_define_the_class():
    assert _read("实行投资项目备案管理，单体建筑面积不大于10000平方米、建筑高度不大于24米且功能单一、技术要求简单的"
                 "新改扩建仓库和厂房等工业项目。") == []
    assert _read("外线接入工程项目中，不涉及城市主干道且长度不大于300米、管径不大于DN200、临时占用绿地面积不超过200平方米的"
                 "供水供气排水等外线接入工程，实行告知承诺免审批。") == []
    assert _read("临时占用绿地长度不大于100米适用本市“非禁免批”政策的新发展商服用户工程（非开挖技术除外）。") == []


def test_a_length_of_works_to_build_stays_a_goal():
    assert _read("新建绿道长度不小于10公里。") == [(10, "公里", ">=")]


def test_a_norm_applied_and_a_contribution_paid_on_a_groups_behalf_are_no_goals():
    assert _read("按照地上停车位不大于25%合理确定配比。") == []
    assert _read("对缴费困难群体，为其代缴不低于100元的养老保险费。") == []
    assert _read("城乡居民基本养老保险参保率达到95%以上。") == [(95, "%", ">=")]


def test_a_grant_rate_with_its_money_cap_before_the_verb_and_a_rate_a_rule_applies_are_no_goals():
    assert _read("对新设立的外资企业，按其当年实缴外方注册资本额2%、最高不超过1亿元省开发区发展专项资金给予奖励。") == []
    assert _read("在确定土地出让底价时可按不低于所在地土地等别相对应全国工业用地出让最低价标准的70%执行。") == []
    assert _read("力争全市研发投入强度达到2%以上。") == [(2, "%", ">=")]
