"""A level's catch-all standing alone ("（市直有关单位按职责分工负责）") leads; a list closed by the kind of its bodies
("X、Y等行政执法有关单位按照职责分工负责") names X and Y; "X牵头组织，Y等相关单位按照各自职责抓好落实" is X leading, Y
supporting."""

from actiondesk.plans.reader import read_text

_HEAD = "某市进一步优化营商环境若干措施\n\n一、重点任务\n"


def _units(items: str):
    return [(t["lead"], t["support"]) for t in read_text(_HEAD + items)["tasks"]]


def test_a_level_catch_all_alone_closes_its_item_and_leads():
    items = ("1．规范涉企政策制定。严格落实公开征求意见要求。（市直有关单位按职责分工负责）\n"
             "2．深化作风建设。（县直各部门按职责分工负责）\n")
    assert _units(items) == [(["市直有关单位"], []), (["县直各部门"], [])]


def test_a_list_closed_by_the_kind_of_its_bodies_names_the_bodies():
    items = "1．规范日常监管行为。制定执法工作指引。（市司法局、市应急局等行政执法有关单位按照职责分工负责）\n"
    assert _units(items) == [(["市司法局", "市应急局"], [])]


def test_a_lead_that_organises_and_units_that_carry_out_by_their_own_duties_are_lead_and_supports():
    items = ("1．粉尘防爆专项整治。整治不符合规范的作业场所。（区安办牵头组织，区经济发展局（商务）、区消防支队等相关单位"
             "按照各自职责抓好落实）\n")
    assert _units(items) == [(["区安办"], ["区经济发展局（商务）", "区消防支队"])]
