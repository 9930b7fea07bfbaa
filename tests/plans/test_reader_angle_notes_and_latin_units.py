"""Angle brackets around a note in a clause, computing power in petaflops written 'P', a count whose noun opens
with a Latin name ("100个OPC典型应用场景") and the number of places a pilot runs in ("在22个城市开展试评价")."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule

PLAN = """支持人工智能一人公司发展若干措施
一、构建普惠算力。到2027年调度算力规模超5000P，建设500P智算中心。（责任单位：市科技局）
二、开放应用场景。全市每年挖掘不少于100个OPC典型应用场景，建成5G基站。（责任单位：市数据局、各区人民政府〈含开发区、新区管委会，下同〉）
"""


def _targets():
    return [(t["text"], t["value"], t["unit"], t["comparator"]) for t in read_text(PLAN)["targets"]]


def test_an_inclusion_note_in_angle_brackets_stays_with_the_catch_all_it_explains():
    assert parse_clause_rule("责任单位：市科技局、各区人民政府〈含开发区、长江新区、风景区管委会,下同〉")[:2] == (
        ["市科技局", "各区人民政府"], [])
    assert read_text(PLAN)["tasks"][1]["lead"] == ["市数据局", "各区人民政府"]


def test_half_width_angle_brackets_a_copy_printed_keep_a_compound_name_whole():
    assert parse_clause_rule("责任单位：各县<市、区>政府、海经区管委会、市住建局")[:2] == (
        ["各县（市、区）政府", "海经区管委会", "市住建局"], [])


def test_computing_power_in_petaflops_written_with_one_letter_is_a_goal_but_a_rated_centre_is_not():
    assert ("到2027年调度算力规模超5000P", 5000, "P", ">=") in _targets()
    assert not [t for t in _targets() if t[1] == 500]


def test_a_count_whose_noun_opens_with_a_latin_name_is_a_goal_and_5g_stays_a_name():
    assert ("全市每年挖掘不少于100个OPC典型应用场景", 100, "个", ">=") in _targets()
    assert not [t for t in _targets() if t[1] == 5]


def test_the_number_of_places_a_pilot_is_to_run_in_is_a_goal_but_places_picked_for_it_are_not():
    from tests.plans.reading import figures

    assert figures("今年在100个城市开展试点。") == [(100, "个", ">=")]
    assert figures("在22个城市开展试评价。") == [(22, "个", ">=")]
    assert figures("选取2个示范村开展试点。") == []
    assert figures("在3个街道开展工作。") == []


def test_bu_ju_right_before_a_count_commits_to_it():
    from tests.plans.reading import figures

    assert figures("到2027年，先行布局10家以上高水平企业，形成集聚效应。") == [(10, "家", ">=")]


def test_goals_after_a_run_in_label_before_the_first_part_are_read():
    text = """土壤污染防治行动计划
工作目标：到2020年，全国土壤污染加重趋势得到初步遏制。
主要指标：到2020年，受污染耕地安全利用率达到90%左右，污染地块安全利用率达到90%以上。
一、开展土壤污染调查
（一）深入开展调查。开展详查。（环境保护部牵头，财政部参与）
"""
    assert [(t["value"], t["comparator"]) for t in read_text(text)["targets"]] == [(90, "≈"), (90, ">=")]
