"""Clause wordings of a zone plan's bureaus: 'X牵头，Y、Z等按职责分工' (no verb after the supports), a carry note in the
first clause that binds that clause too, a bureau's divisions with 处 printed once ('区经发局工信、发改处'), a unit cell
ending '按职责分工', a clause printed without its opening bracket, and '即时启动' after the units."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule
from actiondesk.plans.reader.table_cells import unit_cell


def _units(text):
    return [(t["number"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_units_after_the_lead_working_by_their_duties_support_it():
    assert parse_clause_rule("甲局牵头，乙局、丙局等按职责分工")[:2] == (["甲局"], ["乙局", "丙局"])


def test_a_carry_note_binds_the_clause_that_states_it_and_the_later_ones():
    text = (
        "一、重点任务\n1.加强监督检查。开展质量监督检查。（甲局牵头，乙局、丙局等按职责分工，以下工作均需各片区管理局负责，"
        "不再列出）\n2.规范快递包装。推动包装规范化建设。（丁中心负责）\n"
    )
    assert _units(text) == [
        ("1", ["甲局", "各片区管理局"], ["乙局", "丙局"]),
        ("2", ["丁中心", "各片区管理局"], []),
    ]


def test_a_carry_note_written_with_a_dash_is_read():
    assert parse_clause_rule(
        "各片区管理局，以下各项工作均需各片区管理局负责推进，不再——列出", bare="closing"
    )[:2] == (
        ["各片区管理局"],
        [],
    )


def test_a_division_whose_office_word_is_printed_once_after_the_next_is_a_unit():
    assert parse_clause_rule("区经发局工信、发改处、科技处，区市场监管局等按职责分工负责")[:2] == (
        ["区经发局工信", "发改处", "科技处", "区市场监管局"],
        [],
    )


def test_words_after_a_bureau_without_a_division_after_them_are_no_division():
    assert parse_clause_rule("区经发局工信，区市场监管局等按职责分工负责") is None


def test_a_unit_cell_ending_with_duty_words_names_its_units():
    assert unit_cell("各片区管理局，区经发局、平潭海关按职责分工") == ["各片区管理局", "区经发局", "平潭海关"]
    assert unit_cell("按职责分工") is None


def test_a_clause_printed_without_its_opening_bracket_closes_its_item():
    text = (
        "一、重点任务\n（一）推广全生物降解地膜。在重点覆膜区域推广。区农业农村局负责，持续推进）\n"
        "（二）实行政府采购绿色产品政策。（区财金局负责；2020年底前完成）\n"
    )
    assert _units(text) == [("（一）", ["区农业农村局"], []), ("（二）", ["区财金局"], [])]


def test_starting_at_once_after_the_units_is_no_unit():
    assert parse_clause_rule("各片区管理局负责；即时启动")[:2] == (["各片区管理局"], [])
