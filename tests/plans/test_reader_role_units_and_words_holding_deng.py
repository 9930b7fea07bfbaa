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
