"""Policy settings are no targets (a subsidy's rate, a price a rule fixes, a fee rate lowered); counts of samples and
monitoring sites, shares of a whole after 不低于 and per-mille goals are; a half-width bracketed measure word is an
alternative name of the unit."""

from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def test_a_subsidy_rate_reckoned_by_a_share_of_an_amount_is_no_target():
    assert _read("对融资租赁企业按当年新增融资租赁合同金额的5‰予以风险补偿。") == []


def test_a_price_fixed_as_a_share_of_a_base_price_is_no_target():
    assert _read("收储价格按不低于所在区域商服用地基准低价的30%确定。") == []


def test_a_fee_rate_lowered_by_a_rule_is_no_target():
    assert _read("失业保险总费率由1.5%阶段性降至1%，其中用人单位缴纳部分由1%降至0.5%。") == []


def test_a_count_of_samples_to_check_is_a_target():
    assert _read("全年监督抽查200个样品。") == [(200, "个", ">=")]
    assert [t["rule"] for t in find_targets("全年安排区级抽检30个样品。")] == ["sampled"]


def test_a_count_of_monitoring_sites_is_a_target():
    assert _read("依托全区20个长期定位监测点，开展耕地质量监测。") == [(20, "个", ">=")]


def test_a_per_mille_share_of_the_population_after_a_floor_word_is_a_target():
    found = find_targets("建立不低于常住人口1‰的应急志愿者队伍。")
    assert [(t["value"], t["unit"], t["rule"]) for t in found] == [(1, "‰", "share_of_whole")]


def test_a_sampling_share_of_the_total_is_a_target_though_written_in_principle():
    assert _read("抽查比例原则上不低于辖区企业总数的20%。") == [(20, "%", ">=")]


def test_a_norm_each_enterprise_meets_in_principle_stays_no_target():
    assert _read("原则上项目内部消纳量不少于计划量的15%。") == []


def test_a_bracketed_measure_word_of_either_width_stays_with_the_unit():
    assert _read("更新机械设备30台(套)以上。") == [(30, "台(套)", ">=")]
    assert _read("更新机械设备2000台（套）以上。") == [(2000, "台（套）", ">=")]


def test_a_fee_rate_the_plan_strives_to_bring_down_stays_a_target():
    assert _read("力争用3年时间将综合费率由2%降至1%以下。") == [(1, "%", "<=")]


def test_a_count_of_samples_per_month_is_not_made_a_target():
    assert _read("每月抽检30个样品。") == []
