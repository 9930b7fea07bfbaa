"""A body with two names printed run together ("市经信局市新经济委") stays one unit when the document never names either
half alone; where it does, the run is two units."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.joint_names import rejoin_run_together

PLAN = """人工智能创新发展行动计划
（一）建设社区。建成一批社区。（牵头单位：市经信局市新经济委、市科技局）
（二）开放场景。发布场景清单。（牵头单位：市经信局市新经济委）
"""


def test_a_run_of_two_names_never_named_apart_is_one_body():
    assert [t["lead"] for t in read_text(PLAN)["tasks"]] == [["市经信局市新经济委", "市科技局"], ["市经信局市新经济委"]]


def test_a_run_whose_halves_are_named_apart_elsewhere_is_two_units():
    apart = PLAN + "（三）强化保障。落实资金。（牵头单位：市新经济委）\n"
    assert read_text(apart)["tasks"][0]["lead"] == ["市经信局", "市新经济委", "市科技局"]


def test_names_parted_by_a_mark_are_never_joined():
    tasks = [{"lead": ["市经信局", "市新经济委"], "support": []}]
    rejoin_run_together(tasks, "（牵头单位：市经信局、市新经济委）")
    assert tasks[0]["lead"] == ["市经信局", "市新经济委"]


def test_a_run_parted_by_a_first_listed_rule_is_rejoined_as_the_lead():
    text = PLAN.replace("（牵头单位：市经信局市新经济委、市科技局）", "（责任单位：市经信局市新经济委、市科技局，列第一位的为牵头单位）")
    assert (read_text(text)["tasks"][0]["lead"], read_text(text)["tasks"][0]["support"]) == (
        ["市经信局市新经济委"], ["市科技局"])
