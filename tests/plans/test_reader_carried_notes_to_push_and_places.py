"""Carried notes in other wordings: the places told to push the work on ("以下各项工作均需相关市、县（市、区）政府推进，不再单独
列出"), a note that says it will not list them again ("…不再重复列出"), and a note that names the places only as 地方 ("以下均需
地方落实") — which carries the places' governments the same clause names ("各市、县（市、区）人民政府"), not a unit "地方". A
document's own rule printed in 〔〕 inside the clause ("〔列第一位的为牵头单位，下同〕") is no part of a name."""

from actiondesk.plans.reader import read_text

_HEAD = "某省加快开源体系建设实施意见\n\n一、重点任务\n"


def _units(items: str):
    return [(t["lead"], t["support"]) for t in read_text(_HEAD + items)["tasks"]]


def test_a_note_that_names_the_places_as_difang_carries_the_governments_its_clause_names():
    items = ("（一）建设高质量开源组织。（责任单位：省经信厅、省科技厅，各市、县（市、区）人民政府，以下均需地方落实不再重复列出）\n"
             "（二）打造高水平开源社区。（责任单位：省经信厅、省市场监管局）\n")
    assert _units(items) == [(["省经信厅", "省科技厅", "各市、县（市、区）人民政府"], []),
                             (["省经信厅", "省市场监管局", "各市、县（市、区）人民政府"], [])]


def test_places_told_to_push_the_work_on_are_carried_and_a_rule_in_square_brackets_is_no_name():
    items = ("（一）打造整机引领区。（责任单位：省经信厅、省科技厅〔列第一位的为牵头单位，下同〕，以下各项工作均需相关市、县（市、区）"
             "政府推进，不再单独列出）\n"
             "（二）加强关键技术攻关。（责任单位：省科技厅、省经信厅）\n")
    assert _units(items) == [(["省经信厅"], ["省科技厅", "相关市、县（市、区）政府"]),
                             (["省科技厅"], ["省经信厅", "相关市、县（市、区）政府"])]


def test_a_note_naming_the_places_as_difang_carries_nothing_when_its_clause_names_no_government():
    items = ("（一）推进高效办成一件事。（责任单位：行政审批局，以下均需地方落实不再重复列出）\n"
             "（二）深化预算管理改革。（责任单位：财政局）\n")
    assert _units(items) == [(["行政审批局"], []), (["财政局"], [])]
