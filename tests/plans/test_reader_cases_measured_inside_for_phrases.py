"""A figure reached inside the 对 phrase that names the cases a measure is for measures those cases, whatever the
measure taken after ("对冬春两季销售额达500万元…的限上家电、家居企业，每户奖励5万元", "对年底前总投资完成率达到95%以上的项目
完成竣工验收", "对超过400万元…的项目标前全面公开采购需求"); a count of the cases themselves stays a goal."""

from tests.plans.reading import figures as _read


def test_a_size_or_growth_reached_inside_the_for_phrase_names_the_cases_a_grant_is_for():
    assert _read("对冬春两季销售额达500万元且增速达15%以上的限上家电、家居企业，每户奖励5万元。") == []
    assert _read("每年对年度营业收入增速达到20%以上且增速排名在全市前3的市级企业，给予50万元资金奖补。") == []
    assert _read("对营业收入首次突破100亿元、50亿元的市级企业，分别给予奖补。") == []
    assert _read("对首年服务企业6家以上的外贸综合服务企业，给予支持。") == []


def test_the_cases_may_be_named_for_work_other_than_a_grant():
    assert _read("对年底前总投资完成率达到95%以上的项目完成竣工验收。") == []
    assert _read("对于规模超过100个标准机架（2.5KW）的数据中心逐一登记造册。") == []
    assert _read("对超过400万元和面向社会公众购买服务的项目标前全面公开采购需求。") == []
    assert _read("对招用高校毕业生达到当年新增职工人数30%以上且符合相关条件的，在安排纾困资金时予以倾斜。") == []


def test_a_goal_outside_a_for_phrase_stays_a_goal():
    assert _read("推动年销售额达500万元以上的企业达到100家。") == [(100, "家", ">=")]
    assert _read("力争总投资完成率达到95%以上。") == [(95, "%", ">=")]
