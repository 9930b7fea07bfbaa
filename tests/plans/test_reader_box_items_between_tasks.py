"""A box (专栏) of numbered paragraphs between two tasks (made up after the ninetieth batch's 湛江 低空 plan): its items
carry no clause, so they are the content of the task before the box, not tasks; a box whose items carry clauses keeps
them as tasks."""

from actiondesk.plans.reader import read_text

PLAN = """低空经济发展行动方案
一、拓展应用场景
（一）完善起降设施。建设起降点。（责任单位：市发展改革局牵头，各县（市、区）政府、市交通运输局配合。以下均需各县（市、区）政府配合，不再列出）
（二）拓展特色应用场景。扩大低空物流应用。（责任单位：市发展改革局、市公安局按照职责分工负责）
“低空+”应用场景专栏
1.“低空+物流”。建设无人机物流配送网络。
2.“低空+医疗”。建立血站与医院之间的空中通道。
3.“低空+交通”。推动低空飞行与机场联运。
4.“低空+文旅”。开发空中游览项目。
（三）打造海岛场景示范。开发观光飞行体验点。（责任单位：市文化广电旅游体育局牵头，市交通运输局配合）
（四）探索区域协同。探索与周边城市协同。（责任单位：市商务局牵头，市投资促进局配合）
"""

BOXED_TASKS = """低空经济发展行动方案
一、拓展应用场景
（一）完善起降设施。建设起降点。（责任单位：市发展改革局）
专栏1 重点工程
1.建设物流网络。（责任单位：市交通运输局）
2.建设医疗通道。（责任单位：市卫生健康委）
（二）打造海岛场景示范。开发观光飞行体验点。（责任单位：市文化广电旅游体育局）
"""


def test_clause_less_items_of_a_box_are_the_content_of_the_task_before_it():
    tasks = read_text(PLAN)["tasks"]
    assert [t["title"] for t in tasks] == ["完善起降设施", "拓展特色应用场景", "打造海岛场景示范", "探索区域协同"]
    assert tasks[1]["lead"] == ["市发展改革局", "市公安局"]
    assert tasks[2]["lead"] == ["市文化广电旅游体育局"]


def test_items_of_a_box_that_name_who_is_responsible_stay_tasks():
    titles = [t["title"] for t in read_text(BOXED_TASKS)["tasks"]]
    assert "建设物流网络" in titles and "建设医疗通道" in titles


SAME_KIND = """低空经济发展行动方案
二、重点任务
（一）完善低空基础设施
1.建设起降场网络。建成起降点20个以上。（牵头单位：产业创新局）
2.优化空域管理。（发展改革局牵头，交通运输局配合）
“低空+”应用场景专栏
1.“低空+物流”。开通无人机物流航线。
2.“低空+文旅”。开发空中游览项目。
3.完善通信导航设施。建设监视网络。（牵头单位：科技创新局）
（二）强化产业支撑
1.招引整机企业。新引进整机企业5家。（投资促进局牵头）
"""


def test_box_items_numbered_like_the_tasks_and_starting_again_at_one_are_no_tasks():
    titles = [t["title"] for t in read_text(SAME_KIND)["tasks"]]
    assert titles == ["建设起降场网络", "优化空域管理", "完善通信导航设施", "招引整机企业"]
