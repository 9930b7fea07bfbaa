from actiondesk.chains.rules import Thresholds, is_gap, takes_shape


def test_a_segment_with_fewer_than_two_enterprises_is_a_gap():
    assert is_gap(0, Thresholds()) and is_gap(1, Thresholds()) and not is_gap(2, Thresholds())


def test_a_chain_takes_shape_with_a_leader_enough_enterprises_and_segments():
    rule = Thresholds(shape_min_enterprises=10, shape_min_segments=4)
    assert takes_shape(has_leader=True, enterprise_count=10, segments_covered=4, thresholds=rule)
    assert not takes_shape(has_leader=False, enterprise_count=50, segments_covered=9, thresholds=rule)
    assert not takes_shape(has_leader=True, enterprise_count=9, segments_covered=9, thresholds=rule)
    assert not takes_shape(has_leader=True, enterprise_count=50, segments_covered=3, thresholds=rule)


def test_the_leader_requirement_can_be_switched_off():
    rule = Thresholds(shape_min_enterprises=1, shape_min_segments=1, shape_requires_leader=False)
    assert takes_shape(has_leader=False, enterprise_count=1, segments_covered=1, thresholds=rule)
