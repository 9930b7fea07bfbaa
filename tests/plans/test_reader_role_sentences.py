"""Roles written inside one 责任分工 sentence with no 牵头 word ("甲局负责…，乙局组织实施，丙局配合，丁局检查指导"): units
that only help support, every other role leads; a body sentence of the same shape is no clause."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule


def test_each_part_of_a_division_sentence_names_its_units_and_what_they_do():
    clause = "责任分工：区规划局负责开展规划编制工作，所在乡镇人民政府组织实施，区直有关部门配合，区建设局业务检查指导。"
    assert parse_clause_rule(clause)[:3] == (
        ["区规划局", "所在乡镇人民政府", "区建设局"],
        ["区直有关部门"],
        "role_sentence",
    )


def test_a_part_that_only_says_each_does_its_duty_takes_the_role_of_the_next_bare_part():
    clause = "责任分工：区规划局负责编制规划，甲片区管理局组织实施，区直各部门各司其职，协同配合，区建设局业务指导。"
    assert parse_clause_rule(clause)[:2] == (["区规划局", "甲片区管理局", "区建设局"], ["区直各部门"])


def test_the_work_named_before_you_and_an_alternative_in_brackets_are_no_units():
    clause = "责任分工：二期项目由区交通投资有限公司负责实施，其他项目由各片区管理局（或业主单位）负责实施，区直有关单位配合。"
    assert parse_clause_rule(clause)[:2] == (["区交通投资有限公司", "各片区管理局"], ["区直有关单位"])


def test_units_joined_by_he_and_an_etc_tail_of_a_helping_part():
    clause = "责任分工：区森林局组织实施，区建设局等区直部门配合，区直各有关部门和各有关乡镇配合。"
    assert parse_clause_rule(clause)[:2] == (["区森林局"], ["区建设局", "区直各有关部门", "各有关乡镇"])


def test_a_division_sentence_closes_each_project_item():
    text = (
        "三、主要内容及职责分工\n（一）建设美丽乡村\n实施项目：3个示范村。\n主要内容：推进村庄整治。\n"
        "责任分工：区规划局负责开展规划编制工作，所在乡镇人民政府组织实施，区直有关部门配合。\n"
        "（二）打造完整社区\n实施项目：东门社区。\n"
        "责任分工：甲片区开发管理局组织实施，嘉源公司作为业主单位，潭城镇人民政府全力配合。\n"
    )
    tasks = read_text(text)["tasks"]
    assert [(t["lead"], t["support"]) for t in tasks] == [
        (["区规划局", "所在乡镇人民政府"], ["区直有关部门"]),
        (["甲片区开发管理局", "嘉源公司"], ["潭城镇人民政府"]),
    ]


def test_a_sentence_of_work_without_a_division_label_is_no_clause():
    assert (
        parse_clause_rule("区规划局负责开展规划编制工作，所在乡镇人民政府组织实施，区直有关部门配合") is None
    )
    assert parse_clause_rule("责任分工：完成规划编制工作，推进村庄整治") is None


def test_a_bracketed_clause_where_each_unit_answers_for_its_own_part_reads_all_lead():
    text = (
        "一、重点任务\n1.整合交易平台。建设统一平台。（区行政服务中心负责平台建设，区财政局负责资金保障）\n"
    )
    task = read_text(text)["tasks"][0]
    assert (task["lead"], task["support"], task["rule"]) == (
        ["区行政服务中心", "区财政局"],
        [],
        "role_sentence",
    )


def test_a_part_naming_no_unit_undoes_the_clause_and_a_helping_unit_supports():
    assert parse_clause_rule("区行政服务中心负责平台建设，加快推进整合", bare=True) is None
    assert parse_clause_rule("甲局负责平台建设，乙局配合", bare=True)[:3] == (["甲局"], ["乙局"], "role_sentence")
