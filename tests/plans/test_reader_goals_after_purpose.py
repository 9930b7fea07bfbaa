"""An opening paragraph that states its purpose and then strives for a year's figures ("为…，力争2023年…突破1500亿元")
holds the plan's goals (made up after the eighty-first batch)."""

from actiondesk.plans.reader import read_text

PLAN = """某市金融支持经济高质量发展若干措施
为认真落实市委、市政府工作要求，更好发挥金融作用，力争2023年金融业增加值突破1500亿元，贷款增速达10%左右；新增上市挂牌公司10家。
一、完善金融市场体系
1.引进一批金融分支机构。鼓励金融机构在本市设立分支机构。
牵头单位：市金融局
2.发展地方金融组织。规范发展小额贷款公司。
牵头单位：市金融局
"""

PURPOSE_ONLY = """某市金融支持经济高质量发展若干措施
为认真落实2023年全市工作会议精神，更好发挥金融作用，制定以下措施。
一、完善金融市场体系
1.引进一批金融分支机构。鼓励5家以上金融机构在本市设立分支机构。
牵头单位：市金融局
"""


def test_the_goals_after_the_purpose_of_an_opening_paragraph_are_read():
    goals = {(t["value"], t["unit"], t["comparator"]) for t in read_text(PLAN)["targets"]}
    assert goals == {(1500, "亿元", ">="), (10, "%", "≈"), (10, "家", ">=")}


def test_an_opening_paragraph_of_purpose_alone_states_no_goal():
    assert [t for t in read_text(PURPOSE_ONLY)["targets"] if t["task"] is None] == []


def test_yearly_capacities_and_counts_with_repeats_keep_their_whole_unit():
    from tests.plans.reading import figures

    assert figures("确保煤炭产能稳定在1.4亿吨/年以上。") == [(1.4, "亿吨/年", ">=")]
    assert figures("到2025年天然气外引能力达到200亿立方米/年。") == [(200, "亿立方米/年", ">=")]
    assert figures("培育高素质农民总数达到200万人(次)以上。") == [(200, "万人(次)", ">=")]
