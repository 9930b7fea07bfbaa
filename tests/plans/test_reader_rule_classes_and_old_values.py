"""Figures a rule is written with rather than goals (made-up sentences): the size class a rule is for, the value a rule
changes from, a tier's rate, a multiple of a price, what a grant is reckoned on, what a permission is reckoned by, a
figure in the requirements work follows, and the figures listed after one that is no goal."""

import pytest

from actiondesk.plans.reader.targets import find_targets


def _read(text: str) -> list[tuple]:
    return [(t["text"], t["value"], t["unit"], t["comparator"]) for t in find_targets(text)]


@pytest.mark.parametrize("text", [
    # A figure with 以下 before the noun it sizes names a class of cases, whatever its unit.
    "扩大小额快速退税范围，3000元以下小额退税受理即办。",
    "巩固200kW及以下容量小微企业低压接入改革成果。",
    "鼓励对新发放的20万元及以下的个人创业担保贷款免除反担保要求。",
    "辖内法人银行500万元及以下授信和贷款流程不超过15个工作日。",
    # So is an area with 以上 before the kind of dwelling a rule is for.
    "120平方米以上住房补贴标准为5000元/套。",
])
def test_a_figure_that_sizes_the_noun_after_it_names_a_class_not_a_goal(text):
    assert _read(text) == []


def test_a_bound_that_closes_its_clause_or_a_sum_put_in_stays_a_goal():
    assert _read("不合格样品检出率控制在3%以下。") == [("不合格样品检出率控制在3%以下", 3, "%", "<=")]
    assert _read("发挥基金带动作用，力争撬动社会资本投入30亿元以上参与水利建设。") == [
        ("力争撬动社会资本投入30亿元以上参与水利建设", 30, "亿元", ">=")]


def test_figures_listed_after_one_that_is_no_goal_are_none_either():
    assert _read("出让底价可分别按不低于所在地《工业用地出让最低价标准》的20%、60%执行。") == []
    # A list whose first figure is a goal stays a list of goals.
    assert [t[1] for t in _read("乡镇、村覆盖率分别达到90%、60%以上。")] == [90, 60]


def test_the_value_a_rule_changes_from_is_no_goal():
    assert 120 not in [t[1] for t in _read("将普通住宅界定标准由120平方米以下调整为130平方米以下。")]
    assert _read("毛利率甲区由15%，乙区由12%统一下调至8%。") == []


def test_the_rate_of_a_tier_named_in_the_clause_before_is_no_goal():
    assert _read("其中，经费50万元以下的部分，管理费比例不超过20%，50万元至100万元的部分不超过15%。") == []


def test_a_multiple_of_a_price_is_a_pricing_rule_and_a_multiple_of_a_level_stays_a_goal():
    assert _read("以备案价不低于3倍应缴余额的房产作限制销售处理。") == []
    assert _read("研发投入强度达到全省平均水平的2倍以上。") == [
        ("研发投入强度达到全省平均水平的2倍以上", 2, "倍", ">=")]


def test_what_a_grant_is_reckoned_on_in_its_own_clause_is_no_goal():
    assert _read("在市区购买新建商品住房的，由财政按每套建筑面积最高不超过100平方米每平方米给予200元补贴。") == []


def test_what_a_permission_is_reckoned_by_and_the_measure_a_rate_is_per_are_no_goals():
    assert _read("公寓项目可按不少于300平方米进行配建。") == []
    assert _read("商业项目可按1泊/200平方米进行配建。") == []


def test_money_per_kilometre_stated_as_floors_is_a_rate():
    assert _read("县、乡道日常养护资金每年每公里分别不低于8000元、4000元。") == []


def test_a_figure_in_the_requirements_work_follows_is_no_goal_and_the_same_count_of_work_is_one():
    assert _read("按照全市“两提升三强化”活动和20项民生工程要求，开展服务。") == []
    assert _read("完成30项重点工程建设。") == [("完成30项重点工程建设", 30, "项", ">=")]


def test_a_figure_compared_in_a_clause_that_ends_in_de_names_the_cases_a_rule_is_for():
    assert _read("职工家庭产权房屋不超过两套且有住房商业按揭贷款的，可申请提取住房公积金。") == []
    # The same comparison closing a goal's clause stays a goal.
    assert _read("全市新增建设用地不超过500亩。") == [("全市新增建设用地不超过500亩", 500, "亩", "<=")]


def test_the_old_value_of_a_time_limit_and_a_grant_capped_at_a_share_of_what_a_case_spends_are_no_goals():
    assert 30 not in [t[1] for t in _read("自发布招标公告至提交投标文件截止之日，由之前的不得少于30天，缩短10天，调整为不得少于20天。")]
    assert _read("单个项目支持额度不超过项目投资额的20%。") == []


def test_a_floor_of_data_gathered_stays_a_goal_though_its_sentence_ends_in_a_kind_of_product():
    assert _read("采集不少于100万条包含机器人动作、视觉等多模态数据，构建工业制造场景的训练产品。") == [
        ("采集不少于100万条包含机器人动作、视觉等多模态数据", 100, "万条", ">=")]
