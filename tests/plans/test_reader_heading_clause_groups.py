"""Groups whose heading carries its own '(X负责)' bracket over items that carry none, in a plan whose other items
each carry their own (branch k-reader45, from a failing-style line of a held-out plan): the group is one task with X.
Where no item carries a bracket of its own, the heading's is handed down to its items, as before. Made-up plans."""

from actiondesk.plans.reader import read_text

_MIXED = """某区2024年安全生产工作要点

一、强化安全责任落实

（一）压实安全责任

1.压实属地管理责任。各街道落实安全生产属地管理责任。（乙处负责）

2.落实企业主体责任。督促企业建立全员安全生产责任制。（丙处负责）

（二）加强重点场所消防安全管理（甲处负责）

1.开展高层建筑消防安全专项整治，排查整改火灾隐患。

2.加强人员密集场所消防安全检查。

（三）深化专项整治

1.加强危险化学品监管。开展危险化学品企业安全检查。（丁处负责）

2.推进城镇燃气安全整治。排查燃气管道隐患。（乙处、丙处负责）

（四）强化道路交通安全治理（戊处负责）

1.整治道路交通安全隐患路段。

2.加强重点车辆动态监管。
"""

_HANDED_DOWN = """某县2024年稳增长政策

一、扩大有效投资（县发改局牵头）

1.加快重大项目建设。推进重点项目开工。

2.加大财政支持力度。统筹安排专项资金。

二、促进消费升级

1.开展促消费活动。组织汽车家电促销。（县商务局牵头）

2.发展夜间经济。打造特色街区。（县商务局牵头）
"""

_HEADINGS_ONLY = """某县2024年稳增长政策

一、扩大有效投资（县发改局牵头）

1.加快重大项目建设。推进重点项目开工。

2.加大财政支持力度。统筹安排专项资金。

二、促进消费升级（县商务局牵头）

1.开展促消费活动。组织汽车家电促销。

2.发展夜间经济。打造特色街区。
"""


def _tasks(text):
    return [(t["title"], t["lead"]) for t in read_text(text)["tasks"]]


def test_a_heading_with_its_own_bracket_over_items_without_one_is_one_task_beside_items_with_their_own():
    assert _tasks(_MIXED) == [
        ("压实属地管理责任", ["乙处"]),
        ("落实企业主体责任", ["丙处"]),
        ("加强重点场所消防安全管理", ["甲处"]),
        ("加强危险化学品监管", ["丁处"]),
        ("推进城镇燃气安全整治", ["乙处", "丙处"]),
        ("强化道路交通安全治理", ["戊处"]),
    ]


def test_a_heading_bracket_over_a_section_of_items_beside_items_with_their_own_is_one_task_too():
    assert _tasks(_HANDED_DOWN) == [
        ("扩大有效投资", ["县发改局"]),
        ("开展促消费活动", ["县商务局"]),
        ("发展夜间经济", ["县商务局"]),
    ]


def test_headings_that_each_carry_a_bracket_over_items_without_one_stay_the_tasks():
    assert _tasks(_HEADINGS_ONLY) == [("扩大有效投资", ["县发改局"]), ("促进消费升级", ["县商务局"])]


_STAGES = """某区数字化应用场景建设工作方案

一、重点任务

（一）加强数据归集。推进公共数据归集共享。（区数据局负责）

（二）推进平台建设。建设全区统一的场景支撑平台。（区大数据中心负责）

二、实施步骤

（一）场景谋划阶段（2024年3月底前）

各部门梳理本领域应用场景需求，形成场景清单。

责任单位：区数据局、区发改委

（二）场景建设阶段（2024年4月—10月）

按照场景清单推进建设。

责任单位：区数据局，各街道
"""


def test_a_stage_heading_with_its_own_units_under_it_is_a_task_as_a_numbered_stage_is():
    # locked, not changed (k-reader45): stages with their own "责任单位：" line are read like "第一阶段：…"
    assert _tasks(_STAGES)[2:] == [
        ("场景谋划阶段（2024年3月底前）", ["区数据局", "区发改委"]),
        ("场景建设阶段（2024年4月—10月）", ["区数据局", "各街道"]),
    ]
