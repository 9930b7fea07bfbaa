"""A floor the safeguards commit to ("五、强化保障措施 … 各级主管单位每年至少组织一次业务培训") is a target of the plan;
the safeguards' other figures are not read."""

from actiondesk.plans.reader import read_text

PLAN = """关于推进政务新媒体发展的实施意见
一、重点任务
（一）明确建管任务。各级各部门按照谁开设、谁主办的原则落实主体责任。（牵头单位：省政府办公厅）
（二）强化发布责任。组建专业化的发布队伍，新增政务账号100个。（牵头单位：省委网信办）
二、强化保障措施
（一）加强组织领导。各级各部门要把政务新媒体工作列入重要议事日程，安排经费200万元。
（二）加强队伍建设。各级政务新媒体主管单位每年至少组织一次业务培训，提升履职能力。
"""


def test_a_floor_in_the_safeguards_is_a_target_but_their_other_figures_are_not():
    reading = read_text(PLAN)
    assert [(t["value"], t["unit"], t["comparator"]) for t in reading["targets"]] == [(100, "个", ">="), (1, "次", ">=")]
    assert [t["title"] for t in reading["tasks"]] == ["明确建管任务", "强化发布责任"]
