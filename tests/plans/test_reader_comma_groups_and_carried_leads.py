"""A service-trade plan's clauses (branch k-reader42): groups of names parted by '，' with no 牵头 word, all leading,
bank branches ('人民银行某省分行', '某市分行') and places before one body's suffix ('甲城、乙城、丙城边检总站') among them,
and a carry note closing the first clause ('以下均需各地级以上市人民政府落实，不再一一列出'): that body leads every later
task too, beside a 'X牵头' group. Made-up plans in that style."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule

_PLAN = (
    "某省服务贸易发展三年行动计划\n"
    "一、推动重点领域发展\n"
    "（一）扩大旅游服务出口。完善入境旅游服务。（省文化和旅游厅、省公安厅，人民银行某省分行、某市分行，省通信管理局，"
    "甲城、乙城、丙城边检总站，各地级以上市人民政府按职责分工负责，以下均需各地级以上市人民政府落实，不再一一列出）\n"
    "（二）发展数字服务贸易。建设数字贸易平台。（省商务厅牵头，省委网信办、省数据局按职责分工负责）\n"
    "（三）培育文化贸易。打造文化出口基地。（省委宣传部，省商务厅，人民银行某省分行、某市分行按职责分工负责）\n"
)


def _roles():
    return [(task["lead"], task["support"]) for task in read_text(_PLAN)["tasks"]]


def test_groups_parted_by_commas_without_a_lead_word_all_lead():
    assert _roles()[0] == (
        [
            "省文化和旅游厅",
            "省公安厅",
            "人民银行某省分行",
            "某市分行",
            "省通信管理局",
            "甲城",
            "乙城",
            "丙城边检总站",
            "各地级以上市人民政府",
        ],
        [],
    )


def test_the_carried_body_leads_every_later_task_beside_the_named_lead():
    assert _roles()[1] == (["省商务厅", "各地级以上市人民政府"], ["省委网信办", "省数据局"])
    assert _roles()[2] == (
        ["省委宣传部", "省商务厅", "人民银行某省分行", "某市分行", "各地级以上市人民政府"],
        [],
    )


def test_a_bank_branch_is_a_unit():
    lead, support, rule, unsure = parse_clause_rule("省商务厅、人民银行某省分行、某市分行按职责分工负责")
    assert (lead, support, rule, unsure) == (
        ["省商务厅", "人民银行某省分行", "某市分行"],
        [],
        "single_list",
        False,
    )


def test_places_before_a_shared_suffix_are_split_as_printed():
    lead, _, rule, _ = parse_clause_rule("省商务厅、甲湾、乙湾、丙湾派出所按职责分工负责")
    assert (lead, rule) == (["省商务厅", "甲湾", "乙湾", "丙湾派出所"], "single_list")


def test_words_before_a_full_name_are_no_shared_suffix_places():
    assert parse_clause_rule("加强、完善省商务厅", bare=True) is None
    # "跨主体、跨部门、跨地区" names ways of working, not places sharing a body's suffix
    assert parse_clause_rule("跨主体、跨部门、跨地区", bare=True) is None


def test_the_duty_words_are_no_part_of_an_unknown_last_name():
    lead, _, _, unsure = parse_clause_rule("省商务厅，省委宣传部，甲乙联盟按职责分工负责", bare="closing")
    assert (lead, unsure) == (["省商务厅", "省委宣传部", "甲乙联盟"], True)
