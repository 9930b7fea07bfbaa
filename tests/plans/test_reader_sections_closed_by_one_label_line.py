"""A section whose numbered sub-items carry no clause of their own, closed together by one label line, is one task
titled by its heading ("一、建立…机制 / 1.… / 2.… / 责任科室：X牵头，Y配合"); one sub-item over the line stays the task."""

from actiondesk.plans.reader import read_text

_HEAD = "某局优化营商环境工作机制\n"


def _tasks(body: str):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(_HEAD + body)["tasks"]]


def test_sub_items_closed_together_by_one_label_line_are_their_sections_one_task():
    body = ("一、建立主要领导抓营商环境工作机制\n1.成立工作领导小组，由局主要领导担任组长。\n2.实行一把手亲自抓工作机制。\n"
            "责任科室：政策法规科牵头，各科室配合\n"
            "二、建立政策业务学习机制\n建立学习机制，每年至少开展1次专题学习，内容包括：\n（1）党中央有关文件。\n"
            "（2）省委有关部署。\n责任科室：办公室牵头，各科室配合\n")
    assert _tasks(body) == [("一", "建立主要领导抓营商环境工作机制", ["政策法规科"], ["各科室"]),
                            ("二", "建立政策业务学习机制", ["办公室"], ["各科室"])]
    assert [(t["value"], t["unit"]) for t in read_text(_HEAD + body)["targets"]] == [(1, "次")]


def test_one_sub_item_over_its_label_line_is_the_task_itself():
    body = ("一、打防结合\n（一）加大打击力度。做好新发案件处置。\n责任单位：甲局、乙局\n"
            "二、齐抓共管\n（二）开展风险排查。做好监测预警。\n责任单位：丙局\n")
    assert [t[0] for t in _tasks(body)] == ["（一）", "（二）"]


def test_sub_items_with_clauses_of_their_own_stay_tasks_of_their_own():
    body = ("一、建立工作机制\n1.成立领导小组。（甲局负责）\n2.建立调度制度。（乙局负责）\n")
    assert [t[0] for t in _tasks(body)] == ["1", "2"]
