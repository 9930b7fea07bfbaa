"""Clause wordings of the seventy-first blind batch's failing-style lines, on made-up text: units that act '按分管领域'
(by the fields each oversees) and the units a lead works '会同' (together with) — the role words drop from the names."""

from actiondesk.plans.reader import read_text

TEXT = """甲市跨省通办实施方案
一、重点任务
（一）推进事项落地。完成事项落地。（各区按分管领域负责，2023年12月底前完成）
（二）提升网上服务。优化服务体验。（市政务服务局牵头，各区、市各相关部门按分管领域负责，2023年10月底前完成）
（三）支持企业迁移。优化迁移流程。（市政务服务局牵头，会同乙新区公共服务局协同推进，2023年10月底前完成）
"""


def _roles(text):
    return [(t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_units_acting_by_the_fields_they_oversee_are_named_without_those_words():
    assert _roles(TEXT)[:2] == [
        (["各区"], []),
        (["市政务服务局"], ["各区", "市各相关部门"]),
    ]


def test_units_a_lead_works_together_with_support_it():
    assert _roles(TEXT)[2] == (["市政务服务局"], ["乙新区公共服务局"])
