"""A bare bracket of names right after a count names the things counted ("总包企业2家（甲公司、乙公司）") — unless every
name is a government body of a level ("新建平台3个（市工信局、市科技局）"): then it names who answers for the sentence,
and closes its task even inside an item whose earlier sentence another clause closed ("①…（市工信局牵头）；②…")."""

from actiondesk.plans.reader import read_text

_HEAD = "某市加快先进制造业发展行动方案\n\n一、主要任务\n"


def _tasks(items: str):
    return [(t["number"], t["title"], t["lead"]) for t in read_text(_HEAD + items)["tasks"]]


def test_government_bodies_after_a_count_answer_for_the_sentence():
    items = ("（一）实施数字化转型行动。①推进智能化改造。实施改造项目100项（市工信局牵头）；"
             "②建设工业互联网平台。新建平台3个（市工信局、市科技局）。\n"
             "（二）实施企业培育行动。新增上市企业2家。（市金融局负责）\n")
    assert _tasks(items) == [("（一）", "实施数字化转型行动", ["市工信局"]),
                             ("（一）-2", "建设工业互联网平台", ["市工信局", "市科技局"]),
                             ("（二）", "实施企业培育行动", ["市金融局"])]


def test_firms_after_a_count_are_what_is_counted():
    items = ("（一）培育总承包企业。培育总包企业2家（甲建设公司、乙建工公司）。（市住建局负责）\n"
             "（二）推动企业上市。新增上市企业2家。（市金融局负责）\n")
    assert _tasks(items) == [("（一）", "培育总承包企业", ["市住建局"]), ("（二）", "推动企业上市", ["市金融局"])]
