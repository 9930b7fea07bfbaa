"""Kinds counted up to a floor are a goal ("电子证照种类超过80类", "10类以上医用耗材集采"); kinds named by their count
("三类人员", "等6类困难群体", "…以及公园等不少于8类场景") are not."""

from tests.plans.reading import figures as _read


def test_kinds_counted_up_to_a_floor_are_a_goal():
    assert _read("集成可应用的电子证照种类超过80类。") == [(80, "类", ">=")]
    assert _read("完成10类以上医用耗材集采。") == [(10, "类", ">=")]
    assert _read("数据资源达200类。") == [(200, "类", ">=")]


def test_kinds_named_by_their_count_are_no_goal():
    assert _read("关爱三类人员，帮扶等6类困难群体。") == []
    assert _read("试点覆盖居民社区、产业园区以及公园等不少于8类场景。") == []
