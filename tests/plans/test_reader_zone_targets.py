"""Targets in a zone's plans, each on a made-up sentence."""

import pytest

from actiondesk.plans.reader.targets import find_targets


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2019年完成整治60%的村庄。", (60, "%")),
    ("推广覆盖30%的村庄实行生活垃圾减量化。", (30, "%")),
    ("全区70%以上行政村覆盖污水处理设施。", (70, "%")),
    ("实现专业监管人员配比不低于在职人员75%的要求。", (75, "%")),
])
def test_a_share_of_the_places_worked_on_or_a_figure_called_the_requirement_is_a_target(sentence, expected):
    assert [(t["value"], t["unit"]) for t in find_targets(sentence)] == [expected]


@pytest.mark.parametrize("sentence", [
    "节能率不低于15%的建筑享受补贴。",
    "区财政承担50%的资金。",
])
def test_a_share_that_describes_a_class_or_splits_money_is_still_no_target(sentence):
    assert find_targets(sentence) == []
