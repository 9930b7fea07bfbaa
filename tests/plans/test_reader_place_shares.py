"""A share of the places in scope ("辖区内100%社区、100%行政村明确1名…") is a coverage goal, one target per figure."""

from actiondesk.plans.reader.targets import find_targets


def test_shares_of_communities_and_villages_in_scope_are_each_a_target():
    found = find_targets("（二）辖区内90%社区、80%行政村配备1名安全联络员。")
    assert [(t["value"], t["unit"]) for t in found] == [(90, "%"), (80, "%")]


def test_a_share_that_is_no_place_in_scope_is_not_read_so():
    assert find_targets("辖区内30%资金用于设备更新。") == []
