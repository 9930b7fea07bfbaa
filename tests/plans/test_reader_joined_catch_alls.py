"""Catch-alls joined to the names before them (made up after the eighty-eighth batch's national 灵活就业 opinions) and 会同
inside a plain list (the eighty-ninth batch's 河北 体育用品 plan):
和 before the local governments of every level parts two units; a bare kind of body after a catch-all of
departments ('各有关部门、单位') widens that catch-all."""

from actiondesk.plans.reader.departments import parse_clause_rule


def test_he_before_the_local_governments_of_every_level_parts_two_units():
    assert parse_clause_rule("市场监管总局和地方各级人民政府负责")[:2] == (["市场监管总局", "地方各级人民政府"], [])
    assert parse_clause_rule("财政部、住房城乡建设部和地方各级人民政府按职责分工负责")[:2] == (
        ["财政部", "住房城乡建设部", "地方各级人民政府"], [])


def test_a_bare_kind_of_body_after_a_catch_all_of_departments_is_one_catch_all():
    assert parse_clause_rule("各有关部门、单位和地方各级人民政府按职责分工负责")[:2] == (
        ["各有关部门、单位", "地方各级人民政府"], [])


def test_names_holding_he_stay_whole():
    assert parse_clause_rule("市人力资源和社会保障局、市文化和旅游局负责")[:2] == (["市人力资源和社会保障局", "市文化和旅游局"], [])


def test_hui_tong_inside_a_plain_list_makes_those_it_works_with_supports():
    assert parse_clause_rule("责任单位：省工信厅、省科技厅会同省体育局、省教育厅，各市政府")[:2] == (
        ["省工信厅", "省科技厅", "各市政府"], ["省体育局", "省教育厅"])
    assert parse_clause_rule("责任单位：省工信厅、省科技厅，各市政府")[:2] == (["省工信厅", "省科技厅", "各市政府"], [])


def test_the_cities_and_the_counties_of_one_government_word_stay_one_name_with_their_each():
    assert parse_clause_rule("责任单位：各市州、县市区人民政府，省文化和旅游厅")[:2] == (
        ["各市州、县市区人民政府", "省文化和旅游厅"], [])
    assert parse_clause_rule("责任单位：各市州、各县市区人民政府")[:2] == (["各市州、各县市区人民政府"], [])


def test_he_before_the_province_managed_counties_parts_them_from_the_cities():
    assert parse_clause_rule("省质监局，各设区市和省直管县（市）政府负责")[:2] == (
        ["省质监局", "各设区市", "省直管县（市）政府"], [])


def test_a_bare_level_after_a_name_shares_the_body_of_the_name_after_it():
    assert parse_clause_rule("责任单位：节能主管部门、市、区机管局")[:2] == (["节能主管部门", "市、区机管局"], [])
    assert parse_clause_rule("责任单位：市、区机管局、市、区财政局")[:2] == (["市、区机管局", "市、区财政局"], [])
    assert parse_clause_rule("责任单位：相关委、办、局")[:2] == (["相关委、办、局"], [])
