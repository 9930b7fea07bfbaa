"""Conditions of a measure are no targets: the line a project must reach to qualify for a subsidy, in a sentence that
only names the kind of project, and the threshold a case must meet (须/需/应 + 高于/达到) to hold a grade or get
support. Goals written with 须 and goals whose sentence commits to the figure stay targets."""

from actiondesk.plans.reader.targets import find_targets


def _figures(text):
    return [(target["value"], target["unit"]) for target in find_targets(text)]


def test_a_saving_line_in_a_sentence_naming_the_projects_that_qualify_is_no_target():
    text = "本区改造后单位能耗下降20%以上（含），且获得市级补贴的既有商业建筑改造项目。"
    assert _figures(text) == []


def test_a_floor_in_a_sentence_ending_in_the_kind_of_enterprise_that_may_apply_is_no_target():
    assert _figures("年节能量在300吨标准煤以上，且通过验收的工业企业。") == []


def test_a_saving_the_plan_pushes_for_stays_a_target_though_projects_follow():
    assert _figures("推动单位能耗下降18%以上，建成一批示范项目。") == [(18, "%")]


def test_a_count_of_enterprises_the_plan_commits_to_stays_a_target_though_the_sentence_ends_in_projects():
    assert _figures("到2027年，推动80家以上企业开展节能改造的示范项目。") == [(80, "家")]


def test_a_score_that_must_exceed_the_sector_average_to_hold_a_grade_is_no_target():
    assert _figures("示范企业绩效综合得分须高于行业平均绩效水平30%以上。") == []


def test_a_floor_an_applicant_must_reach_to_get_support_is_no_target():
    assert _figures("申报企业年营业收入需达到3000万元以上。") == []


def test_a_goal_written_with_xu_stays_a_target():
    assert _figures("各街道生活垃圾回收利用率须达到42%以上。") == [(42, "%")]
    assert _figures("到2026年，全区新建建筑中绿色建筑占比须达到100%。") == [(100, "%")]


def test_a_goal_with_ying_and_a_floor_stays_a_target():
    assert _figures("各区公共充电桩数量应不少于500个。") == [(500, "个")]


def test_a_goal_with_xu_for_places_where_conditions_allow_stays_a_target():
    assert _figures("有条件的街道，垃圾分类达标率须达到95%以上。") == [(95, "%")]


def test_the_investment_floor_of_the_projects_a_measure_supports_is_no_target():
    text = "对在新城范围内实施的总投资不低于2500万元的新型基础设施建设项目，按投资额给予支持。"
    assert _figures(text) == []
    assert _figures("支持年营业收入超过1亿元的企业。") == []


def test_an_investment_the_plan_commits_to_stays_a_target():
    assert _figures("完成投资不低于2500万元。") == [(2500, "万元")]
    assert _figures("完成投资不低于2500万元的项目建设。") == [(2500, "万元")]


def test_a_count_of_projects_after_their_size_floor_stays_a_target():
    assert _figures("培育年营业收入超过1亿元的企业10家。") == [(10, "家")]


def test_a_share_before_the_projects_it_is_split_into_is_no_size_and_stays_a_target():
    assert _figures("将70%以上的源头实效比例分解到具体项目。") == [(70, "%")]
