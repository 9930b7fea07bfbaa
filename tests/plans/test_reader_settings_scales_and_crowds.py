"""Figures a careful reader does not read as targets, from failing-style lines of held-out plans (branch k-reader36),
each on made-up sentences: caps on a benefit and shares firms set aside or pay in (policy settings), the scale of a
project in its description, the crowd a campaign mobilises, a count in the name of a set of measures and existing
resources the work draws on."""

from tests.plans.reading import figures as _read


def test_caps_on_a_benefit_are_policy_settings():
    assert _read("可享受最长2年、不超过房租60%、每年最高8000元的场租补贴。") == []
    assert _read("按不超过实际培训费用70%且每人不超过2000元标准给予补助。") == []


def test_shares_firms_set_aside_or_pay_in_are_policy_settings():
    assert _read("允许企业按规定提取职工工资总额的1%～2%用于职工教育。") == []
    assert _read("单位缴存住房公积金比例最高不得超过10%。") == []


def test_a_floor_on_a_rate_the_plan_reaches_stays_a_target():
    assert _read("财政补助资金使用率不低于95%。") == [(95, "%", ">=")]


def test_the_scale_of_a_project_in_its_description_is_no_target():
    assert _read("该项目总建筑面积185000㎡，总套数1960套。") == []
    assert _read("B地块总建筑面积9万㎡，总套数1280套。") == []
    assert _read("全年筹集保障性租赁住房3000套。") == [(3000, "套", ">=")]


def test_the_crowd_a_campaign_mobilises_is_no_target():
    assert _read("组织各街道、各社区千人开展文明劝导行动。") == []
    assert _read("培训家政服务人员800人。") == [(800, "人", ">=")]
    assert _read("组织500名以上志愿者参与服务。") == [(500, "名", ">=")]
    assert _read("组织300名志愿者开展宣传。") == [(300, "名", ">=")]


def test_a_count_in_the_name_of_a_set_of_measures_is_no_target():
    assert _read("修订完善促进外贸稳定增长的八条措施。") == []
    assert _read("新增8条公交线路。") == [(8, "条", ">=")]


def test_existing_resources_the_work_draws_on_are_no_target():
    assert _read("积极争取省文旅厅16个境外推广中心机构资源。") == []
    assert _read("依托全市12个海外联络处资源开展招商。") == []
