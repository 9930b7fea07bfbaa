"""The project funnel counts how many projects reached each stage, so it can only narrow."""
from actiondesk.projects.choices import Stage
from actiondesk.projects.selectors import funnel_reached


def test_a_project_at_a_later_stage_counts_in_every_earlier_layer_of_the_funnel():
    now = {Stage.NEGOTIATING: 1, Stage.SIGNED: 49, Stage.STARTED: 80, Stage.RESUMED: 9, Stage.COMPLETED: 20,
           Stage.PRODUCING: 7}
    rows = funnel_reached(now)
    assert [(label, reached) for label, reached, _now in rows] == [
        ("储备", 166), ("洽谈", 166), ("签约", 165), ("开工", 116), ("竣工", 27), ("投产", 7)]
    assert [now_at for *_rest, now_at in rows] == [0, 1, 49, 80, 20, 7]  # 复工 is counted at 开工's rank only


def test_the_funnel_never_widens_whatever_the_stages_hold():
    rows = funnel_reached({Stage.STARTED: 3, Stage.PRODUCING: 5})
    reached = [r for _label, r, _now in rows]
    assert reached == sorted(reached, reverse=True) and reached[0] == 8


def test_reserve_projects_head_the_funnel_but_never_count_as_negotiating():
    rows = funnel_reached({Stage.RESERVE: 4, Stage.NEGOTIATING: 2, Stage.SIGNED: 3})
    assert [(label, reached, now) for label, reached, now in rows][:3] == [
        ("储备", 9, 4), ("洽谈", 5, 2), ("签约", 3, 3)]
