"""Figures that are scopes or thresholds, not goals: counts of given places that join a pilot or are made into
something, an area with 以下 that qualifies a noun; and a concentration cap in 微克/立方米, which is a goal."""

from actiondesk.plans.reader import read_text


def _figures(sentence):
    text = f"一、重点任务\n1．建设平台。{sentence}（甲局牵头，乙局配合）\n"
    return [(t["value"], t["unit"], t["comparator"]) for t in read_text(text)["targets"]]


def test_a_count_of_listed_cities_that_join_a_pilot_is_no_target():
    assert _figures("推动甲城、乙城、丙城等7个城市纳入区域一体化试点范围。") == []


def test_a_count_of_given_streets_made_into_something_is_no_target():
    assert _figures("将12个街道打造为美丽街区示范街道。") == []


def test_places_to_be_gained_or_things_to_create_stay_targets():
    assert _figures("新增5个区纳入试点。") == [(5, "个", ">=")]
    assert _figures("打造10个示范街区。") == [(10, "个", ">=")]
    assert _figures("争取将60座社区公园纳入市级公园名录。") == [(60, "座", ">=")]


def test_an_area_with_yixia_that_qualifies_a_noun_is_a_size_threshold():
    assert _figures("对新建10000平方米以下公共建筑推广应用地热能。") == []


def test_an_area_cap_that_ends_its_clause_stays_a_target():
    assert _figures("新增建设用地控制在500亩以下。") == [(500, "亩", "<=")]


def test_a_concentration_cap_in_micrograms_per_cubic_metre_is_a_target():
    assert _figures("细颗粒物年均浓度力争不高于28微克/立方米。") == [(28, "微克/立方米", "<=")]
