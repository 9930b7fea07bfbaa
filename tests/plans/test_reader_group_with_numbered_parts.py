"""A group whose measures are numbered '1.…2.…（责任单位：Y）' among groups that are single paragraphs each closed by its own
clause is one task like them, its items its parts (made up after the eighty-third batch's housing measures)."""

from actiondesk.plans.reader import read_text

PLAN = """某市促进房地产市场平稳健康发展若干措施
（一）支持刚性住房需求。对首次购房的家庭给予契税补贴。（责任单位：市财政局、市税务局）
（二）支持改善性住房需求。对出售自有住房后再购房的退还个人所得税。（责任单位：市税务局）
（三）加大住房公积金支持力度
1.提高住房公积金贷款额度。单笔最高限额调至80万元。
2.降低住房公积金贷款首付款比例。首套住房首付款比例不低于20%。（责任单位：市住房公积金管理中心）
（四）优化土地供应。合理确定供地规模。（责任单位：市自然资源局）
（五）提升审批效率。推行容缺受理。（责任单位：市行政审批局）
"""


def test_a_group_with_numbered_parts_among_single_paragraph_groups_is_one_task():
    tasks = {task["title"]: task for task in read_text(PLAN)["tasks"]}
    assert tasks["加大住房公积金支持力度"]["lead"] == ["市住房公积金管理中心"]
    assert "提高住房公积金贷款额度" not in tasks
    assert len(tasks) == 5
