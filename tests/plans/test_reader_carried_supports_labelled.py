"""A carried note whose units the stating clause lists as supports (made up after the ninetieth batch's 南通 低空 plan):
'〔牵头单位：X，责任单位：各相关县（市、区）人民政府。以下均需相关县（市、区）人民政府落实，不再单独列出〕' — they support that task
and every later one, named once; a note whose units the clause does not label so still carries them as leads."""

from actiondesk.plans.reader import read_text

PLAN = """低空经济行动方案
一、重点任务
1. 加大项目招引力度。开展定向招商。〔牵头单位：市商务局、市工信局，责任单位：各相关县（市、区）人民政府、市直属园区管委会。以下均需相关县（市、区）人民政府、市直属园区管委会落实，不再单独列出〕
2. 提升制造能力。培育整机企业。〔牵头单位：市工信局〕
3. 推动技术攻关。建设创新平台。〔牵头单位：市科技局，责任单位：市工信局〕
"""

LEADING = """交房即交证实施方案
一、工作任务
（一）调整优化办事窗口。构建联合审批机制。（牵头单位：省政务局，责任单位：省自然资源厅。市州、县市区人民政府负责落实；以下均由市州、县市区人民政府负责落实，不再列出）
（二）整合再造业务流程。优化办理流程。（牵头单位：省自然资源厅）
"""


def test_units_a_note_carries_that_the_clause_labels_as_supports_support_every_task():
    tasks = read_text(PLAN)["tasks"]
    assert [(t["lead"], t["support"]) for t in tasks] == [
        (["市商务局", "市工信局"], ["各相关县（市、区）人民政府", "市直属园区管委会"]),
        (["市工信局"], ["相关县（市、区）人民政府", "市直属园区管委会"]),
        (["市科技局"], ["市工信局", "相关县（市、区）人民政府", "市直属园区管委会"]),
    ]


def test_a_note_whose_units_the_clause_names_apart_from_its_labels_carries_them_as_leads():
    tasks = read_text(LEADING)["tasks"]
    assert tasks[1]["lead"] == ["省自然资源厅", "市州、县市区人民政府"]
