"""Wordings of a responsibility clause common in plans of every level, tried one by one on a made-up item: a unit that
takes overall charge ("X负总责", "X为主", "X抓总", "X为责任单位"), helpers in more than one group ("X负责，Y配合，Z参与", "X负责，Y，Z配合"),
other words for taking part ("参加", "支持") and a two-word role after 牵头 ("牵头组织实施"), marks after names in a bare
list ("X（牵头）、Y（配合）", in 〔〕 or [] too), labels with a level before them ("市级牵头单位：", "县级责任单位：") or other words
("次要责任单位", "具体责任单位", "主管部门", "督导单位"), fields that name no unit ("时间：", "时间进度：", "牵头市领导："),
and units joined by 与."""

import pytest

from actiondesk.plans.reader import read_text

_HEAD = "某市推进重点工作实施方案\n\n一、重点任务\n"


def _units(clause: str):
    task = read_text(_HEAD + f"（一）推进重点工作。加快推进项目建设。{clause}\n")["tasks"][0]
    return task["lead"], task["support"]


@pytest.mark.parametrize("clause, lead, support", [
    ("（市发展改革委负总责）", ["市发展改革委"], []),
    ("（市发展改革委为主，市财政局配合）", ["市发展改革委"], ["市财政局"]),
    ("（市发展改革委抓总，市财政局落实）", ["市发展改革委", "市财政局"], []),
    ("（市发展改革委为责任单位）", ["市发展改革委"], []),
    ("（市发展改革委与市财政局共同负责）", ["市发展改革委", "市财政局"], []),
])
def test_a_unit_that_takes_overall_charge_leads(clause, lead, support):
    assert _units(clause) == (lead, support)


@pytest.mark.parametrize("clause, lead, support", [
    ("（市发展改革委负责，市财政局配合，市商务局参与）", ["市发展改革委"], ["市财政局", "市商务局"]),
    # groups of names parted by "，" before the one helping word all help (银川 2023: "…分别负责，X及各有关部门，各县区
    # 人民政府，各园区管委会配合"); a group with a role word of its own is no helper
    ("（各牵头部门分别负责，市督查室及各有关部门，各区政府，各园区管委会配合）", ["各牵头部门"],
     ["市督查室", "各有关部门", "各区政府", "各园区管委会"]),
    ("（市发展改革委负责，市财政局组织实施，市商务局配合）", ["市发展改革委", "市财政局", "市商务局"], []),
    ("（市发展改革委牵头，市财政局参加）", ["市发展改革委"], ["市财政局"]),
    ("（市发展改革委牵头，市财政局支持）", ["市发展改革委"], ["市财政局"]),
    ("（市发展改革委牵头组织实施，市财政局配合）", ["市发展改革委"], ["市财政局"]),
    ("（市发展改革委负责；配合：市财政局）", ["市发展改革委"], ["市财政局"]),
    ("（市发展改革委牵头，市财政局配合，各区政府、管委会具体负责）", ["市发展改革委", "各区政府", "管委会"], ["市财政局"]),
])
def test_units_that_help_support_whatever_word_says_so(clause, lead, support):
    assert _units(clause) == (lead, support)


@pytest.mark.parametrize("clause, lead, support", [
    ("（市发展改革委（牵头）、市财政局、市商务局）", ["市发展改革委"], ["市财政局", "市商务局"]),
    ("（责任单位：市发展改革委（牵头）、市财政局（配合））", ["市发展改革委"], ["市财政局"]),
    ("（责任单位：市发展改革委〔牵头〕、市财政局）", ["市发展改革委"], ["市财政局"]),
    ("（责任单位：市发展改革委[牵头]、市财政局[配合]）", ["市发展改革委"], ["市财政局"]),
    ("〔责任单位：市发展改革委〔牵头〕、市财政局〕", ["市发展改革委"], ["市财政局"]),
    ("（市发展改革委(牵头)、市财政局）", ["市发展改革委"], ["市财政局"]),
])
def test_marks_after_names_split_a_list_and_are_no_part_of_a_name(clause, lead, support):
    assert _units(clause) == (lead, support)


@pytest.mark.parametrize("clause, lead, support", [
    ("（市级牵头单位：市发展改革委；县级责任单位：各县（市、区）政府）", ["市发展改革委"], ["各县（市、区）政府"]),
    ("（省级责任单位：省发展改革委；市级责任单位：各市政府）", ["省发展改革委", "各市政府"], []),
    ("（主要责任单位：市发展改革委；次要责任单位：市财政局）", ["市发展改革委"], ["市财政局"]),
    ("（具体责任单位：市发展改革委）", ["市发展改革委"], []),
    ("（主管部门：市发展改革委）", ["市发展改革委"], []),
    ("（督导单位：市委督查室；责任单位：市发展改革委）", ["市发展改革委"], ["市委督查室"]),
])
def test_labels_in_other_words_or_with_a_level_before_them_are_labels(clause, lead, support):
    assert _units(clause) == (lead, support)


@pytest.mark.parametrize("clause, lead, support", [
    ("（责任单位：市发展改革委、市财政局，时间：持续推进）", ["市发展改革委", "市财政局"], []),
    ("（责任单位：市发展改革委；时间进度：2024年底）", ["市发展改革委"], []),
    ("（牵头市领导：张三；牵头单位：市发展改革委）", ["市发展改革委"], []),
])
def test_fields_that_say_when_or_name_a_leader_name_no_unit(clause, lead, support):
    assert _units(clause) == (lead, support)
