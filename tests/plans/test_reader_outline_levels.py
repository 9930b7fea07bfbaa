"""Outline levels beyond 一、/（一）/1.: chapters and their sections (第一章, 第一部分, 第一节) above the sections, items
numbered after a word that names them (任务一：, 行动1, 重点工程二：), and sections each closed by a clause on a line of
their own, read once. Made-up plans; the issue's own numbering styles are in test_reader_issue_styles.py."""

import pytest

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.numbering import numbered
from tests.plans.test_reader_issue_styles import HEAD, targets_of

CHAPTERED = ("某市数字经济行动方案\n第一章 总体要求\n到2026年，数字经济核心产业增加值达到500亿元。\n"
             "第二章{sep}重点任务\n第一节 夯实数字基础\n{a}建设5G网络。新建5G基站2000个。（责任单位：市工信局）\n"
             "{b}建设算力中心。（责任单位：市发改委）\n第二节 推动产业数字化\n"
             "{a}推进智能制造。（牵头单位：市工信局；配合单位：市科技局）\n第三章 保障措施\n{a}加强组织领导。\n")


@pytest.mark.parametrize(("sep", "a", "b"), [(" ", "一、", "二、"), ("：", "（一）", "（二）"), ("　", "1.", "2.")])
def test_numbering_chapters_and_their_sections_hold_the_goals_and_the_task_items(sep, a, b):
    reading = read_text(CHAPTERED.format(sep=sep, a=a, b=b).replace("第一章 总体要求", "第一部分 总体要求"
                                                                    if sep == "：" else "第一章 总体要求"))
    assert [(t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("建设5G网络", ["市工信局"], []), ("建设算力中心", ["市发改委"], []), ("推进智能制造", ["市工信局"], ["市科技局"])]
    assert [p["number"] for p in reading["programmes"]] == ["第一节", "第二节"]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(500, "亿元"), (2000, "个")]


@pytest.mark.parametrize(("first", "second"), [("任务一：", "任务二："), ("重点任务1：", "重点任务2："), ("行动一 ", "行动二 "),
                                               ("专项行动1、", "专项行动2、"), ("重点工程一：", "重点工程二：")])
def test_numbering_items_numbered_after_a_word_that_names_them_are_tasks(first, second):
    reading = read_text(HEAD + f"{first}推进园区建设。加快标准厂房建设。（责任单位：区建设局）\n"
                               f"{second}优化营商环境。新增市场主体500户。（责任单位：区营商局）\n")
    assert [(t["number"], t["title"], t["lead"]) for t in reading["tasks"]] == [
        (first.strip(" ：、"), "推进园区建设", ["区建设局"]), (second.strip(" ：、"), "优化营商环境", ["区营商局"])]
    assert targets_of(reading) == [(second.strip(" ：、"), 500, "户", ">=", None)]


@pytest.mark.parametrize("number", ["一、", "（一）", "重点任务一："])
def test_numbering_items_each_closed_by_a_clause_on_a_line_of_their_own_are_read_once(number):
    second = number.replace("一", "二")
    reading = read_text("某区2026年工作方案\n"
                        f"{number}推进园区建设\n加快标准厂房建设。\n（责任单位：区建设局）\n"
                        f"{second}优化营商环境\n深化一网通办。\n（责任单位：区营商局）\n")
    assert [(t["title"], t["lead"]) for t in reading["tasks"]] == [("推进园区建设", ["区建设局"]),
                                                                   ("优化营商环境", ["区营商局"])]


@pytest.mark.parametrize("line", ["第一批试点企业名单另行公布。", "第一次全体会议审议通过。", "第三方评估每年开展一次。"])
def test_numbering_a_line_that_starts_with_an_ordinal_but_no_outline_word_is_no_heading(line):
    assert numbered(line) is None
