"""A bare level of places ("各区") joins the name after it only when that name is a kind of county-level place or its
government ("各区、县级市", "各区、县（市）政府"); a municipal body that opens with 市 ("各区、市委组织部") is a unit of its own."""

import pytest

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule, split_names
from actiondesk.plans.reader.kind_lists import place_kind_name


@pytest.mark.parametrize("names", ["各区、县级市", "各有关区、县级市", "各区、县（市）政府", "各区、县级市政府",
                                   "各乡、镇人民政府", "各区、街道（镇）", "各县、区政府"])
def test_a_bare_level_and_a_kind_of_county_level_place_stay_one_name(names):
    assert split_names(names) == [names]


def test_a_catch_all_district_list_run_into_municipal_bodies_splits_into_the_districts_and_each_body():
    assert split_names("各区、市委组织部、市委社会工作部、市发展改革委") == [
        "各区", "市委组织部", "市委社会工作部", "市发展改革委"]


def test_a_body_of_a_district_after_a_bare_county_level_is_its_own_unit_too():
    assert split_names("各县、区委组织部") == ["各县", "区委组织部"]


@pytest.mark.parametrize("names", ["市、区规划资源局", "区、县生态环境局", "市、区两级住房保障部门"])
def test_a_level_without_a_catch_all_word_shares_the_body_of_the_name_after_it(names):
    # "市、区规划资源局" names the city's and the districts' bureaus: a bare "市" is no unit by itself.
    assert split_names(names) == [names]


def test_a_shared_body_pair_stays_whole_in_a_clause_while_a_catch_all_before_a_body_splits():
    assert parse_clause_rule("责任单位：市、区规划资源局，各区、市委组织部")[:2] == (
        ["市、区规划资源局", "各区", "市委组织部"], [])


def test_without_role_words_the_districts_and_the_municipal_bodies_all_lead():
    assert parse_clause_rule("责任单位：各区、市委组织部、市委社会工作部、市发展改革委")[:2] == (
        ["各区", "市委组织部", "市委社会工作部", "市发展改革委"], [])


def test_a_body_clause_with_the_catch_all_first_gives_each_task_every_lead():
    text = ("一、主要任务\n（一）完善社区服务。建设社区服务中心。（责任单位：各区、市委组织部、市民政局）\n"
            "（二）加强统筹协调。健全工作机制。（责任单位：市发展改革委，各区、县级市）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["lead"], t["support"]) for t in tasks] == [
        (["各区", "市委组织部", "市民政局"], []), (["市发展改革委", "各区、县级市"], [])]


@pytest.mark.parametrize(("name", "kind"), [("县级市", True), ("县（市）政府", True), ("镇人民政府", True),
                                            ("市委组织部", False), ("市政府", False), ("城投集团", False)])
def test_the_county_level_kinds_are_read_from_the_list(name, kind):
    assert place_kind_name(name) is kind
