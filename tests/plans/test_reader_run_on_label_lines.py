"""Label lines run on in a portal page's text, where a paragraph break was kept as a space ("…成果。 责任处室：甲处 配合单位：
丙所 二是…", "责任单位：区财政局、社会事业局 2.落实补贴。…"): each label, and the item or sub-item after a label line,
starts a line of its own; names parted by spaces inside a label line stay together on it."""

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.run_on_labels import split_run_on_labels


def _rows(text):
    return [
        (t["number"], t["title"], t["lead"], t["support"])
        for t in read_plan(text.encode(), "plan.txt")["tasks"]
    ]


def test_labels_and_sub_items_run_on_after_a_space_are_lines_of_their_own():
    text = (
        "甲片区创城机制\n一、建立机制\n1.实施街容提升工程。 一是规范流动摊点。落实网格化管理。 责任处室：甲处、乙处 "
        "配合单位：丙所 二是优化户外招牌。加强管理。 责任单位：丁处、各行政村\n"
    )
    assert _rows(text) == [
        ("1", "一是规范流动摊点", ["甲处", "乙处"], ["丙所"]),
        ("1-2", "二是优化户外招牌", ["丁处", "各行政村"], []),
    ]


def test_the_next_item_and_part_run_on_after_a_label_line_start_lines_of_their_own():
    text = (
        "甲区养老服务意见\n一、加大支持\n1.确保用地。优先安排用地。 责任单位：区资源局、社会事业局 2.落实补贴。按标准补助。 "
        "责任单位：区财政局 区人社局 二、强化保障 3.加强培训。开展培训。 责任单位：区人社局\n"
    )
    assert [(row[0], row[2]) for row in _rows(text)] == [
        ("1", ["区资源局", "社会事业局"]),
        ("2", ["区财政局", "区人社局"]),
        ("3", ["区人社局"]),
    ]


def test_a_line_without_a_run_on_label_is_left_whole():
    line = "1.推进甲工程。 开展甲项清理，责任单位另行通知。"
    assert split_run_on_labels(line) == [line]
    assert split_run_on_labels("责任单位：区财政局 区人社局") == ["责任单位：区财政局 区人社局"]
