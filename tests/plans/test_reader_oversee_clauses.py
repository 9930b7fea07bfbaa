"""Clauses where one unit oversees (统筹) and others share the work (分工负责), in any bracket, with a deadline inside;
the words that join names (及 between two bodies, an alias note); places named by their proper names as units."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule, split_names
from actiondesk.plans.reader.kind_lists import named_place


def test_a_unit_that_oversees_leads_beside_the_units_that_share_the_work():
    assert parse_clause_rule("甲局统筹，乙局、丙局分工负责")[:2] == (["甲局", "乙局", "丙局"], [])


def test_a_unit_that_oversees_leads_over_units_that_only_take_part():
    assert parse_clause_rule("甲局统筹，乙局参与")[:2] == (["甲局"], ["乙局"])
    assert parse_clause_rule("甲局统筹协调，乙局配合")[:2] == (["甲局"], ["乙局"])


def test_a_unit_that_oversees_alone_leads():
    assert parse_clause_rule("甲局统筹")[:2] == (["甲局"], [])


def test_a_deadline_with_a_day_and_a_fuller_wording_closes_the_clause_and_names_no_unit():
    assert parse_clause_rule("甲局统筹，乙局分工负责，2022年6月20日前完成")[:2] == (["甲局", "乙局"], [])
    assert parse_clause_rule("甲局负责，2022年底前取得阶段性成果")[:2] == (["甲局"], [])
    assert parse_clause_rule("甲局负责，2023年6月20日前完成并持续开展")[:2] == (["甲局"], [])
    assert parse_clause_rule("甲局负责，2022年底前基本完成并持续开展")[:2] == (["甲局"], [])


def test_a_start_year_and_a_span_of_years_close_the_clause_and_name_no_unit():
    assert parse_clause_rule("甲局牵头，乙中心配合，2016年开始，3年内完成")[:2] == (["甲局"], ["乙中心"])
    assert parse_clause_rule("甲局负责，两年内完成")[:2] == (["甲局"], [])


def test_units_that_carry_it_out_each_their_part_support_the_lead():
    assert parse_clause_rule("省大数据局牵头，各有关部门分头落实")[:2] == (["省大数据局"], ["各有关部门"])


def test_districts_named_by_their_names_are_units_beside_a_district_bureau():
    assert parse_clause_rule("甲局统筹，东城区、西城区、南城区应急局分工负责")[:2] == (
        ["甲局", "东城区", "西城区", "南城区应急局"],
        [],
    )


def test_a_place_name_is_a_unit_but_an_area_that_is_no_level_of_government_is_not():
    assert named_place("杨浦区") and named_place("浦东新区") and named_place("嘉定镇")
    assert not any(
        named_place(name) for name in ("各区", "相关区", "徐行片区", "工业园区", "社区", "临港新片区")
    )


def test_and_between_two_bodies_joins_two_units():
    assert split_names("乙区应急局及某某能源股份有限公司上海分公司") == [
        "乙区应急局",
        "某某能源股份有限公司上海分公司",
    ]


def test_and_before_a_catch_all_or_its_own_bodies_joins_nothing():
    assert split_names("区政府及其相关部门") == ["区政府及其相关部门"]
    assert split_names("区人才工作局及相关部门") == ["区人才工作局"]


def test_an_alias_note_after_a_name_is_no_part_of_it():
    assert split_names("甲公司华东分公司、乙公司上海分公司（以下分别简称“甲华东”“乙上海”）") == [
        "甲公司华东分公司",
        "乙公司上海分公司",
    ]


def test_a_clause_in_full_width_square_brackets_closes_a_task_and_its_units_all_lead():
    text = (
        "一、重点任务\n（一）整治隐患\n1.完成隐患整改闭环。［甲局统筹，东城区、西城区应急局及某某公司分工负责，2022年6月20日前完成］\n"
        "2.严格执法检查。［甲局统筹，东城区应急局分工负责，2022年6月20日前完成］\n"
        "（二）提升应急能力\n开展联合演练。［甲局负责，2022年底前取得阶段性成果］\n"
    )
    tasks = read_text(text)["tasks"]
    assert [(t["title"], t["lead"], t["support"]) for t in tasks] == [
        ("完成隐患整改闭环", ["甲局", "东城区", "西城区应急局", "某某公司"], []),
        ("严格执法检查", ["甲局", "东城区应急局"], []),
        ("提升应急能力", ["甲局"], []),
    ]


def test_an_implementing_tail_on_a_catch_all_is_no_part_of_its_name():
    assert parse_clause_rule("甲局牵头，各区有关部门结合实际落实")[:2] == (["甲局"], ["各区有关部门"])
    assert parse_clause_rule("甲局牵头，相关区有关部门结合实际落实")[:2] == (["甲局"], ["相关区有关部门"])
    assert parse_clause_rule("甲局牵头，各区政府按职责落实")[:2] == (["甲局"], ["各区政府"])


def test_an_implementing_tail_after_a_list_without_a_lead_word_leaves_every_unit_leading():
    assert parse_clause_rule("甲局、乙局按职责分工负责，各区有关部门结合实际落实")[:2] == (
        ["甲局", "乙局", "各区有关部门"],
        [],
    )
