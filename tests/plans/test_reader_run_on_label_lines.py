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


def test_label_sentences_closing_a_paragraph_right_after_its_full_stop_are_read():
    text = (
        "甲市改革实施意见\n一、工作重点\n（一）出让前准备。\n1.区域评估。统一组织完成区域评估。牵头单位：各县（市、区）人民政府、"
        "园区管委会。责任单位：市发展改革委、市水务局。\n2.标准制定。制定控制性指标。牵头单位：市经济信息化局。责任单位：市税务局。\n"
        "（二）审批服务。推进一窗受理。牵头单位：市政务服务管理局。\n"
    )
    assert _rows(text) == [
        ("1", "区域评估", ["各县（市、区）人民政府", "园区管委会"], ["市发展改革委", "市水务局"]),
        ("2", "标准制定", ["市经济信息化局"], ["市税务局"]),
        ("（二）", "审批服务", ["市政务服务管理局"], []),
    ]


def test_a_label_in_the_middle_of_a_paragraph_or_inside_a_bracket_is_not_cut_out():
    assert split_run_on_labels("推进改革。牵头单位：甲局。各地要抓好落实。") == ["推进改革。牵头单位：甲局。各地要抓好落实。"]
    assert split_run_on_labels("推进改革（说明。牵头单位：甲局）。") == ["推进改革（说明。牵头单位：甲局）。"]
