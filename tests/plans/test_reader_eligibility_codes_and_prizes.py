"""Figures that say who a measure is for, what a building code allows, what a procedure or a draw sets and what one
person may obtain are no goals: "至少有一个未成年子女的家庭", "投影面积…不超过该户型面积的3%", "覆土厚度不低于0.5米",
"要求评标委员会推荐3名…候选人", "设特等奖1名", "可免费获取…名额一个"."""

from tests.plans.reading import figures as _read


def test_a_count_inside_the_family_a_measure_is_for_is_no_goal():
    assert _read("对至少有一个未成年子女的家庭，购买首套住房给予补贴。") == []
    assert _read("多子女家庭（其中至少一名出生于2016年以后的家庭）可提高贷款额度。") == []


def test_a_count_of_family_doctors_to_train_stays_a_goal():
    assert _read("力争培训1000名达到国际服务标准的家庭医生。") == [(1000, "名", ">=")]


def test_what_a_building_code_allows_is_no_goal():
    assert _read("设备平台水平投影面积之和不超过该户型面积的3%。") == []
    assert _read("空间占该层计容建筑面积的比例提高至25%。") == []
    assert _read("地下室顶板覆土厚度不低于0.5米。") == []


def test_what_a_procedure_a_draw_or_an_allowance_sets_is_no_goal_but_homes_to_build_are():
    assert _read("要求评标委员会推荐3名不排序的中标候选人。") == []
    assert _read("每期抽奖活动设特等奖1名。") == []
    assert _read("购房人可免费获取就业服务名额一个。") == []
    assert _read("新建保障性住房1000套。") == [(1000, "套", ">=")]
