"""A bracket printed straight after a body's name and holding one body's name is that body's other name
("区建设管理委（区水务局）"), and a bracket naming the things counted right before it ("总包企业2家（甲公司、乙公司）") or
their owner ("（权属为市排水中心）", "（即某某泵站）"), are not clauses saying who answers for the sentence."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.clause_search import alias_of_name, find_responsibility


def test_a_bracketed_alias_right_after_a_name_is_no_responsibility_clause():
    assert (
        find_responsibility("区建设管理委（区水务局）牵头完成区级实施方案编制，经区政府审议后印发。") is None
    )


def test_the_alias_check_needs_a_body_name_right_before_the_bracket():
    text = "区建设管理委（区水务局）会同上海城投集团完成清单锁定"
    assert alias_of_name(text, text.index("（"), "区水务局")
    text = "完成清单锁定（区水务局）"
    assert not alias_of_name(text, text.index("（"), "区水务局")


def test_a_bracket_of_names_closing_a_sentence_still_names_the_leads():
    found = find_responsibility("完成区级实施方案编制。（区建设管理委、区水务局）")
    assert found.lead == ["区建设管理委", "区水务局"]


def test_a_bracket_right_after_a_task_sentence_still_names_its_lead():
    assert find_responsibility("完成区级实施方案编制（区水务局）").lead == ["区水务局"]


def test_body_items_whose_only_bracket_is_an_alias_give_no_task_led_by_the_alias():
    text = (
        "一、改革任务\n（一）推进平稳有序移交\n"
        "1.区级方案编制。区建设管理委（区水务局）牵头完成区级实施方案编制，经区政府审议后印发。\n"
        "2.移交清单建立。2025年9月底前，区建设管理委（区水务局）会同上海城投集团完成清单锁定。\n"
    )
    leads = [task["lead"] for task in read_text(text)["tasks"]]
    assert ["区水务局"] not in leads


def test_a_bracket_naming_the_things_counted_right_before_it_is_no_responsibility_clause():
    text = "共有总包企业2家（甲市政养护有限公司、乙城市建设有限公司），有效期内总包合同2个。"
    assert find_responsibility(text) is None


def test_a_bracket_naming_an_owner_or_restating_a_thing_is_no_responsibility_clause():
    assert find_responsibility("拟移交的移动泵车1辆、液压动力站3台（权属为市排水中心）。") is None
    assert find_responsibility("拟移交的排水泵站（即某某泵站）现由某公司负责养护。") is None


def test_a_closing_bracket_of_units_after_a_count_of_work_done_still_names_its_lead():
    assert find_responsibility("完成管道检测100公里。（区建设管理委、区水务局）").lead == [
        "区建设管理委",
        "区水务局",
    ]


def test_a_worded_clause_right_after_a_count_still_names_its_lead():
    assert find_responsibility("完善机制，新增试点5个（甲局负责）。").lead == ["甲局"]
