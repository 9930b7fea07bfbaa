"""Goals a policy text's action plan writes without a floor word, and the figures beside them that are no goals
(branch k-reader37): counts after 发布, 联通, 保证, 试点 and 推荐, exemplars picked out, the crowd a training reaches,
totals in 亿 and bandwidths in 兆; grant rates whose verb follows a comma, a set of ways of working, tiers of money
put in, procedure rules, reward steps, tolerances, sorting sizes and the goods a measure concerns. Made-up
sentences in the style of the moved anhui-2021 plan and of failing-style lines of held-out plans."""

from tests.plans.reading import figures as _read


def test_a_count_published_connected_or_guaranteed_is_a_goal():
    assert _read("每年分季度发布60个数字化转型典型场景清单。") == [(60, "个", ">=")]
    assert _read("联通县本级30个部门的业务数据。") == [(30, "个", ">=")]
    assert _read("保证10兆进村入户的带宽要求。") == [(10, "兆", ">=")]


def test_a_press_conference_or_a_company_commits_to_nothing():
    assert _read("召开发布会3场次的费用由主办方承担。") == []
    assert _read("移动、联通、电信3家企业负责施工。") == []


def test_a_pilot_or_a_recommendation_right_before_the_count_is_a_goal():
    assert _read("每个街区试点一个以上特色夜市集聚区。") == [(1, "个", ">=")]
    assert _read("推荐20名优秀青年干部到基层挂职锻炼。") == [(20, "名", ">=")]


def test_one_of_a_kind_with_a_floor_after_it_counts():
    assert _read("每个镇建成一个以上农产品展销点。") == [(1, "个", ">=")]
    assert _read("迈上一个新台阶。") == []


def test_exemplars_picked_out_are_a_goal_but_places_picked_for_a_pilot_are_not():
    assert _read("每年遴选30家智能化改造成效良好的企业，推广其经验。") == [(30, "家", ">=")]
    assert _read("全市评选40个优秀数字化应用案例。") == [(40, "个", ">=")]
    assert _read("全省遴选60家智能制造试点示范。") == [(60, "家", ">=")]
    assert _read("以镇为单位，分别选取一条道路试点。") == []
    assert _read("选择10个左右有条件的城市开展试点。") == []


def test_the_crowd_a_training_reaches_is_a_goal_also_after_a_comma():
    assert _read("面向2万名企业经营管理人员开展数字化转型培训。") == [(2, "万名", ">=")]
    assert _read("每年面向5000名技术工人，由市县合力开展技能提升轮训。") == [(5000, "名", ">=")]
    assert _read("面向5万名群众开展宣传活动。") == []


def test_a_total_in_yi_and_a_bandwidth_in_zhao_keep_their_printed_unit():
    assert _read("实现标识解析注册总量突破8亿。") == [(8, "亿", ">=")]
    assert _read("力争实现100兆进村入户。") == [(100, "兆", ">=")]
    assert _read("新增光伏装机50兆瓦。") == [(50, "兆瓦", ">=")]


def test_network_tiers_are_no_bandwidth():
    assert _read("建成千兆光网和万兆骨干网，推进百兆宽带入户。") == []


def test_a_grant_or_payment_rate_is_a_setting_also_when_its_verb_follows_a_comma():
    assert _read("市级按该项目首轮测试合同金额的20%，给予一次性奖补。") == []
    assert _read("原则上按不低于合同价款的30%向小微企业支付预付款。") == []
    assert _read("按照企业单笔贷款金额不超过年化1.5%，给予贴息支持。") == []
    assert _read("对政府采购项目给予小微企业10%—15%的价格扣除优惠。") == []


def test_a_set_of_ways_of_working_is_no_count():
    assert _read("形成一套较为完善的推广应用模式。") == []
    assert _read("建立一套长效管理机制。") == []
    assert _read("新增一套200吨/日污水处理设备。") == [(200, "吨/日", ">=")]


def test_tiers_of_money_put_in_are_conditions_of_the_reward():
    assert (
        _read(
            "对企业技术改造实际投入金额达30万元（含）-60万元、60万元（含）-90万元、90万元以上的，分别给予5万元、10万元、"
            "15万元奖励。"
        )
        == []
    )


def test_procedure_rules_steps_tolerances_and_sorting_sizes_are_no_goals():
    assert _read("招标人应确保两家以上中小企业投标人进入评审。") == []
    assert _read("企业吸纳就业人数每超过20名的，给予一次性奖励。") == []
    assert _read("将政策性担保机构代偿风险容忍度控制在3%以内。") == []
    assert _read("对用电设备容量在100千瓦及以下的小微企业采取低压方式接入。") == []


def test_the_goods_a_measure_concerns_are_no_goal():
    assert _read("推动企业针对协定首年零关税的1500种商品开展对接。") == []


def test_a_floor_the_plan_sets_itself_stays_a_target():
    assert _read("力争全市建成15个行业级节点。") == [(15, "个", ">=")]
    assert _read("政府采购合同授予中小企业的份额不低于40%。") == [(40, "%", ">=")]


def test_a_full_width_quote_closed_by_a_half_width_one_masks_no_figure_after_it():
    assert _read('推行“双告知"制度，各部门涉企“双告知"事项覆盖率不低于95%，“一企一档"更新率达100%。') == [
        (95, "%", ">="),
        (100, "%", ">="),
    ]
    assert _read('推进“一窗通办"改革，各级中心综合一窗率达85%以上，“掌上办"事项占比达90%。') == [
        (85, "%", ">="),
        (90, "%", ">="),
    ]


def test_shares_of_one_hundred_percent_in_body_sentences_are_targets():
    assert _read('“五保"对象中的失能老人享受政府购买居家服务覆盖率达到100%。') == [(100, "%", ">=")]
    assert _read("新建小区同步配建托育设施，确保配建设施达标率达到100%。") == [(100, "%", ">=")]


def test_a_count_with_about_and_a_floor_of_sessions_published_are_targets():
    assert _read("累计约2800户。") == [(2800, "户", "≈")]
    assert _read("组织发布不少于80场线上技能培训课程。") == [(80, "场", ">=")]


def test_places_chosen_for_a_pilot_stay_a_selection_though_named_exemplary():
    assert _read("选取2个示范村开展垃圾分类试点。") == []


def test_a_cap_the_plan_keeps_stays_a_target_though_a_grant_follows_later_in_the_sentence():
    assert _read("资产负债率不超过60%，对达到要求并完成年度考核任务的国有企业按规定给予奖励。") == [
        (60, "%", "<=")
    ]


def test_work_on_the_firms_a_measure_names_stays_a_target():
    assert _read("推动针对重点行业的30家企业完成数字化改造。") == [(30, "家", ">=")]


def test_vouchers_tickets_and_rooms_offered_are_goals_but_a_service_length_is_not():
    assert _read("全省提供100万张景区优惠门票、派发50万张特价机票。") == [(100, "万张", ">="), (50, "万张", ">=")]
    assert _read("为群众提供24小时服务。") == []


def test_funding_a_plan_strives_to_bring_in_and_a_transformer_capacity_are_goals():
    assert _read("力争全年到位上级补助收入30亿元以上。") == [(30, "亿元", ">=")]
    assert _read("给予最高50万元补助。") == []
    assert _read("新增变电容量5万千伏安。") == [(5, "万千伏安", ">=")]
