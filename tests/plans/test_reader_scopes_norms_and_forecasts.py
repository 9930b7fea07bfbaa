"""Figures that name what a plan covers, draws on or expects rather than what it commits to: kinds a service covers
(等21大类), a grant rate after 对其…, the size or count a case must reach before a grant, resources drawn on, a usual
norm (一般…, 原则上按…), a forecast of an effect (预计…降低), a condition joined by 且, and counts inside lists of
names (a plan's own actions, designated pilot areas, all the villages there are). Goals stay goals."""

from actiondesk.plans.reader import read_text


def _figures(sentence):
    text = f"一、重点任务\n1．推进工作。{sentence}（甲局牵头，乙局配合）\n"
    return [(t["value"], t["unit"], t["comparator"]) for t in read_text(text)["targets"]]


def test_a_count_of_kinds_after_a_list_ending_in_deng_is_no_target():
    assert _figures("依托政务平台提供出行、医疗、文旅等21大类便捷服务。") == []


def test_a_count_of_kinds_with_no_list_before_it_stays_a_target():
    assert _figures("基本公共服务项目达到11大类。") == [(11, "大类", ">=")]


def test_goals_of_the_usual_shapes_stay_goals():
    assert _figures("新增贷款300万元以上。") == [(300, "万元", ">=")]
    assert _figures("建成不少于20个社区。") == [(20, "个", ">=")]
    assert _figures("培育50家以上规上企业。") == [(50, "家", ">=")]
    assert _figures("完成100个村庄规划编制。") == [(100, "个", ">=")]
    assert _figures("到2025年覆盖率达到95%。") == [(95, "%", ">=")]


def test_a_share_of_what_a_case_spent_after_dui_qi_is_a_grant_rate():
    assert _figures("对其购买科技创新服务实际发生金额的30%，给予最高50万元补贴。") == []
    assert _figures("对其购买检验检测服务实际发生费用的20%给予补贴。") == []


def test_a_payment_rate_whose_verb_comes_late_in_its_sentence_is_no_target():
    assert _figures("原则上按不低于合同金额的40%，在合同签订后5个工作日内向中小企业支付预付款。") == []


def test_the_size_a_case_must_reach_before_a_grant_is_no_target():
    assert _figures("单个场景投入不低于5万元的，按投入的20%给予补助。") == []
    assert _figures("单个场景投入不低于5万元的项目，择优给予补助。") == []


def test_the_count_a_case_must_reach_to_earn_a_reward_is_no_target():
    assert _figures("对全年登记数据产品达10个以上的，给予奖励。") == []
    assert _figures("对年度新增专利达5项以上的企业，一次性给予奖励。") == []


def test_a_count_to_reach_with_no_case_opened_by_dui_stays_a_target():
    assert _figures("全年登记数据产品达到10个以上，给予奖励。") == [(10, "个", ">=")]


def test_a_count_of_resources_the_work_draws_on_is_no_target():
    assert _figures("整合港澳台旅游服务中心和国家旅游局24个海外办事处机构资源，开展境外宣传推广。") == []


def test_a_count_of_projects_or_centres_named_after_resources_stays_a_target():
    assert _figures("创建60个停车资源优化项目。") == [(60, "个", ">=")]
    assert _figures("推进3个旅游资源展示中心建设。") == [(3, "个", ">=")]


def test_a_usual_norm_written_with_yiban_is_no_target():
    assert _figures("城市社区管理范围一般不超过常住人口3000户。") == []


def test_a_budget_named_yiban_stays_a_target():
    assert _figures("一般公共预算收入增长7%左右。") == [(7, "%", "≈")]


def test_a_forecast_of_an_effect_is_no_target():
    assert _figures("预计全年降低物流成本120多亿元。") == []


def test_work_expected_to_be_done_stays_a_target():
    assert _figures("预计完成1.8万个用户的光纤入户网络改造。") == [(1.8, "万个", ">=")]


def test_a_count_compared_in_a_clause_joined_by_qie_is_a_condition_of_a_case():
    assert _figures("进入有限空间作业，且作业间内作业人员数量超过9人，应设置专人监护。") == []


def test_work_or_a_norm_in_a_clause_joined_by_qie_stays_a_target():
    assert _figures("完成绿地建设，且新建绿地面积超过5公顷。") == [(5, "公顷", ">=")]
    assert _figures("新建停车位全部预留充电条件，且充电泊位不应低于总车位的20%。") == [(20, "%", ">=")]


def test_a_count_closing_a_list_of_named_actions_counts_the_plans_own_actions():
    assert _figures("实施农产品产地土壤污染防治、化肥使用零增长减量化、农药使用零增长减量化四个专项行动。") == []


def test_times_a_listed_action_is_held_stay_a_target():
    assert _figures("组织开展春季、夏季、秋季3次专项行动。") == [(3, "次", ">=")]


def test_designated_pilot_areas_pushed_on_are_places_in_scope():
    assert _figures("全面推进16个市级海绵城市建设试点区。") == []


def test_all_the_villages_of_an_area_mobilised_are_places_in_scope():
    assert _figures("组织全区192个行政村成立村经济合作社。") == []


def test_pilot_work_completed_areas_built_and_firms_pushed_stay_targets():
    assert _figures("完成全市26个市级幸福社区试点工作。") == [(26, "个", ">=")]
    assert _figures("建成3个省级示范区。") == [(3, "个", ">=")]
    assert _figures("推动全省100家企业实施分类分级管理。") == [(100, "家", ">=")]


def test_a_payment_ratio_raised_to_a_share_of_the_contract_stays_a_goal():
    from tests.plans.reading import figures

    assert figures("鼓励采购人将对民营企业的合同预付款比例提高至合同金额的30%以上，加强对合同款项支付行为的提示。") == [
        (30, "%", ">=")
    ]
