"""Units named by kind after a shared prefix ("两省一市公安、交通等部门按职责分工负责"): the 等部门 tail says the short
names are bodies; they are kept as printed (the prefix on the first one only) and the tail drops."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule


def test_kinds_of_body_closed_by_deng_bumen_all_lead_as_printed():
    assert parse_clause_rule("两省一市法院、检察院、公安、司法行政等部门按职责分工负责")[:2] == (
        ["两省一市法院", "检察院", "公安", "司法行政"], [])


def test_kinds_of_body_closed_by_deng_danwei_and_plain_fu_ze_lead_too():
    assert parse_clause_rule("各市教育、文旅、体育等单位负责")[:2] == (["各市教育", "文旅", "体育"], [])


def test_a_deng_bumen_tail_left_after_role_words_is_dropped_from_the_last_name():
    text = "一、重点任务\n1.推进数据共享。建设共享平台。（沿线各市数据、环保、气象等部门按职责分工负责）\n"
    task = read_text(text)["tasks"][0]
    assert (task["lead"], task["support"]) == (["沿线各市数据", "环保", "气象"], [])


def test_a_sentence_closed_by_deng_bumen_fu_ze_is_not_a_list_of_kinds():
    assert parse_clause_rule("加强数据共享，提升治理水平等部门负责") is None
    assert parse_clause_rule("2025年底前完成改造等单位负责") is None


def test_a_single_kind_is_not_read_as_a_list():
    assert parse_clause_rule("交通等部门负责") is None


def test_an_etc_tail_naming_divisions_is_cut_from_the_last_name():
    assert parse_clause_rule("甲处牵头，乙处、丙处等处室按职责分工负责")[:2] == (["甲处"], ["乙处", "丙处"])
    assert parse_clause_rule("责任科室：甲科、乙科等科室")[:2] == (["甲科", "乙科"], [])


def test_an_etc_tail_naming_a_class_that_lists_kinds_drops_whole():
    assert parse_clause_rule("牵头单位：甲局、乙局、丙局等各产业、招商主管部门")[:2] == (["甲局", "乙局", "丙局"], [])
    assert parse_clause_rule("甲局牵头，乙局等相关行业、领域主管部门配合")[:2] == (["甲局"], ["乙局"])


def test_a_list_of_place_levels_before_their_government_is_one_catch_all():
    assert parse_clause_rule("责任单位：甲厅、乙厅，各市、州、县人民政府")[:2] == (["甲厅", "乙厅", "各市、州、县人民政府"], [])
    assert parse_clause_rule("责任单位：甲局、各区、市委组织部")[:2] == (["甲局", "各区", "市委组织部"], [])


def test_governments_after_he_at_the_end_of_a_list_are_a_unit_of_their_own():
    assert parse_clause_rule("甲委、乙委和有关区县政府具体负责")[:2] == (["甲委", "乙委", "有关区县政府"], [])
    assert parse_clause_rule("甲局、乙局和各区人民政府按职责分工负责")[:2] == (["甲局", "乙局", "各区人民政府"], [])


def test_a_bare_level_before_a_county_level_with_its_bracketed_kinds_is_one_catch_all():
    assert parse_clause_rule("甲厅、乙厅、各市、县〔市、区〕政府等分工负责")[:2] == (["甲厅", "乙厅", "各市、县〔市、区〕政府"], [])
    assert parse_clause_rule("责任单位：甲厅、各市、县（市、区）政府")[:2] == (["甲厅", "各市、县（市、区）政府"], [])
