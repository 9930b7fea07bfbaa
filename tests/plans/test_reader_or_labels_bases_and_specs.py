"""Styles of the sixty-ninth blind batch's failing-style lines, on made-up text: a label of two kinds of body joined by
或 ('责任处室或单位：'), a catch-all of villages beside a team after 及, and figures that are no goals (the work a clause
builds on, '在…基础上'; the crew or size that picks out a kind of boat, '超10人作业渔船'; a dimension a built thing
must have, '有效容积不得小于1.5㎡') or are goals (a yearly share of all the places, a share of 美丽乡村)."""

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.departments import split_names
from tests.plans.reading import figures as _read


def _rows(text):
    return [(t["title"], t["lead"], t["support"]) for t in read_plan(text.encode(), "plan.txt")["tasks"]]


def test_a_label_of_two_kinds_of_body_joined_by_or_is_read_as_a_label():
    text = ("甲片区林长制实施方案\n一、主要任务\n（一）严格资源保护。加强巡护。（责任处室或单位：资源生态处、各村）\n"
            "（二）筑牢火灾防线。落实责任。（责任处室或单位：政法综治处）\n")
    assert _rows(text) == [("严格资源保护", ["资源生态处", "各村"], []), ("筑牢火灾防线", ["政法综治处"], [])]


def test_the_villages_and_a_team_after_ji_are_two_units():
    assert split_names("党群工作处、各村及包村工作队") == ["党群工作处", "各村", "包村工作队"]
    assert split_names("各村及其下属单位") == ["各村及其下属单位"]


def test_a_figure_in_the_work_a_clause_builds_on_is_no_goal():
    assert _read("在继续推进三年行动和7大类隐患排查整治基础上，全面开展整治。") == []
    assert _read("在已有8个服务点的基础上，新增5个服务点。") == [(5, "个", ">=")]


def test_the_size_that_picks_out_a_kind_of_boat_or_vehicle_is_no_goal():
    assert _read("重点整治超10人作业渔船等重大隐患。") == []
    assert _read("淘汰超过30座客车200辆。") == [(200, "辆", ">=")]


def test_a_dimension_a_built_thing_must_have_is_a_norm_of_its_build():
    assert _read("三格化粪池的有效容积不得小于1.5㎡。") == []
    assert _read("全区绿地面积不低于30万平方米。") == [(30, "万平方米", ">=")]


def test_a_yearly_share_of_all_the_places_and_a_share_of_villages_are_goals():
    assert _read("每年按乡镇、村总数的10%逐步创建卫生乡镇、村。") == [(10, "%", ">=")]
    assert _read("至2025年，辖区90%以上美丽乡村要创建省级卫生村。") == [(90, "%", ">=")]
    assert _read("按合同金额的30%给予补贴。") == []


def test_a_label_of_units_that_mainly_take_the_work_in_hand_reads_as_responsible_units():
    text = ("甲片区人居环境整治分工方案\n一、开展村庄清洁行动\n（一）开展村庄清洁行动。落实清洁行动方案。\n牵头单位：农业农村处\n"
            "主抓单位：农业农村处、交通与建设处\n责任单位：交通与建设处、各行政村\n（二）推进厕所革命。推进改厕。\n牵头单位：社会事业处\n"
            "主抓单位：社会事业处\n责任单位：各行政村\n")
    assert _rows(text) == [("开展村庄清洁行动", ["农业农村处"], ["交通与建设处", "各行政村"]),
                           ("推进厕所革命", ["社会事业处"], ["各行政村"])]
