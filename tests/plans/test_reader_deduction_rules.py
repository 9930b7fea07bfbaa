"""Scoring rules of an assessment table ("…少于2次的，每少1次扣1.5分"): the figure the rule finds short is the floor it
enforces (a target, >=); its deductions, caps, counts of what is scored and loss bands are no targets."""

from actiondesk.plans.reader.targets import find_targets


def _figures(text):
    return [(t["value"], t["unit"], t["comparator"], t["text"]) for t in find_targets(text)]


def test_a_shortfall_that_loses_points_is_read_as_the_floor_it_enforces():
    text = "1.河长每年开展巡河少于4次的，每少1次扣0.5分，最高扣2分。2.水质达标率低于95%的，按比例扣分。"
    assert _figures(text) == [
        (4, "次", ">=", "河长每年开展巡河少于4次的"),
        (95, "%", ">=", "水质达标率低于95%的"),
    ]


def test_a_missing_team_of_a_size_is_a_floor_and_a_missing_one_off_drill_is_not():
    text = "未建立30人以上应急抢险队伍的，扣1分；未开展1次(含)以上应急演练的扣1分。"
    assert _figures(text) == [(30, "人", ">=", "未建立30人以上应急抢险队伍的")]


def test_deductions_counts_of_rules_and_loss_bands_are_no_targets_but_a_written_floor_is():
    text = (
        "考核巡查、公示等3项制度运行情况，每缺一项扣1分。公示牌未达到目标任务的，每少1块，扣0.5分。"
        "每起受损面积在10-20亩的扣0.5分。全年开展宣传不少于4次，缺1次扣0.5分。"
    )
    assert _figures(text) == [(4, "次", ">=", "全年开展宣传不少于4次")]
