"""Roles a responsibility clause names beyond 牵头 and 配合: 参加单位 label lines, a third role that oversees the work
(协调指导, 指导单位), and a deadline written first in a bracket that names several roles."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule


def _units(text):
    return [(t["number"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_participating_units_on_a_label_line_of_their_own_support_the_task():
    text = ("一、重点任务\n（一）建设平台。\n牵头单位：甲局、乙局\n参加单位：丙局、丁委\n"
            "（二）完善制度。\n牵头单位：乙局\n参加单位：丙局\n")
    assert _units(text) == [("（一）", ["甲局", "乙局"], ["丙局", "丁委"]), ("（二）", ["乙局"], ["丙局"])]


def test_a_guiding_unit_label_beside_the_lead_label_supports():
    assert parse_clause_rule("牵头单位：甲局；指导单位：丁局")[:2] == (["甲局"], ["丁局"])
    assert parse_clause_rule("牵头单位：甲局；协调指导单位：丁局")[:2] == (["甲局"], ["丁局"])


def test_units_that_coordinate_and_guide_after_the_supporting_ones_support_too():
    assert parse_clause_rule("甲局牵头，乙局、丙局等相关部门配合，丁局、戊委协调指导")[:2] == (
        ["甲局"], ["乙局", "丙局", "丁局", "戊委"])


def test_a_quarter_deadline_first_in_the_bracket_is_no_unit():
    assert parse_clause_rule("2020年2季度完成，甲局、乙局牵头，丙局配合")[:2] == (["甲局", "乙局"], ["丙局"])
    assert parse_clause_rule("2021年第三季度完成，甲局牵头，丙局配合")[:2] == (["甲局"], ["丙局"])


def test_a_deadline_and_three_roles_in_one_bracket_close_the_item():
    text = ("五、工作安排\n1．建立协调机制。研究协调重大事项。（2020年2季度完成，甲局牵头，乙局、丙局等相关部门配合）\n"
            "2．统一交易规则。建立统一规则。（2020年3季度完成，项目实施载体牵头，其他服务机构配合，甲局、各行业主管部门协调指导）\n")
    assert _units(text) == [
        ("1", ["甲局"], ["乙局", "丙局"]),
        ("2", ["项目实施载体"], ["其他服务机构", "甲局", "各行业主管部门"]),
    ]


def test_an_executing_unit_label_alone_names_the_lead_like_an_implementing_one():
    assert parse_clause_rule("执行单位：甲局")[:2] == (["甲局"], [])
    assert parse_clause_rule("执行部门：甲局、乙委")[:2] == (["甲局", "乙委"], [])


def test_an_executing_unit_label_beside_a_lead_label_supports_like_an_implementing_one():
    assert parse_clause_rule("牵头单位：甲局；执行单位：乙委")[:2] == parse_clause_rule("牵头单位：甲局；实施单位：乙委")[:2]


def test_measures_each_closed_by_an_executing_unit_clause_are_led_by_that_unit():
    text = ("二、支持范围和标准\n（一）节能减排：\n1.节能改造项目\n支持企业实施节能改造，给予配套补贴。（执行单位：甲局）\n"
            "2.合同能源管理项目\n对列入名单的项目给予奖励。（执行单位：乙委）\n")
    assert [(t["lead"], t["support"]) for t in read_text(text)["tasks"]] == [(["甲局"], []), (["乙委"], [])]


def test_a_lead_label_worded_lead_and_responsible_names_the_lead_beside_a_support_label_on_one_line():
    assert parse_clause_rule("牵头负责单位：省旅游发展委员会 配合单位：区旅游局、区公安局")[:2] == (
        ["省旅游发展委员会"], ["区旅游局", "区公安局"])
    text = "一、主要任务\n（一）整治市场秩序。开展专项整治（牵头负责单位：区旅游局；配合单位：区市场监管局）。\n"
    assert _units(text) == [("（一）", ["区旅游局"], ["区市场监管局"])]


def test_a_month_end_deadline_without_qian_first_in_the_bracket_is_no_unit():
    assert parse_clause_rule("5月底取得明显成效并持续推进，牵头考核单位：甲局")[:2] == (["甲局"], [])
    assert parse_clause_rule("6月底完成，牵头考核单位：甲办、乙局")[:2] == (["甲办", "乙局"], [])


def test_items_closed_by_a_month_end_and_an_assessing_lead_label_name_their_units():
    text = ("一、考评内容\n1．全面开通网上办理。完成改造。（5月底取得明显成效并持续推进，牵头考核单位：甲局）\n"
            "2．提升热线服务水平。（6月底完成，牵头考核单位：乙办、丙局）\n")
    assert _units(text) == [("1", ["甲局"], []), ("2", ["乙办", "丙局"], [])]


def test_units_that_carry_the_work_out_in_detail_under_the_lead_support_it():
    assert parse_clause_rule("甲局牵头，省有关部门具体实施")[:2] == (["甲局"], ["省有关部门"])
    assert parse_clause_rule("甲局牵头，乙局、丙局具体推进")[:2] == (["甲局"], ["乙局", "丙局"])


def test_a_label_naming_two_kinds_of_body_joined_by_ji_is_one_label():
    assert parse_clause_rule("责任处室及单位：甲大队、乙处")[:2] == (["甲大队", "乙处"], [])
    assert parse_clause_rule("牵头单位：甲局；配合部门和单位：乙局")[:2] == (["甲局"], ["乙局"])
