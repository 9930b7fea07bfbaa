"""一 with a measure word and right after it a verb ("一口申请", "一窗受理", "一网通办", "一码通行") is a service slogan, no
count (quantities.SLOGAN_MEASURES / SLOGAN_VERBS); the same measure word after a figure or before a noun stays a count.
A distance in a saying ("最后一公里", "打通便民服务一公里") is no count either (quantities.SAYING_LEADS / OPENING_VERBS)."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.quantities import find_quantities


def _figures(sentence):
    text = "一、重点任务\n1.推进工作。" + sentence + "（责任单位：甲局）\n"
    return [(t["value"], t["unit"]) for t in read_text(text)["targets"]]


def test_one_counter_to_apply_at_is_a_slogan_and_no_target():
    assert _figures("实现一口申请、一口受理，办理流程和结果可实时跟踪。") == []


def test_one_window_one_network_and_one_code_slogans_are_no_quantities():
    for slogan in ("一窗受理", "一网通办", "一码通行", "一件办理", "一口办结"):
        assert list(find_quantities(f"推行{slogan}。")) == [], slogan


def test_wells_counted_in_kou_after_the_figure_stay_a_target():
    assert _figures("新建地下水监测井30口。") == [(30, "口")]
    assert _figures("新建地下水监测井三口。") == [(3, "口")]


def test_one_kou_before_a_noun_stays_a_count():
    assert [(q.value, q.unit) for q in find_quantities("新建一口地下水监测井")] == [(1, "口")]


def test_a_figure_other_than_one_before_a_measure_word_and_a_verb_stays_a_count():
    assert [(q.value, q.unit) for q in find_quantities("两件申请")] == [(2, "件")]


def test_the_last_kilometre_of_serving_people_is_a_saying_and_no_target():
    assert _figures("打通服务群众最后一公里。") == []
    assert _figures("解决便民服务最后一米问题。") == []


def test_a_kilometre_written_with_one_after_a_verb_of_opening_the_way_is_a_saying():
    assert _figures("打通便民服务一公里。") == []


def test_a_count_beside_the_last_kilometre_saying_stays_a_target():
    assert _figures("打通服务群众最后一公里并新建驿站10个。") == [(10, "个")]


def test_a_road_length_written_as_a_figure_stays_a_target():
    assert _figures("打通断头路1公里。") == [(1, "公里")]
    assert _figures("新建道路一公里。") == [(1, "公里")]
