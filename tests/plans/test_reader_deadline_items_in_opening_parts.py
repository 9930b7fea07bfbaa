"""An item of the opening part that opens with the plan's deadline ("第一章 总体要求 / 第一条 到2027年，…突破300亿元，
集聚…500家") states the plan's goals, as an item titled 目标 does; the articles after it stay tasks."""

from actiondesk.plans.reader import read_text

_PLAN = ("某区关于推动人工智能产业高质量发展的实施意见\n"
         "第一章 总体要求\n"
         "第一条 到2027年，全区人工智能核心产业规模突破300亿元，集聚人工智能企业500家。\n"
         "第二章 重点任务\n"
         "第二条 建设算力基础设施。新建智能算力规模5000P。（区发改委牵头，区科委配合）\n"
         "第三条 开放应用场景。每年发布应用场景清单不少于2批次。（区经信委负责）\n")


def test_an_opening_item_that_opens_with_the_deadline_states_the_goals():
    reading = read_text(_PLAN)
    assert [(t["value"], t["unit"], t["task"]) for t in reading["targets"]][:2] == [(300, "亿元", None), (500, "家", None)]
    assert [t["number"] for t in reading["tasks"]] == ["第二条", "第三条"]
