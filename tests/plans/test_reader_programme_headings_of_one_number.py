"""Programme headings numbered alike under different parts (made up after the held-out 河北 数字 plan): an item
without a clause takes no clause of a later heading with the same number; under a heading with no clause, items
closed by one clause after them make the heading the task."""

from actiondesk.plans.reader import read_text

PLAN = """数字建设行动方案
一、重点任务
（一）实施数字基础设施建设行动。
1.高速网络建设工程。
（1）加快5G网络深度覆盖。推进5G网络进社区。
（2）加快千兆光纤网络建设。组织开展千兆城市建设。
（3）优化互联网网络架构。启动国际通信出入口局建设。
（责任单位：省通信管理局、省委网信办）
2.算力基础设施建设工程。建设数据中心集群。（责任单位：省发展改革委）
（二）实施数字政府创新发展行动。
1.基础支撑能力提升工程。建设政务云平台。（责任单位：省委网信办、省政府办公厅）
"""

def _tasks(plan):
    return [(t["title"], t["lead"]) for t in read_text(plan)["tasks"]]


def test_items_under_a_heading_without_a_clause_never_take_a_later_headings_clause():
    assert _tasks(PLAN) == [("高速网络建设工程", ["省通信管理局", "省委网信办"]), ("算力基础设施建设工程", ["省发展改革委"]),
                            ("基础支撑能力提升工程", ["省委网信办", "省政府办公厅"])]

