"""Clause wordings met in one document's every clause: a pace after the units ("…负责,持续实施"), a share carried out
("Y配合完成", "Y按职责完成有关工作", "X、Y根据各自职责分别组织实施"), a label misread by text recognition ("贵任单位:"), a carried note worded by the
tasks it covers ("各项任务均需X落实，不再列出") and a sentence that every unit named does its share ("各责任单位…，下同")."""

from actiondesk.plans.reader import read_text

_HEAD = "某省推进重点工作实施方案\n\n一、重点任务\n"


def _units(items: str):
    return [(t["lead"], t["support"]) for t in read_text(_HEAD + items)["tasks"]]


def test_a_pace_after_the_units_is_no_unit():
    items = "（一）加大信息公开力度。（甲厅、乙委等有关部门，各市、县政府负责,持续实施）\n"
    assert _units(items) == [(["甲厅", "乙委", "各市、县政府"], [])]


def test_units_that_carry_their_share_out_support_the_lead():
    items = ("（一）加快完成系统对接。（市行政审批局牵头，市公安局配合完成，2023年10月底前完成）\n"
             "（二）健全移交转办机制。（市行政审批局牵头，各县（市、区）人民政府、市直各单位按职责完成有关工作，长期推进）\n")
    assert _units(items) == [(["市行政审批局"], ["市公安局"]),
                             (["市行政审批局"], ["各县（市、区）人民政府", "市直各单位"])]


def test_units_alone_that_carry_their_shares_out_lead():
    items = "（一）健全值班值守制度。（各县（市、区）人民政府，市直各单位按职责完成有关工作，2023年6月底前完成）\n"
    assert _units(items) == [(["各县（市、区）人民政府", "市直各单位"], [])]


def test_a_label_misread_by_text_recognition_is_still_the_label():
    items = "（一）保障购房居民权益。(贵任单位:市农业农村局、市公安局,各区县人民政府)\n"
    assert _units(items) == [(["市农业农村局", "市公安局", "各区县人民政府"], [])]


def test_a_note_worded_by_the_tasks_it_covers_carries_its_body_to_this_task_and_every_later_one():
    items = ("（一）落实设备更新政策。（责任单位：甲委、乙厅按职责分工负责；各项任务均需市县政府落实，不再列出）\n"
             "（二）统筹安排省级资金。（责任单位：乙厅）\n")
    assert _units(items) == [(["甲委", "乙厅", "市县政府"], []), (["乙厅", "市县政府"], [])]


def test_a_sentence_that_every_unit_named_does_its_share_names_no_unit():
    items = "（一）推动设备更新。（责任单位：市交通委、市财政局；各责任单位按职责分工负责，下同）\n"
    assert _units(items) == [(["市交通委", "市财政局"], [])]


def test_units_that_each_carry_it_out_by_their_own_duties_lead():
    items = "（一）稳定房地产用地供应。(责任单位:市住建局、市财政局、市税务局根据各自职责分别组织实施)\n"
    assert _units(items) == [(["市住建局", "市财政局", "市税务局"], [])]


def test_a_field_naming_where_the_work_is_to_place_the_city_names_no_unit():
    items = "（一）落实减税降费政策。（牵头部门：市税务局、市财政局；目标位置：全省前5）\n"
    assert _units(items) == [(["市税务局", "市财政局"], [])]
