"""Figures that look like goals but say who or what a rule is about, or name places: a raised eligibility line, a
funding level per head, the size that qualifies a place or an entity, named sets of places, and one event held
without a floor."""

from actiondesk.plans.reader import read_text


def _figures(sentence):
    text = f"一、重点任务\n1．完善保障。{sentence}（甲局牵头，乙局配合）\n"
    return [(t["value"], t["unit"], t["comparator"]) for t in read_text(text)["targets"]]


def test_a_raised_eligibility_line_is_no_target():
    assert _figures("将医疗救助对象收入线由家庭年人均收入8000元以下提高到12000元以下。") == []


def test_a_funding_level_per_head_is_no_target():
    assert _figures("到2016年，人均社区文化活动经费达到30元以上。") == []


def test_money_per_head_that_is_not_funding_stays_a_target():
    assert _figures("农村居民人均可支配收入达到3万元以上。") == [(3, "万元", ">=")]


def test_a_count_of_people_that_qualifies_the_places_after_it_is_no_target():
    assert _figures("20名以上留守儿童且有托管需求的行政村都建有儿童之家。") == []


def test_a_yearly_energy_use_that_sorts_enterprises_is_no_target():
    assert _figures("对年综合能耗5000吨标准煤以上重点用能企业开展节能监察。") == []


def test_an_area_with_yishang_that_sorts_buildings_is_no_target():
    assert _figures("推动2万平方米以上商场开展能耗监测。") == []


def test_an_area_to_retrofit_stays_a_target():
    assert _figures("完成公共建筑节能改造20万平方米以上。") == [(20, "万平方米", ">=")]


def test_named_sets_of_places_that_resources_go_to_are_no_targets():
    assert _figures("引导优质医疗资源向两个新城区、三个城市副中心配置。") == []


def test_one_event_with_no_floor_and_no_period_is_no_target():
    assert _figures("开展1次防灾减灾科普宣传活动。") == []


def test_one_event_with_a_floor_or_a_period_stays_a_target():
    assert _figures("每年至少开展1次防灾减灾科普宣传活动。") == [(1, "次", ">=")]


def test_a_count_to_grow_followed_by_a_size_qualifier_is_the_target_and_the_size_a_threshold():
    assert _figures("到2025年，培育5家以上年销售收入过百亿元的龙头企业。") == [(5, "家", ">=")]
    assert _figures("培育10家以上年营业收入超十亿元的企业。") == [(10, "家", ">=")]


def test_a_size_before_the_counted_noun_stays_a_qualifier_of_the_count_after_it():
    assert _figures("建成1000亩以上开放休闲林地5个。") == [(5, "个", ">=")]


def test_a_floor_on_the_share_that_named_ones_do_is_a_target():
    assert _figures("到2025年，50%以上的专利由企业申请。") == [(50, "%", ">=")]


def test_a_share_of_money_borne_by_a_named_payer_is_a_split_of_costs_and_no_target():
    assert _figures("改造资金的50%由市财政承担。") == []
    assert _figures("50%的资金由市财政承担。") == []
