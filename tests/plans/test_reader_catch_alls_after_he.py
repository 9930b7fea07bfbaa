"""A catch-all of bodies named after a body and 和 ("省财政厅和各行业主管部门", "财政厅和相关职能部门") is a unit of its own,
as a level's catch-all there is ("市行政审批服务局和市直相关单位"); a bare "和有关部门" names no unit and is dropped."""

import pytest

from actiondesk.plans.reader import read_text

_HEAD = "某省深化改革若干措施\n\n一、重点任务\n"


@pytest.mark.parametrize("clause, lead, support", [
    ("（省发展改革委牵头，省财政厅和各行业主管部门按职责分工负责）", ["省发展改革委"], ["省财政厅", "各行业主管部门"]),
    ("（省发展改革委、财政厅和相关职能部门负责）", ["省发展改革委", "财政厅", "相关职能部门"], []),
    ("（市商务局和有关部门负责）", ["市商务局"], []),
])
def test_a_catch_all_after_a_body_and_he_is_a_unit_of_its_own(clause, lead, support):
    task = read_text(_HEAD + f"（一）强化投资调度机制。{clause}\n")["tasks"][0]
    assert (task["lead"], task["support"]) == (lead, support)
