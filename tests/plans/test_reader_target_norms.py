"""Goals a plan sets for each place or each head, or states without a verb of work: per-place counts, per-population
ratios, a share before its noun or its verb, a floor word before the verb, yearly averages, a life expectancy, two
counts in one figure and a range in Chinese numerals with 至."""

from actiondesk.plans.reader import read_text


def _figures(sentence):
    text = f"一、重点任务\n1．完善设施。{sentence}（甲局牵头，乙局配合）\n"
    return [(t["value"], t["unit"], t["comparator"], t["value_max"]) for t in read_text(text)["targets"]]


def test_a_count_each_place_of_a_kind_is_to_have_is_a_target():
    assert _figures("到2016年，每个乡镇建有1个农民体育广场。") == [(1, "个", ">=", None)]
    assert _figures("各县（市）有1所特殊教育学校。") == [(1, "所", ">=", None)]
    assert _figures("全部街道均建有1所以上社区学校。") == [(1, "所", ">=", None)]


def test_a_count_per_place_keeps_the_size_of_its_noun_out():
    assert _figures("每个社区有1个200平方米以上的文化活动室。") == [(1, "个", ">=", None)]
    assert _figures("各县至少有1所300张床位以上的护理院。") == [(1, "所", ">=", None)]


def test_a_count_per_place_after_a_bracketed_alias_in_a_list_is_a_target():
    assert _figures("每个街道建有1个文化站、每个村（社区）建有1个文化室。") == [
        (1, "个", ">=", None), (1, "个", ">=", None)]


def test_a_ratio_per_population_is_a_target():
    assert _figures("每千名儿童拥有托位4.5个。") == [(4.5, "个", ">=", None)]
    assert _figures("每万人拥有注册志愿者500名以上。") == [(500, "名", ">=", None)]
    assert _figures("每百户居民拥有养老服务用房面积不低于20平方米。") == [(20, "平方米", ">=", None)]


def test_what_each_place_is_to_own_is_no_history():
    assert _figures("每个行政村拥有2个以上的群众文艺团队。") == [(2, "个", ">=", None)]
    assert _figures("全区现已拥有文艺团队300个。") == []


def test_a_share_before_its_noun_that_reaches_the_goal_is_a_target():
    assert _figures("到2016年，100%的村级医疗站建设达标。") == [(100, "%", ">=", None)]
    assert _figures("全县20%的行政村达标。") == [(20, "%", ">=", None)]
    assert _figures("90%以上的规上企业和园区签订安全承诺书。") == [(90, "%", ">=", None)]


def test_a_share_right_before_the_verb_is_a_target():
    assert _figures("老旧排水管网100%改造完成。") == [(100, "%", ">=", None)]
    assert _figures("新建小区100%无违法搭建。") == [(100, "%", ">=", None)]


def test_a_frequency_with_a_floor_word_before_its_verb_is_a_target():
    assert _figures("消防设施每年至少进行2次检测。") == [(2, "次", ">=", None)]
    assert _figures("每季度应至少组织1次应急演练。") == [(1, "次", ">=", None)]
    assert _figures("每季度组织1次应急演练。") == []


def test_a_floor_word_before_you_have_states_a_floor():
    assert _figures("示范小区内至少有2处健身点。") == [(2, "处", ">=", None)]


def test_a_yearly_average_is_a_target_whatever_its_verb():
    assert _figures("年均开发5000个以上的见习岗位。") == [(5000, "个", ">=", None)]


def test_a_service_each_person_of_a_group_receives_each_year_is_a_target():
    assert _figures("每年为70周岁以上的独居老人提供2次上门巡访。") == [(2, "次", ">=", None)]


def test_a_life_expectancy_in_years_is_a_target_and_an_age_group_is_not():
    assert _figures("全县人均预期寿命达到79岁。") == [(79, "岁", ">=", None)]
    assert _figures("加强0~6岁儿童健康管理。") == []


def test_two_counts_in_one_figure_are_two_targets():
    assert _figures("家庭医生签约服务包达到8大类26项。") == [(8, "大类", ">=", None), (26, "项", ">=", None)]


def test_a_count_of_categories_after_the_names_it_counts_stays_a_qualifier():
    assert _figures("建设涵盖教育、医疗、养老3大类50个服务事项。") == [(50, "个", ">=", None)]


def test_a_range_in_chinese_numerals_with_zhi_is_a_target():
    assert _figures("每年确定三至五项民生实事重点推进。") == [(3, "项", "range", 5)]


def test_a_headcount_in_wan_without_a_unit_is_read_in_wanren():
    assert _figures("城镇年均新增就业人数8万以上。") == [(8, "万人", ">=", None)]


def test_money_to_raise_each_year_with_a_floor_is_a_target_and_money_for_awards_is_not():
    assert _figures("区本级年筹集体育彩票公益金5000万元以上。") == [(5000, "万元", ">=", None)]
    assert _figures("每年筹集奖励资金50万元。") == []
