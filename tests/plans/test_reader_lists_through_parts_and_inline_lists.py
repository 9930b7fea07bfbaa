"""Two shapes of a measures document (made up after two held-out real-estate packages): items numbered straight
through the groups of each part, the numbering starting again with each part, are still the plan's own list — a group
heading's clause is handed down to its items, not kept on the heading; and a lone "1." line that runs its list on
inline ("1.…；2.…。（责任单位：…）") is the paragraph of the heading above, which stays the task."""

from actiondesk.plans.reader import read_text

THROUGH_PARTS = """关于进一步稳定房地产市场的政策措施
一、优化支持政策
（一）落实信贷政策（责任单位：市住建局、市财政局）
1.降低存量贷款利率。引导银行有序调整。
2.下调首付款比例。不再区分首套、二套住房。
（二）优化土地供应（责任单位：市自然资源局）
3.合理调整供应节奏。控制去化周期较长区域的供应。
4.完善土地超市。利用信息化手段公开信息。
（三）加大宣传力度
5.搭建房源超市。建设线下展厅。（责任单位：市住建局）
6.支持营销推广。允许临时设置广告。（责任单位：市市政园林局）
二、继续执行的政策
（一）信贷政策
1.继续执行不限购政策。
（二）补贴政策
2.发放购房补贴。
"""

AFRESH = """关于消防安全的工作方案
一、重点工作
（一）加强重点行业管理（甲处负责）
1.排查隐患。开展全面排查。
2.整治问题。限期整改。
（二）开展宣传培训
1.组织培训。每季度开展培训。（乙处负责）
2.开展演练。组织应急演练。（丙处负责）
"""

INLINE = """关于促进房地产市场良性循环的若干措施
一、促进市场良性循环
（一）支持改善性需求
对出售自有住房后重新购买住房的纳税人给予退税优惠。（责任单位：市税务局）
（二）支持商业库存去化
1.合理调整土地供应结构，适当调减商业用地比例；2.鼓励存量商业用地转为租赁住房。（责任单位：市自然资源局、市住建局）
（三）推行带押过户
简化抵押二手房交易程序。（责任单位：市不动产登记中心）
"""


def test_items_numbered_through_the_groups_of_each_part_inherit_their_group_headings_clause():
    tasks = {t["title"]: t for t in read_text(THROUGH_PARTS)["tasks"]}
    assert tasks["降低存量贷款利率"]["lead"] == ["市住建局", "市财政局"]
    assert tasks["下调首付款比例"]["lead"] == ["市住建局", "市财政局"]
    assert tasks["完善土地超市"]["lead"] == ["市自然资源局"]
    assert tasks["支持营销推广"]["lead"] == ["市市政园林局"]
    assert "落实信贷政策" not in tasks


def test_items_numbered_afresh_in_each_group_leave_a_heading_with_its_own_clause_one_task():
    tasks = {t["title"]: t for t in read_text(AFRESH)["tasks"]}
    assert tasks["加强重点行业管理"]["lead"] == ["甲处"]
    assert "排查隐患" not in tasks
    assert tasks["组织培训"]["lead"] == ["乙处"]


def test_a_lone_first_item_that_runs_its_list_inline_is_the_paragraph_of_its_heading():
    tasks = read_text(INLINE)["tasks"]
    assert [t["title"] for t in tasks] == ["支持改善性需求", "支持商业库存去化", "推行带押过户"]
    assert tasks[1]["lead"] == ["市自然资源局", "市住建局"]


def test_a_first_item_with_a_second_line_of_its_own_stays_an_item():
    text = INLINE.replace("；2.鼓励存量", "；另鼓励存量").replace(
        "（三）推行带押过户", "2.开展团购活动。（责任单位：市住建局）\n（三）推行带押过户"
    )
    titles = [t["title"] for t in read_text(text)["tasks"]]
    assert "开展团购活动" in titles
