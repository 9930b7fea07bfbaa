"""A 总体要求 paragraph that states the goals lists each sentence holding a target as a goal, so the review page's 行动目标
shows them as it shows a 目标 part's (the walk found the list empty for such a plan)."""

from actiondesk.plans.reader import read_text

PLAN = """示范区2027年营商环境提升行动方案
一、总体要求
深入贯彻党中央决策部署，确保各项任务如期完成。到2027年，新增市场主体5000户以上，审批事项用时不超过15个工作日。
二、重点任务
（一）优化审批服务。推行并联审批。（产业创新局牵头，发展改革局配合）
"""


def test_the_sentences_of_a_general_requirements_paragraph_that_hold_targets_are_the_goals():
    reading = read_text(PLAN)
    assert reading["goals"] == ["到2027年，新增市场主体5000户以上，审批事项用时不超过15个工作日"]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(5000, "户"), (15, "工作日")]
