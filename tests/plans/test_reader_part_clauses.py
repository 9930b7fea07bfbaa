"""Part clauses that cover every item of their part (k-reader33): where a document closes its parts with a clause on
a line of its own, a clause run on at the end of a part's last item closes the part too, not that item alone."""

from actiondesk.plans.reader import read_text

PARTS = (
    "三、主要任务\n"
    "（一）配置资源\n1.编制规划。提出目标。\n2.加快建设。投入使用。\n（责任单位：甲局、乙局）\n"
    "（二）深化改革\n1.成立委员会。负责监管。\n2.落实地位。享有自主权。\n（责任单位：乙局、丙局）\n"
    "（三）完善机制\n1.推动付费改革。逐步推行。\n2.完善补偿。给予补偿。（责任单位：丙局、丁局）\n"
    "（四）规范流通\n1.建立采购机构。执行制度。\n2.改革配送模式。统一配送。\n（责任单位：丁局、戊局）\n"
    "（五）加强监管\n1.强化监管。完善机制。\n2.创造环境。开展活动。\n（责任单位：甲局、戊局）\n"
)


def test_a_clause_run_on_at_the_last_item_closes_its_part_where_the_other_parts_have_clauses_of_their_own():
    tasks = [(t["number"], t["title"], t["lead"]) for t in read_text(PARTS)["tasks"]]
    assert tasks[2] == ("（三）", "完善机制", ["丙局", "丁局"])
    assert len(tasks) == 5


def test_a_clause_on_the_last_item_still_closes_that_item_where_no_part_has_a_clause_of_its_own():
    text = "三、主要任务\n（一）完善机制\n1.推动付费改革。逐步推行。\n2.完善补偿。给予补偿。（责任单位：丙局、丁局）\n"
    assert [t["number"] for t in read_text(text)["tasks"]] == ["1", "2"]


def test_paragraphs_each_with_their_own_clause_under_a_section_with_its_own_clause_are_each_a_task():
    text = (
        "一、建立服务体系。建立流转服务中心。（责任单位：甲局、乙局）\n"
        "二、加大扶持力度。（责任单位：丙局、财政局）\n"
        "对流转面积达50亩以上的给予补助。（责任单位：财政局）\n"
        "鼓励金融机构开展抵押贷款试点。（责任单位：金融办）\n"
        "支持新型经营主体发展。（责任单位：丁局）\n"
        "落实设施用地政策。（责任单位：国土局）\n"
        "三、加强组织领导。成立领导小组。（责任单位：戊局）\n"
    )
    tasks = [(t["title"], t["lead"]) for t in read_text(text)["tasks"]]
    assert tasks == [
        ("建立服务体系", ["甲局", "乙局"]),
        ("加大扶持力度", ["丙局", "财政局"]),
        ("对流转面积达50亩以上的给予补助", ["财政局"]),
        ("鼓励金融机构开展抵押贷款试点", ["金融办"]),
        ("支持新型经营主体发展", ["丁局"]),
        ("落实设施用地政策", ["国土局"]),
        ("加强组织领导", ["戊局"]),
    ]
