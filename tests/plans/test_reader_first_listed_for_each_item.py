"""A document's first-listed rule worded for each item ('排序第一的责任单位为该项牵头单位'), stated in the closing
paragraph, holds for every list (made-up plan in the style of the seventy-ninth batch)."""

from actiondesk.plans.reader import read_text

PLAN = """某市推动经济运行率先整体好转若干措施
一、加大助企纾困力度
1.落实税收优惠。全面落实各项税收优惠政策。（责任单位：市税务局、市财政局、市科技局）
2.鼓励企业扩产。对扩产企业给予奖励。（责任单位：市工信局、市财政局）
二、扩大有效投资
3.加快项目建设。推动重大项目早开工。（责任单位：市发改委、市住建局）
以上措施自公布之日起实施。市发改委负责政策落实总体牵头。各项举措中排序第一的责任单位为该项牵头单位，负责组织有关责任单位做好政策落实。
"""


def test_the_unit_listed_first_leads_each_item_and_the_rest_support():
    tasks = {task["number"]: task for task in read_text(PLAN)["tasks"]}
    assert (tasks["1"]["lead"], tasks["1"]["support"]) == (["市税务局"], ["市财政局", "市科技局"])
    assert (tasks["3"]["lead"], tasks["3"]["support"]) == (["市发改委"], ["市住建局"])
