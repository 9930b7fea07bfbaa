"""Goals in an opening part's paragraph after its principles: a sentence that opens with the deadline ("一、明确…指导思想 /
深入贯彻…。到2022年，生鲜乳产量达到595万吨，…") states the plan's goals, as a paragraph opening with it does."""

from actiondesk.plans.reader import read_text

PLAN = """关于加快推进奶业振兴的实施意见
一、明确奶业振兴指导思想
深入贯彻重要指示精神，建设优质奶源基地3处，确保任务目标如期实现。到2022年，生鲜乳产量达到595万吨，乳制品产量达到500万吨。
二、建设绿色优质奶源基地
（一）推进奶牛养殖集聚发展。新建奶牛场10个。（责任单位：省农业农村厅）
"""


def test_a_sentence_opening_with_the_deadline_after_the_principles_states_the_goals():
    reading = read_text(PLAN)
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(595, "万吨"), (500, "万吨"), (10, "个")]
    assert reading["goals"] == ["到2022年，生鲜乳产量达到595万吨，乳制品产量达到500万吨"]
