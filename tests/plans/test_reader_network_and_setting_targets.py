"""Targets of digital-infrastructure and public-service plans written in ways the reader missed, and policy
settings it took for goals (branch k-reader40): bandwidths in M, counts of fields reached, landmark projects
picked out, shares before a Latin word, counts in brackets after things put up, two shares joined by 和 before
one measure; shares that split a payment or a cost, raised subsidy standards, reward steps and tiers of sales.
Made-up sentences in the style of failing-style lines of held-out plans."""

from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def _texts(sentence):
    return [(t["value"], t["text"]) for t in find_targets(sentence)]


def test_a_bandwidth_in_megabits_is_a_goal():
    assert _read("全市数据中心出口带宽可用性8000M以上，政务外网接入能力20000M以上。") == [
        (8000, "M", ">="),
        (20000, "M", ">="),
    ]
    assert _read("乡镇出口带宽达到200M。") == [(200, "M", ">=")]


def test_a_letter_m_in_a_rating_or_after_a_chinese_numeral_is_no_bandwidth():
    assert _read("新建220MVA主变压器。") == []
    assert _read("推行三M管理标准。") == []


def test_a_floor_on_the_fields_or_places_where_the_work_succeeds_is_a_goal():
    assert _read("公共数据在12个以上领域实现按需共享。") == [(12, "个", ">=")]
    assert _read("数据在不少于6个区县开展试点应用。") == [(6, "个", ">=")]
    assert _read("在8个领域实现按需共享。") == []  # no floor: a statement of scope


def test_a_count_of_things_built_with_gou_jian_is_a_goal():
    assert _read("构建500个以上的行业语料库（知识库）。") == [(500, "个", ">=")]
    assert _read("构建一个立体协调机制。") == []


def test_a_depth_a_model_describes_is_no_goal():
    assert _read("构建全区150米以浅地下空间三维模型。") == []


def test_landmark_or_high_quality_projects_picked_out_are_a_goal():
    assert _read("每年遴选50个标志性重大项目。") == [(50, "个", ">=")]
    assert _read("遴选30个优质文旅项目。") == [(30, "个", ">=")]


def test_a_set_of_ways_of_working_named_at_length_is_a_manner():
    assert _read("形成一套较为完备的公共数据授权运营制度规则体系。") == []


def test_a_share_written_right_before_a_latin_word_is_a_goal():
    assert _read("新建公共建筑实现100%BIM审查。") == [(100, "%", ">=")]
    assert _read("加快建设5G基站。") == []


def test_shares_a_payment_or_a_cost_is_split_by_are_settings():
    assert _read("安家补贴按30%、30%、40%比例分3年发放。") == []
    assert _read("所需运维支出由市财政承担60%。") == []
    assert _read("贴息资金由省级财政和县财政各承担50%。") == []


def test_a_subsidy_standard_raised_by_a_share_is_a_setting_but_a_cost_brought_down_is_a_goal():
    assert _read("护理补贴标准分别上浮5%、10%。") == []
    assert _read("力争将企业综合费用下调10%。") == [(10, "%", ">=")]
    assert _read("企业物流费用下调8%以上。") == [(8, "%", ">=")]


def test_tiers_of_sales_reached_before_a_grant_are_conditions():
    assert _read("对年销售收入首次达到3000万元、6000万元、2亿元的企业，分别给予一次性奖励。") == []
    assert _read("培育年销售收入首次达到3000万元的企业20家。") == [(20, "家", ">=")]


def test_a_grant_for_each_case_recognised_or_an_approved_capacity_is_no_goal():
    assert _read("每认定1家给予运营机构20万元扶持。") == []
    assert _read("用房属租赁且核定护理床位30张及以上。") == []
    assert _read("每新增1家规上企业。") == [(1, "家", ">=")]


def test_two_shares_joined_by_he_before_one_measure_are_two_goals_each_with_the_measure():
    assert _texts("推动85%的市和65%的县（市、区）达到省级四星级以上。") == [
        (85, "推动85%的市和65%的县（市、区）达到省级四星级以上"),
        (65, "65%的县（市、区）达到省级四星级以上"),
    ]
    assert _read("力争80%的乡镇和60%的村实现生活垃圾分类。") == [(80, "%", ">="), (60, "%", ">=")]


def test_a_coverage_joined_to_a_second_one_is_a_goal_but_work_only_sped_up_is_not():
    assert _texts("加快千兆光网全覆盖，实现NB-IoT网络乡镇以上城区全覆盖和重点区域深度覆盖。") == [
        (100, "实现NB-IoT网络乡镇以上城区全覆盖"),
    ]
    assert _read("加快实现千兆光网全覆盖。") == [(100, "%", ">=")]
    assert _read("推进农村生活污水治理全覆盖。") == [(100, "%", ">=")]


def test_counts_in_brackets_after_things_put_up_in_a_list_are_each_a_goal():
    assert _texts(
        "在醒目位置设置“创建文明城市”主题公益广告（3幅）、社会主义核心价值观24个字宣传标语（2幅）。"
    ) == [
        (3, "在醒目位置设置“创建文明城市”主题公益广告（3幅）"),
        (2, "社会主义核心价值观24个字宣传标语（2幅）"),
    ]
    assert _read("纳入规划保障的数量（40座）。") == []  # a count stated, not things put up


def test_a_floor_in_brackets_is_a_goal():
    assert _texts("具备开展（四种及以上）体育活动的场地条件。") == [
        (4, "具备开展（四种及以上）体育活动的场地条件")
    ]


def test_a_spacing_is_no_goal_but_the_floor_it_spaces_is():
    assert _texts("确保每隔300米至少能看到1处公共厕所的指示牌。") == [
        (1, "确保每隔300米至少能看到1处公共厕所的指示牌"),
    ]


def test_a_share_of_places_that_have_a_thing_is_the_goal_and_what_each_has_is_not():
    assert _texts("60%以上的公交站台设有不少于1处公益广告。") == [
        (60, "60%以上的公交站台设有不少于1处公益广告")
    ]


def test_a_routine_without_a_floor_word_stays_no_goal_as_the_corpus_reads_it():
    assert _read("各村每月开展1次环境卫生集中清洁行动。") == []
    assert _read("各村每月至少开展1次环境卫生集中清洁行动。") == [(1, "次", ">=")]


def test_a_chinese_count_right_after_two_names_names_the_set():
    assert _read("实现省级指挥调度、数据共享两个平台的试点建设。") == []
    assert _read("建成东区、西区2个口袋公园。") == [(2, "个", ">=")]  # Arabic digits count what is built
