"""Parts of an annexed 工作要点: a first part numbered with a horizontal bar for 一 ('―、压实属地管理责任'), and a last
part whose paragraph and clause are followed by an annex of standards that names no one responsible."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.numbering import numbered

POINTS = (
    "某区关于印发近期工作要点的通知\n附件：1.主要任务进度表\n2.近期工作要点\n附件2\n某区近期工作要点\n"
    "―、压实属地管理责任\n各地要提高政治站位，组织落实。（各片区管理局负责）\n"
    "二、加强源头管控\n（一）加强监督检查。依法查处。（区市场监管局负责；持续推进）\n"
    "三、营造良好氛围\n将塑料污染治理作为重要内容。（区宣传办、区网信办等按职责分工负责）\n"
)
STANDARDS = (
    "附件3\n相关塑料制品禁限管理细化标准\n按照相关规定，分阶段对部分塑料制品实行禁限管理。\n"
    "一、超薄塑料购物袋\n用于盛装及携提物品的超薄塑料购物袋。\n二、一次性塑料棉签\n以塑料棒为基材制造的一次性棉签。\n"
)


def _tasks(text):
    return [(t["number"], t["title"], t["lead"]) for t in read_text(text)["tasks"]]


def test_a_horizontal_bar_before_a_comma_numbers_the_first_part():
    item = numbered("―、压实属地管理责任")
    assert (item.kind, item.bare, item.rest) == ("section", "一", "压实属地管理责任")
    assert numbered("——加强监督。").kind == "dash"


def test_the_first_part_numbered_with_a_bar_is_a_task():
    assert _tasks(POINTS)[0] == ("一", "压实属地管理责任", ["各片区管理局"])


def test_an_annex_of_standards_after_the_last_part_leaves_its_clause_closing_it():
    assert _tasks(POINTS + STANDARDS)[-1] == ("三", "营造良好氛围", ["区宣传办", "区网信办"])
    assert len(_tasks(POINTS + STANDARDS)) == 3
