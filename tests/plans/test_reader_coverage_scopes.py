"""Figures that only scope a coverage goal (a radius, a set of places the plan names, the 100 % written with it),
and the share of things that complete the work (a goal) beside a floor that names a class of things (none)."""

from actiondesk.plans.reader.targets import find_targets


def _goals(sentence):
    return [(t["value"], t["unit"], t["comparator"]) for t in find_targets(sentence, offset=0, task="1")]


def test_a_radius_and_the_percent_written_with_the_coverage_leave_the_coverage_the_goal():
    assert _goals("全市站点350米范围内线路信息显示100%全覆盖。") == [(100, "%", ">=")]


def test_a_set_of_places_the_plan_names_before_a_coverage_scopes_it():
    assert _goals("五个新城电子站牌基本实现全覆盖。") == [(100, "%", ">=")]


def test_a_count_of_work_beside_a_coverage_stays_a_target_of_its_own():
    assert _goals("新建5个站点，实现全覆盖。") == [(5, "个", ">="), (100, "%", ">=")]


def test_the_share_of_things_that_complete_the_work_is_a_target():
    assert _goals("到2025年，规划内80%的保留养殖场完成尾水治理设施改造。") == [(80, "%", ">=")]


def test_a_floor_before_the_share_still_names_a_class_of_things():
    assert _goals("节能率不低于15%的建筑完成改造。") == []
