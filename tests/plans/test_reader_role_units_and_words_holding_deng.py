"""A body named by the role it plays in a project is a unit ("（项目承担单位负责）"); 等 inside a word opens no catch-all
tail ("省属高等学校和科研院所主管部门", "中等职业学校")."""

from actiondesk.plans.reader.departments import parse_clause_rule


def test_a_body_named_by_its_role_in_a_project_is_a_unit():
    assert parse_clause_rule("项目承担单位负责")[:2] == (["项目承担单位"], [])
    assert parse_clause_rule("省财政厅、项目主管部门、项目承担单位负责")[:2] == (["省财政厅", "项目主管部门", "项目承担单位"], [])


def test_等_inside_a_word_is_no_catch_all_tail_but_等有关部门_is():
    assert parse_clause_rule("省发展改革委、省属高等学校和科研院所主管部门负责")[:2] == (
        ["省发展改革委", "省属高等学校和科研院所主管部门"], [])
    assert parse_clause_rule("省教育厅、中等职业学校主管部门负责")[:2] == (["省教育厅", "中等职业学校主管部门"], [])
    assert parse_clause_rule("省发展改革委等有关部门负责")[:2] == (["省发展改革委"], [])


def test_a_county_body_after_各市_is_every_levels_body_but_after_各乡镇_it_is_its_own():
    assert parse_clause_rule("省社保中心，各市、县人力资源社会保障局负责")[:2] == (["省社保中心", "各市、县人力资源社会保障局"], [])
    assert parse_clause_rule("省政务服务和数字化局牵头，各市、县级政府配合")[:2] == (["省政务服务和数字化局"], ["各市、县级政府"])
    assert parse_clause_rule("各乡镇、县农业局负责")[:2] == (["各乡镇", "县农业局"], [])


def test_a_first_listed_rule_written_with_an_arabic_1_is_read():
    from actiondesk.plans.reader.role_words import FIRST_LEADS

    assert FIRST_LEADS.search("责任单位：省科技厅、省工业和信息化厅，排名第1为牵头单位，下同")


def test_a_levels_catch_all_named_alone_is_the_lead():
    assert parse_clause_rule("省有关部门单位负责")[:2] == (["省有关部门单位"], [])
    assert parse_clause_rule("省发展改革委会同省有关部门单位负责")[:2] == (["省发展改革委"], ["省有关部门单位"])
