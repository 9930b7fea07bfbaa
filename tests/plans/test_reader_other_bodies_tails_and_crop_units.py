"""Catch-all tails of other bodies are dropped ("…及其他涉行政许可单位", "…等市直（驻市）进驻单位"); trains, cut flowers and
potted flowers are counted in 列, 枝 and 盆, hours of study in 学时."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.unit_names import split_names


def test_the_other_bodies_of_a_kind_after_ji_are_dropped():
    assert split_names("市行政审批局、市市场监管局及其他涉行政许可单位") == ["市行政审批局", "市市场监管局"]
    assert split_names("市城管局及其他行政许可的监管部门") == ["市城管局"]


def test_an_etc_tail_holding_a_short_bracket_is_dropped():
    assert split_names("市公安局、市商务局等市直（驻市）进驻单位") == ["市公安局", "市商务局"]


def test_trains_cut_flowers_and_potted_flowers_are_counted_in_their_measure_words():
    text = ("某市2023年年度工作任务\n\n一、重点任务\n（一）扩大开放。力争国际货运列车开行突破400列，鲜切花产量达到105亿枝，"
            "全年长效摆花不低于2600万盆、立体花坛不少于62组。（市商务局）\n")
    assert [(t["value"], t["unit"]) for t in read_text(text)["targets"]] == [
        (400, "列"), (105, "亿枝"), (2600, "万盆"), (62, "组")]


def test_hours_of_study_are_counted_in_xueshi():
    text = "某省2018年教师培训计划\n\n一、重点任务\n（一）实行5年一周期不少于360学时的教师全员培训制度。（省教育厅负责）\n"
    assert [(t["value"], t["unit"]) for t in read_text(text)["targets"]] == [(360, "学时")]


def test_an_etc_tail_describing_the_bodies_by_what_they_do_goes_whole():
    assert split_names("市公安局、上海海关等具有行政强制权和财产登记、保管职能的政府部门和单位") == ["市公安局", "上海海关"]
