"""Ordinal sub-items inside a numbered item ("4.实施…工程。\n一是…。\n责任处室：…\n二是…。\n责任单位：…"): each sub-item
closed by its own label lines is a task, the first one titled by its own words, not by the item's heading."""

from actiondesk.plans.reader import read_text

PLAN = (
    "甲片区环境提升机制\n一、建立整治机制\n"
    "1.实施街容提升工程。\n"
    "一是规范流动摊点。落实网格化管理，划定临时经营区域。\n责任处室：甲处、乙处\n配合单位：丙所\n"
    "二是优化户外招牌。加强后续管理。\n责任单位：丁处、各行政村\n"
    "2.实施交通整治工程。\n"
    "一是强化路面管理。二是开展文明劝导。\n责任处室：戊处\n"
)


def _rows(text):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_the_first_ordinal_sub_item_with_its_own_labels_is_titled_by_its_own_words():
    rows = _rows(PLAN)
    assert rows[0] == ("1", "一是规范流动摊点", ["甲处", "乙处"], ["丙所"])
    assert rows[1] == ("1-2", "二是优化户外招牌", ["丁处", "各行政村"], [])


def test_sub_items_sharing_one_pair_of_labels_stay_one_task_titled_by_the_item():
    assert _rows(PLAN)[2] == ("2", "实施交通整治工程", ["戊处"], [])


def test_a_heading_sentence_over_plain_paragraphs_still_titles_the_first_task():
    text = (
        "甲区工作方案\n一、重点任务\n1.推进甲工程。\n开展甲项清理。\n责任单位：甲局\n"
        "二是推进乙项。\n责任单位：乙局\n"
    )
    assert _rows(text)[0][1] == "推进甲工程"
