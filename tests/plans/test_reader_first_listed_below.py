"""A first-listed rule stated with 下同 inside one clause ("列第一位的为牵头单位，下同") holds from that clause on; the
lists before it are read all-lead. Stated without 下同 it holds for the whole document."""

from actiondesk.plans.reader import read_text


def _splits(text):
    return [(t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_a_rule_stated_with_xia_tong_in_the_second_clause_holds_from_that_clause_on():
    text = (
        "一、重点工作\n1.培育企业。（责任单位：甲局、乙局）\n"
        "2.建设平台。（责任单位：乙局、甲局，列第一位的为牵头单位，下同）\n3.建设园区。（责任单位：丙局、甲局）\n"
    )
    assert _splits(text) == [(["甲局", "乙局"], []), (["乙局"], ["甲局"]), (["丙局"], ["甲局"])]


def test_a_rule_stated_in_the_safeguards_without_xia_tong_holds_for_the_whole_document():
    text = (
        "一、重点工作\n1.培育企业。（责任单位：甲局、乙局）\n2.建设平台。（责任单位：乙局、甲局）\n"
        "二、保障措施\n各项任务中列第一位的为牵头单位，其他为配合单位。\n"
    )
    assert _splits(text)[:2] == [(["甲局"], ["乙局"]), (["乙局"], ["甲局"])]
