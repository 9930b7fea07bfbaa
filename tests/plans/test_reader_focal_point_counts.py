"""A count closing a list of the plan's named focal points ("紧抓…“覆盖率”、…“知晓率”和…“掌握率”三个关键点") frames the
plan's work, it is no goal (branch k-reader55, from a moved held-out plan); a count closing a list of things to
build stays one. Made-up sentences."""

from actiondesk.plans.reader.targets import find_targets


def _targets(text):
    return [(t["text"], t["value"], t["unit"]) for t in find_targets(text)]


def test_a_count_of_named_focal_points_is_no_goal():
    text = ("深入贯彻落实专项规划，紧扣消防宣传主线，紧抓消防宣传教育培训“覆盖率”、消防安全常识“知晓率”和消防技能"
            "“掌握率”三个关键点，逐年稳步推进，实现全民接受消防宣传教育培训全覆盖。")
    assert _targets(text) == [("实现全民接受消防宣传教育培训全覆盖", 100, "%")]


def test_a_count_closing_a_list_of_things_to_build_stays_a_goal():
    assert _targets("新建东区、西区和南区3个微型消防站。") == [("新建东区、西区和南区3个微型消防站", 3, "个")]
