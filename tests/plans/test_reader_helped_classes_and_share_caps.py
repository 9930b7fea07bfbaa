"""Units that help a class of bodies named by no unit ("按职责协助区级职能部门分工负责"), duty words after a catch-all
of places ("各村按职责分工") and caps on a share of a capacity ("不超过最大承载量的75%", "不超过25桌") (k-reader46).
Invented text in the style."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule

PLAN = (
    "某区节日期间疫情防控工作方案\n一、工作任务\n"
    "（一）加强餐饮场所管理。落实限流措施，单个餐厅接待率不超过最大容座量的75%。"
    "（甲处、乙处、丙局按职责协助区级职能部门分工负责）\n"
    "（二）加强景区和聚餐管理。公园接待游客量不超过最大承载量的75%，农村聚餐总数不超过25桌。（各村按职责分工）\n"
    "（三）加强停车管理。新建停车位中充电车位不应低于总车位的20%。（区交通局负责）\n"
)


def _targets():
    return {t["text"]: (t["value"], t["unit"], t["comparator"]) for t in read_text(PLAN)["targets"]}


def test_units_that_help_a_class_of_bodies_named_by_no_unit_lead_and_the_class_drops():
    parsed = parse_clause_rule("甲处、乙处、丙局按职责协助区级职能部门分工负责")
    assert parsed[:2] == (["甲处", "乙处", "丙局"], [])
    assert parsed[2].startswith("single_list+unnamed")  # not "assists", which says the helpers support
    assert parse_clause_rule("甲处配合相关部门落实")[:2] == (["甲处"], [])
    task = read_text(PLAN)["tasks"][0]
    assert (task["lead"], task["support"]) == (["甲处", "乙处", "丙局"], [])


def test_units_that_help_a_named_body_still_support_it():
    assert parse_clause_rule("甲处按职责协助区发展局负责")[:2] == (["区发展局"], ["甲处"])


def test_the_duty_words_after_a_catch_all_of_places_are_no_part_of_its_name():
    assert read_text(PLAN)["tasks"][1]["lead"] == ["各村"]
    assert parse_clause_rule("各社区按职责分工", bare=True)[0] == ["各社区"]


def test_a_cap_written_before_the_base_of_a_share_is_a_cap():
    targets = _targets()
    assert targets["单个餐厅接待率不超过最大容座量的75%"] == (75, "%", "<=")
    assert targets["公园接待游客量不超过最大承载量的75%"] == (75, "%", "<=")


def test_a_cap_on_the_tables_of_a_banquet_is_read():
    assert _targets()["农村聚餐总数不超过25桌"] == (25, "桌", "<=")


def test_a_negated_cap_word_before_the_base_of_a_share_stays_a_floor():
    assert _targets()["新建停车位中充电车位不应低于总车位的20%"] == (20, "%", ">=")
