"""Styles of city housing measures (made up after the eightieth batch): articles with no mark after 第N条, a third
label '落实单位：', a '属地责任：' label, a clause whose closing bracket was not printed, and the settings such measures
change (down payments, building codes, a flat's area, grants as a share of a price)."""

from actiondesk.plans.reader import read_text
from tests.plans.reading import figures

ARTICLES = """某市进一步推动房地产业回稳若干措施
第一条支持购买新建商品住房。对购买新建商品住房的给予消费券补贴。(责任单位:市住建局、市财政局)
第二条优化土地供应。加大低效用地盘活力度。(责任单位:市自然资源局)
第三条提升审批质效。推行容缺办理。(责任单位:市行政审批局)
"""


def test_articles_with_no_mark_after_their_number_are_tasks():
    tasks = read_text(ARTICLES)["tasks"]
    assert [(task["title"], task["lead"]) for task in tasks] == [
        ("支持购买新建商品住房", ["市住建局", "市财政局"]), ("优化土地供应", ["市自然资源局"]),
        ("提升审批质效", ["市行政审批局"])]


LABELS = """某州促进房地产市场平稳健康发展若干措施
一、调整优化住房信贷政策。落实差别化住房信贷政策。
牵头部门:人民银行某州分行
配合部门:州住房城乡建设局
落实单位:各银行业金融机构
二、实施利差补贴政策。对符合条件的购房人给予利差补贴。
属地责任:各县(市)人民政府
责任单位:州住建局、州财政局
三、优化容积率计算规则。配建的变电房(配电室)不计入容积率。〔牵头单位:州自然资源局,责任单位:州住建局、各县人民政府(管委会)
"""


def test_a_third_label_supports_a_territorial_label_leads_and_an_unclosed_clause_is_read():
    tasks = {task["title"]: task for task in read_text(LABELS)["tasks"]}
    assert (tasks["调整优化住房信贷政策"]["lead"], tasks["调整优化住房信贷政策"]["support"]) == (["人民银行某州分行"], ["州住房城乡建设局", "各银行业金融机构"])
    assert (tasks["实施利差补贴政策"]["lead"], tasks["实施利差补贴政策"]["support"]) == (["各县(市)人民政府", "州住建局", "州财政局"], [])
    assert (tasks["优化容积率计算规则"]["lead"], tasks["优化容积率计算规则"]["support"]) == (["州自然资源局"], ["州住建局", "各县人民政府(管委会)"])


def test_the_settings_housing_measures_change_are_no_goals():
    assert figures("购买首套自住住房的首付比由30%降低到20%。") == []
    assert figures("住宅项目主阳台进深由不应大于1.8米调整为不应大于2.4米。") == []
    assert figures("各类阳台投影面积之和不得超过户型面积的15%。") == []
    assert figures("其中二孩家庭给予新建商品住房购房款(以网签合同金额为准)总额1%购房补贴。") == []
    assert figures("租房提取额度提高到每月3000元，全年新建保障性住房500套以上。") == [(500, "套", ">=")]


def test_shares_of_a_base_a_rule_sets_and_grant_rates_by_proportion_are_no_goals():
    assert figures("置换后的监管资金不得低于监管账户中确保项目竣工交付所需的资金额度的70%。") == []
    assert figures("空中花园水平投影面积不大于该套住宅套型总建筑面积的40%。") == []
    assert figures("首套和第二套分别按总房价1.5%和2%的比例给予购房补贴。") == []
    assert figures("在出让合同签订后6个月内再缴纳土地成交价的30%。") == []
    assert figures("每完成网签备案1000套新建商品住房，给予奖励。") == []


def test_a_floor_a_rule_sets_without_a_base_stays():
    assert figures("专职管理人员不得少于2人。") == [(2, "人", ">=")]


def test_the_terms_of_housing_measures_set_or_moved_are_no_goals():
    assert figures("住房公积金贷款最高额度市城区调至80万元，多子女家庭再上浮15%。") == []
    assert figures("月缴存额在1200元以上至2500元的，可贷40万元；保底可贷35万元。") == []
    assert figures("可按不低于出让底价20%设定竞买保证金。") == []
    assert figures("可在原明码标价基础上再下降不超过8个点。") == []
    assert figures("市商务局向市政府申请专项促销资金200万元。") == []
    assert figures("购买第三套时认定为二套住房，套数认定核减一套。") == []
    assert figures("地上车位按照地上建筑面积每百平方米不低于1个配建。") == []


def test_parking_spaces_and_funds_a_plan_strives_for_stay_goals():
    assert figures("全年新建公共停车位3000个以上。") == [(3000, "个", ">=")]
    assert figures("争取各项上级资金40亿元。") == [(40, "亿元", ">=")]


def test_limits_a_lender_may_raise_shares_paid_in_and_shares_borne_are_no_goals():
    assert figures("可提高5万元贷款额度，最多提高15万元限额。") == []
    assert figures("可在领取建设工程施工许可证时缴纳50%。") == []
    assert figures("所需资金由市和相关区各承担50%。") == []
    assert figures("按政策给予最高800万支持，组建10支志愿服务队。") == [(10, "支", ">=")]
