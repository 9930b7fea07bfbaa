"""A responsibility clause written inside a group's heading line, over numbered paragraphs that carry none."""

from actiondesk.plans.reader import read_text


def _units(text):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_headings_that_each_carry_their_own_clause_are_the_tasks_over_their_paragraphs():
    text = ("一、总体要求\n坚持统筹推进。\n二、工作任务及分工\n"
            "（一）老旧住宅加固（牵头部门：甲局、乙局；配合部门：丙局）\n对老旧住宅进行普查。\n"
            "1.全面普查，摸清底数。开展摸底调查。\n2.结合实际，稳步推进。分批实施加固。\n"
            "（二）学校加固（牵头部门：丁委）\n落实校舍安全机制。\n"
            "1.建立年检制度。开展隐患排查。\n2.完善预警机制。建立联动机制。\n3.分类分步实施。实施改造加固。\n"
            "三、保障措施\n加强组织领导。\n")
    assert _units(text) == [
        ("（一）", "老旧住宅加固", ["甲局", "乙局"], ["丙局"]),
        ("（二）", "学校加固", ["丁委"], []),
    ]


def test_a_single_heading_with_a_clause_still_hands_it_down_to_its_items():
    text = "一、扩大有效投资政策（由甲局牵头实施）\n聚焦重大项目。\n1.加大财政支持力度。安排资金。\n2.强化用地保障。保障用地。\n"
    assert [(t["number"], t["lead"], t["rule"]) for t in read_text(text)["tasks"]] == [
        ("1", ["甲局"], "inherited"), ("2", ["甲局"], "inherited")]
