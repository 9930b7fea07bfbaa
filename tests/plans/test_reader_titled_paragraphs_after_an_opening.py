"""Unnumbered paragraphs under a heading, after an opening paragraph, each opening with a short title sentence and
closed by its own clause (made up after the ninety-fourth batch's 青岛 plan): the first is titled by its own title
sentence, not by the opening paragraph."""

from actiondesk.plans.reader import read_text

PLAN = """减污降碳协同增效行动方案
二、主要任务
（一）体制机制融合创新行动
围绕减污降碳，破除制约创新的制度藩篱，增强体制机制创新的内生动力。
强化规划衔接机制。将各项任务要求融入规划。（责任单位：市生态环境局）
统筹目标考核机制。实施目标协同控制制度。（责任单位：市生态环境局，市委组织部）
（二）产业结构转型升级行动
坚持结构调整与产业升级一体化原则，推动产业结构向高端化转型。
培育壮大新动能。大力发展新一代信息技术。（责任单位：市发展改革委）
加强传统产业改造。加快重点行业减污降碳。（责任单位：市工业和信息化局）
"""


def test_the_first_paragraph_task_after_an_opening_is_titled_by_its_own_title_sentence():
    assert [t["title"] for t in read_text(PLAN)["tasks"]] == ["强化规划衔接机制", "统筹目标考核机制", "培育壮大新动能",
                                                             "加强传统产业改造"]
