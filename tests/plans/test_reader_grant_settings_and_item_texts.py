"""Policy settings of an AI-compute voucher scheme the reader took for goals, and texts of goals it cut short (branch
k-reader42): a case named by a sum after 对于, a benefit's rate, what one recipient may claim, a capped share of a
base, a floor on money put in that names a case, the teams picked to carry a project out; a goal's noun phrase past
a 、 joining two modifiers and a long noun before the list's next item. Made-up sentences in that style."""

from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def _texts(sentence):
    return [t["text"] for t in find_targets(sentence)]


def test_a_case_named_by_a_sum_after_dui_yu_is_no_goal():
    assert _read("对于年申报算力合同累计金额30万元（含）以上，按合同金额的一定比例给予补贴。") == []
    assert _read("对于年采购算力服务金额20万元（含）以上且符合条件的企业，给予补贴。") == []


def test_a_benefit_rate_a_scheme_sets_is_no_goal():
    assert _read("对符合条件的企业，可叠加补贴比例至50%或25%。") == []
    assert _read("奖补比例为30%。") == []


def test_a_reimbursement_rate_raised_or_a_rate_striven_for_stays_a_goal():
    assert _read("困难群众医疗救助报销比例提高至85%。") == [(85, "%", ">=")]
    assert _read("力争将补贴比例提高至60%。") == [(60, "%", ">=")]


def test_what_one_recipient_may_claim_is_no_goal():
    assert _read("单家企业每年申领算力券金额不超过600万元。") == []
    assert _read("每个项目支持金额最高500万元。") == []


def test_a_capped_share_of_a_base_is_no_goal():
    assert _read("贴息金额不超过项目建设单位支付利息的40%。") == []


def test_a_floor_on_money_put_in_that_names_a_case_is_no_goal():
    assert _read("对形成有核心带头人的研发团队且投入不少于800万元的，给予奖励。") == []


def test_the_teams_picked_to_carry_a_project_out_are_no_goal():
    assert _read("每个项目遴选若干团队，其中标杆应用工程遴选1支攻关团队。") == []
    assert _read("每年遴选20家应用良好的企业。") == [(20, "家", ">=")]
    assert _read("培育10支研发团队。") == [(10, "支", ">=")]


def test_a_goal_text_runs_past_a_dun_hao_joining_two_modifiers():
    assert _texts("力争形成2-4个安全可靠、开放共享的行业大模型产品、30个应用模型。") == [
        "力争形成2-4个安全可靠、开放共享的行业大模型产品",
        "30个应用模型",
    ]


def test_a_goal_text_keeps_a_long_noun_before_the_next_item():
    assert _texts("通过实施6个对标国际先进水平的示范型应用工程、15个典型应用场景，带动产业发展。") == [
        "通过实施6个对标国际先进水平的示范型应用工程",
        "15个典型应用场景",
    ]
    assert _texts("新建202万亩耕地、150万亩林地。") == ["新建202万亩耕地", "150万亩林地"]


def test_what_the_same_firm_may_claim_and_a_capped_grant_are_no_goal():
    assert _read("同一企业每年申领和兑付算力券金额不超过300万元。") == []
    assert _read("对入驻的一人公司，最高给予不超过实际投资额的20%、不超过50万元启动资金。") == []


def test_a_credit_limit_a_rule_lets_lenders_raise_is_no_goal_but_a_lending_goal_stays():
    assert _read("对符合条件的经营主体，信用额度可提高至300万元，担保额可提高至800万元。") == []
    assert _read("全年新增贷款投放达到300万元以上。") == [(300, "万元", ">=")]


def test_a_case_that_earns_a_grant_after_a_comma_is_no_goal_when_the_grant_is_worded_fen_bie_or_after_jing_ren_ding():
    assert _read("每引进1名高级工、技师、高级技师，分别给予1000元、1500元、2000元补贴。") == []
    assert _read("每引进1个项目，经认定给予最高30万元项目服务奖。") == []
