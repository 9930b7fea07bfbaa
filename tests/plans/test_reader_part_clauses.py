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


def test_one_clause_on_its_own_line_after_a_groups_items_closes_the_group_where_other_groups_items_have_their_own():
    # k-reader35: the items of （一） and （三） carry their own clauses; those of （二） carry none, and its one clause,
    # on a line of its own after its last item, is the group's, not the last item's.
    text = (
        "二、主要任务\n（一）加强景区管理\n1.开展排查。全面排查设施。（甲局牵头，乙局、丙局配合）\n"
        "2.加强巡查。重点时段巡查。（丁局牵头，戊局配合）\n（二）整治非景区景点\n1.摸清底数。逐一登记。\n"
        "2.落实管控。设置警示标识。\n3.强化宣传。发放安全提示。\n（甲局牵头，乙局、各乡镇配合）\n（三）强化应急处置\n"
        "1.完善预案。修订预案。（乙局牵头，丙局配合）\n2.开展演练。组织演练。（丙局牵头，丁局配合）\n"
    )
    reading = read_text(text)
    tasks = [(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]]
    assert tasks == [
        ("1", "开展排查", ["甲局"], ["乙局", "丙局"]),
        ("2", "加强巡查", ["丁局"], ["戊局"]),
        ("（二）", "整治非景区景点", ["甲局"], ["乙局", "各乡镇"]),
        ("1", "完善预案", ["乙局"], ["丙局"]),
        ("2", "开展演练", ["丙局"], ["丁局"]),
    ]
    assert "（二）" not in [programme["number"] for programme in reading["programmes"]]


def test_a_groups_clause_run_on_at_its_last_item_among_groups_with_item_clauses_stays_that_items():
    text = (
        "二、主要任务\n（一）加强管理\n1.开展排查。全面排查。（甲局牵头，乙局配合）\n2.加强巡查。重点巡查。（丁局牵头，戊局配合）\n"
        "（二）整治景点\n1.摸清底数。逐一登记。\n2.落实管控。设置标识。（甲局牵头，各乡镇配合）\n"
    )
    assert [(t["number"], t["lead"]) for t in read_text(text)["tasks"]][2:] == [("1", []), ("2", ["甲局"])]


def test_a_group_closed_by_its_own_line_clause_is_told_from_a_group_of_the_same_number_in_another_part():
    text = (
        "一、景区整治\n（一）加强管理\n1.开展排查。全面排查。\n2.加强巡查。重点巡查。\n（二）强化应急\n"
        "1.完善预案。修订预案。（乙局牵头，丙局配合）\n2.开展演练。组织演练。（丙局牵头，丁局配合）\n"
        "二、景点整治\n（一）摸清底数\n1.登记造册。逐一登记。\n2.落实管控。设置标识。\n（甲局牵头，各乡镇配合）\n"
        "（二）强化宣传\n1.发放提示。（丁局牵头，戊局配合）\n2.开展培训。（戊局牵头，甲局配合）\n"
    )
    reading = read_text(text)
    assert [(t["title"], t["lead"]) for t in reading["tasks"]][:5] == [
        ("开展排查", []),
        ("加强巡查", []),  # the first part's （一）: items without clauses stay items
        ("完善预案", ["乙局"]),
        ("开展演练", ["丙局"]),
        ("摸清底数", ["甲局"]),
    ]
    assert [p["title"] for p in reading["programmes"]] == ["加强管理", "强化应急", "强化宣传"]
