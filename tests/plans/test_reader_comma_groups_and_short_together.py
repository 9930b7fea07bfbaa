"""Wordings of the 广东 province papers: comma groups before one 牵头 ("省委金融办，省自然资源厅、能源局牵头；省发展改革委…等
按职责分工负责") all lead and the units after '；' support; 会 after a body's name inside a label is short for 会同 ("（责任单位：
省财政厅会各业务主管部门）": X leads, Y supports), while names that hold 会 stay whole ("市总工会", "管委会各部门"); and a
carried note whose bodies do their share by their duties ("以下各项均需各市按职责分工负责，不再列出") carries the bodies, not
the duty words."""

import pytest

from actiondesk.plans.reader import read_text

_HEAD = "某省深化改革若干措施\n\n一、重点任务\n"


def _units(items: str):
    return [(t["lead"], t["support"]) for t in read_text(_HEAD + items)["tasks"]]


def test_comma_groups_before_one_lead_word_all_lead():
    items = "（一）加大要素保障。（省委金融办，省自然资源厅、能源局牵头；省发展改革委、财政厅等按职责分工负责）\n"
    assert _units(items) == [(["省委金融办", "省自然资源厅", "能源局"], ["省发展改革委", "财政厅"])]


@pytest.mark.parametrize("clause, lead, support", [
    ("（责任单位：省财政厅会各业务主管部门）", ["省财政厅"], ["各业务主管部门"]),
    ("（责任单位：省财政厅（省涉农办）会省发展改革委、省教育厅）", ["省财政厅（省涉农办）"], ["省发展改革委", "省教育厅"]),
    ("（市总工会、市妇联负责）", ["市总工会", "市妇联"], []),
])
def test_hui_after_a_bodys_name_is_short_for_huitong(clause, lead, support):
    assert _units(f"（一）优化专项资金管理。{clause}\n") == [(lead, support)]


def test_a_carried_note_carries_the_bodies_without_their_duty_words():
    items = ("（一）制定政府投资领域目录。（省发展改革委牵头，以下各项均需各市按职责分工负责，不再列出）\n"
             "（二）深化可行性研究论证。（省发展改革委牵头）\n")
    assert _units(items) == [(["省发展改革委", "各市"], []), (["省发展改革委", "各市"], [])]
