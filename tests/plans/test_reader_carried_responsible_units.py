"""A note "Y、Z均为责任单位，以下不再列出" makes Y and Z support the task whose clause says so and every later one; a
labelled lead list closed by "按职责分别牵头" and a plain list closed by "分别负责" keep their last names whole."""

from actiondesk.plans.reader import read_text

_HEAD = "某市2023年政务服务工作要点\n\n一、重点任务\n"


def _units(items: str):
    return [(t["lead"], t["support"]) for t in read_text(_HEAD + items)["tasks"]]


def test_units_named_responsible_for_every_item_below_support_this_item_and_the_later_ones():
    items = ("（一）推进数据共享。完成平台建设。（市行政审批服务局牵头，市直相关单位按职责分工负责。各县市区人民政府、"
             "甲经开区管委会均为责任单位，以下不再列出）\n"
             "（二）扩大电子证照应用。（市数据局牵头）\n")
    assert _units(items) == [
        (["市行政审批服务局"], ["市直相关单位", "各县市区人民政府", "甲经开区管委会"]),
        (["市数据局"], ["各县市区人民政府", "甲经开区管委会"]),
    ]


def test_a_labelled_lead_list_closed_by_its_role_said_again_keeps_its_last_name():
    items = "（一）推进审批改革。（牵头单位：市发展改革委、市住建局按职责分别牵头；责任单位：市政府有关部门）\n"
    assert _units(items) == [(["市发展改革委", "市住建局"], ["市政府有关部门"])]


def test_a_plain_list_whose_places_each_answer_for_their_own_share_leads_whole():
    items = "（一）放宽购车限制。（甲市、乙市政府分别负责）\n"
    assert _units(items) == [(["甲市", "乙市政府"], [])]


def test_a_carried_note_printed_in_the_responsible_line_under_a_lead_line_carries_supports():
    items = ("1.提升市场准入效能。严格实施负面清单。\n牵头单位：市发改委\n"
             "责任单位：市直相关单位，各县（区）人民政府落实（以下任务均需各县区人民政府落实，不再列出）\n"
             "2.简化企业开办登记。压缩开办时间。\n牵头单位：市市场监管局\n责任单位：市税务局\n")
    assert _units(items)[1] == (["市市场监管局"], ["市税务局", "各县区人民政府"])
