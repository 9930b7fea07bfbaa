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


def _coverage(sentence):
    return [(t["text"], t["value"], t["unit"], t["unsure"]) for t in find_targets(sentence, offset=0, task="1")]


def test_places_covered_by_a_thing_set_up_in_each_is_a_sure_coverage_goal():
    assert _coverage("至2025年全市供电营业厅全覆盖设立绿电服务微网点。") == [
        ("至2025年全市供电营业厅全覆盖设立绿电服务微网点", 100, "%", False)
    ]
    assert _coverage("全区中小学校全覆盖配备心理健康教师。") == [("全区中小学校全覆盖配备心理健康教师", 100, "%", False)]


def test_a_coverage_set_up_after_its_time_clause_names_the_places_covered():
    assert _coverage("到2026年，各街道全覆盖建设社区食堂。") == [("各街道全覆盖建设社区食堂", 100, "%", False)]


def test_a_coverage_of_setting_up_with_only_a_date_before_it_names_nothing_covered():
    assert _coverage("至2025年全覆盖设立服务点。") == []
    assert _coverage("按照统一标准，全覆盖建设服务站点。") == []


def test_a_coverage_as_the_manner_of_a_check_stays_marked_unsure():
    assert _coverage("对有关企业进行全覆盖核查。") == [("对有关企业进行全覆盖核查", 100, "%", True)]
