"""Items whose numbers a store lost: two-digit numbers printed against their title lines ("02对…"), item 1's number
missing before "02", and items printed with no number at all, each closed by its own clause."""

import pytest

from actiondesk.plans.reader import PlanReadError, read_text

_HEAD = "关于促进房地产市场平稳健康发展的若干措施\n"


def _tasks(body: str):
    return [(t["number"], t["title"], t["lead"]) for t in read_text(_HEAD + body)["tasks"]]


def test_two_digit_numbers_against_their_title_lines_open_items_and_item_one_keeps_its_lost_number():
    body = ("实行阶段性购房补贴。\n对首次购买新建商品住房的给予补贴。〔责任单位:区财政局、区住建局〕\n"
            "02对生育家庭实施差异化购房补助。\n符合生育政策的家庭给予补贴。〔责任单位:区财政局、区民政局〕\n"
            "03按时完成产证办理给予补助。\n完成不动产权证办理可给予补贴。〔责任单位:区自然资源局〕\n")
    assert _tasks(body) == [("01", "实行阶段性购房补贴", ["区财政局", "区住建局"]),
                            ("02", "对生育家庭实施差异化购房补助", ["区财政局", "区民政局"]),
                            ("03", "按时完成产证办理给予补助", ["区自然资源局"])]


def test_items_printed_without_any_number_are_read_in_order_by_their_clauses():
    body = ("实行阶段性购房补贴。\n对首次购买新建商品住房的给予补贴。〔责任单位:区财政局〕\n"
            "对生育家庭实施差异化购房补助。\n符合生育政策的家庭给予补贴。〔责任单位:区民政局〕\n")
    assert _tasks(body) == [("1", "实行阶段性购房补贴", ["区财政局"]), ("2", "对生育家庭实施差异化购房补助", ["区民政局"])]


def test_sentences_opening_with_a_month_or_a_count_are_no_items():
    body = ("一、重点任务\n（一）推进改革。\n10月底前完成清单编制。（区发展改革局负责）\n"
            "12个重点项目开工建设。（区住建局负责）\n")
    assert [t["number"] for t in read_text(_HEAD + body)["tasks"]] == ["（一）", "（一）-2"]


def test_a_text_with_one_clause_and_no_number_is_still_refused():
    with pytest.raises(PlanReadError):
        read_text(_HEAD + "实行阶段性购房补贴。\n对首次购买新建商品住房的给予补贴。〔责任单位:区财政局〕\n")
