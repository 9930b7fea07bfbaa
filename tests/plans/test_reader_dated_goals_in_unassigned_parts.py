"""A plan whose tasks are its assigned parts, with a part before them that assigns no one — "二、发展布局" over
numbered clusters, each described and given its dated goals ("到2025年，产业集群营业收入预计超1500亿元"): the dated
clauses are goals of the plan; the part's other figures describe. Made-up plans in that style."""

from actiondesk.plans.reader import read_text


def _plan(layout):
    return (
        "某省战略性新兴产业集群发展行动方案\n"
        "一、总体要求\n"
        "（一）发展目标。到2027年，营业收入突破千亿元的产业集群达5个。\n"
        "二、发展布局\n" + layout +
        "三、保障措施\n"
        "（一）加强统筹协调。建立省级统筹推进机制。（责任单位：省发展改革委、省工业和信息化厅）\n"
        "（二）强化要素保障。统筹用好各类资金。（责任单位：省财政厅）\n"
    )


def _targets(plan):
    return [(t["text"], t["value"], t["unit"], t["comparator"], t["task"]) for t in read_text(plan)["targets"]]


def test_the_dated_clauses_of_a_part_that_assigns_no_one_are_the_plans_goals():
    plan = _plan(
        "1.滨江生物医药产业集群。以滨江高新区为核心承载区，辐射周边8个县区。2023年，加快推进50个重点项目建设，"
        "总投资约250亿元；到2025年，产业集群营业收入预计超1500亿元；到2027年，产业集群营业收入预计超2000亿元，"
        "运营服务器超500万台。\n"
        "2.北湖新材料产业集群。以北湖经济开发区为核心承载区。到2025年，产业集群营业收入突破800亿元。\n"
    )
    assert _targets(plan)[1:] == [
        ("产业集群营业收入预计超1500亿元", 1500, "亿元", ">=", None),
        ("产业集群营业收入预计超2000亿元", 2000, "亿元", ">=", None),
        ("运营服务器超500万台", 500, "万台", ">=", None),
        ("产业集群营业收入突破800亿元", 800, "亿元", ">=", None),
    ]
    assert _targets(plan)[0][1:3] == (5, "个")


def test_a_dated_clause_that_reports_what_was_done_sets_no_goal():
    plan = _plan("1.滨江生物医药产业集群。到2022年底，已建成12个重点园区，产业集群营业收入达到900亿元。\n")
    assert [target[1] for target in _targets(plan)] == [5]


def test_the_figures_of_such_a_part_outside_a_dated_clause_are_not_goals():
    plan = _plan("1.滨江生物医药产业集群。以滨江高新区为核心承载区，加快推进50个重点项目建设，总投资约250亿元。\n")
    assert [target[1] for target in _targets(plan)] == [5]
