"""Targets of digital-infrastructure and public-service plans written in ways the reader missed, and policy
settings it took for goals (branch k-reader40): bandwidths in M, counts of fields reached, landmark projects
picked out, shares before a Latin word, counts in brackets after things put up, two shares joined by 和 before
one measure; shares that split a payment or a cost, raised subsidy standards, reward steps and tiers of sales.
Made-up sentences in the style of failing-style lines of held-out plans."""

from actiondesk.plans.reader.targets import find_targets


def _read(sentence):
    return [(t["value"], t["unit"], t["comparator"]) for t in find_targets(sentence)]


def _texts(sentence):
    return [(t["value"], t["text"]) for t in find_targets(sentence)]


def test_a_bandwidth_in_megabits_is_a_goal():
    assert _read("全市数据中心出口带宽可用性8000M以上，政务外网接入能力20000M以上。") == [
        (8000, "M", ">="),
        (20000, "M", ">="),
    ]
    assert _read("乡镇出口带宽达到200M。") == [(200, "M", ">=")]


def test_a_letter_m_in_a_rating_or_after_a_chinese_numeral_is_no_bandwidth():
    assert _read("新建220MVA主变压器。") == []
    assert _read("推行三M管理标准。") == []


def test_a_floor_on_the_fields_or_places_where_the_work_succeeds_is_a_goal():
    assert _read("公共数据在12个以上领域实现按需共享。") == [(12, "个", ">=")]
    assert _read("数据在不少于6个区县开展试点应用。") == [(6, "个", ">=")]
    assert _read("在8个领域实现按需共享。") == []  # no floor: a statement of scope


def test_a_count_of_things_built_with_gou_jian_is_a_goal():
    assert _read("构建500个以上的行业语料库（知识库）。") == [(500, "个", ">=")]
    assert _read("构建一个立体协调机制。") == []


def test_a_depth_a_model_describes_is_no_goal():
    assert _read("构建全区150米以浅地下空间三维模型。") == []


def test_landmark_or_high_quality_projects_picked_out_are_a_goal():
    assert _read("每年遴选50个标志性重大项目。") == [(50, "个", ">=")]
    assert _read("遴选30个优质文旅项目。") == [(30, "个", ">=")]


def test_a_set_of_ways_of_working_named_at_length_is_a_manner():
    assert _read("形成一套较为完备的公共数据授权运营制度规则体系。") == []


def test_a_share_written_right_before_a_latin_word_is_a_goal():
    assert _read("新建公共建筑实现100%BIM审查。") == [(100, "%", ">=")]
    assert _read("加快建设5G基站。") == []
