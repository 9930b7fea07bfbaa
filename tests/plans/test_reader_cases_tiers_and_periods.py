"""Lines that sort cases, read as no goals: a floor in a clause naming who a grant is for ("组织不少于50人的入境游客包机，
给予组织者1万元奖补"; "每年发掘不少于50个…标杆项目，并…给予政策支持" does work and stays a goal), a sum right before the
projects it sorts ("对全省5000万元以上项目进行动态监测", "每年对总投资2000万元以上，且…的创新项目"), a tier of a tax
("…超过100万元但不超过300万元的部分"), the latest one of a series ("最近1次公布的…利率"), a city's size ("50万人口的中等
城市") and a benefit's period ("提供不少于7天的免费住宿期")."""

from tests.plans.reading import figures as _read


def test_a_floor_in_a_clause_naming_who_a_grant_is_for_is_no_goal_but_yearly_work_then_supported_is():
    assert _read("组织不少于50人的入境游客包机，给予组织者1万元奖补。") == []
    assert _read("每年发掘不少于50个潜力巨大的标杆项目，并按照规定给予政策支持。") == [(50, "个", ">=")]


def test_a_sum_right_before_the_projects_it_sorts_is_no_goal():
    assert _read("对全省5000万元以上项目进行动态监测。") == []
    assert _read("每年对总投资2000万元以上，且设备投资500万元以上的创新项目，在项目推介等方面给予重点支持。") == []


def test_a_tax_tier_the_latest_of_a_series_a_citys_size_and_a_benefits_period_are_no_goals():
    assert _read("继续执行对小型微利企业年应纳税所得额超过100万元但不超过300万元的部分减按25%计入。") == []
    assert _read("贷款利率不超过发放时最近1次公布的同期限档次贷款市场报价利率。") == []
    assert _read("培育一批50万人口的中等城市。") == []
    assert _read("提供不少于7天的免费住宿期。") == []
    assert _read("每周开展宣传不少于2天。") == [(2, "天", ">=")]


def test_the_size_of_plant_or_vehicles_a_measure_upgrades_or_shuts_and_a_products_grade_are_no_goals():
    assert _read("加快对全省钢铁企业1000立方米以下高炉、100吨以下转炉升级改造。") == []
    assert _read("全面淘汰拆除3.2米及以下水泥粉磨生产线。") == []
    assert _read("有序推进单机容量30万千瓦以下煤电机组关停整合。") == []
    assert _read("鼓励线棒材生产企业开展500兆帕以上热轧带肋钢筋的研发生产。") == []
    assert _read("全市煤炭消费量控制在3000万吨以下水平。") == [(3000, "万吨", "<=")]
    assert _read("保证20兆进牧户。") == [(20, "兆", ">=")]


def test_a_rate_per_thousand_people_is_one_unit_and_services_each_person_may_enjoy_are_no_goals():
    assert _read("稳步实现农产品和食品抽检量每年5批次／千人目标，其中种养殖环节抽检量每年2批次／千人。") == [
        (5, "批次/千人", ">="), (2, "批次/千人", ">=")]
    assert _read("确保每名学生均能享受一次政策宣介、一次职业指导、三次岗位推介和一次就业见习的“1131”就业服务。") == []


def test_grant_tiers_by_herd_or_plant_size_and_a_grants_split_between_levels_are_no_goals():
    assert _read("省级对存栏300头、500头及1000头以上的奶牛场购置信息化设备分别给予不超过30万元、50万元和300万元一次性补助。") == []
    assert _read("对每新增年产万吨婴幼儿乳粉、年产500吨奶酪或黄油、日产50吨巴氏杀菌乳产能，省级分别支持4000万元、2000万元和"
                 "1000万元。") == []
    assert _read("其中奶酪、黄油和巴氏杀菌乳产能支持资金不超过总投资额的30%。") == []
    assert _read("对引进年实际投资额10亿元、5亿元的奶业产业化项目，给予奖励。") == []
    assert _read("对过剩生鲜乳喷粉进行补贴，每吨补贴800元，其中省级500元、市县300元。") == []
    assert _read("到2022年，11个设区的市分别建设1个巴氏杀菌乳加工企业。") == [(1, "个", ">=")]
    assert _read("支持企业投资5000万元以上。") == [(5000, "万元", ">=")]


def test_sessions_of_a_course_are_counted_but_a_phase_of_works_is_not():
    assert _read("开展专题培训活动10期以上。") == [(10, "期", ">=")]
    assert _read("每年开展不少于3期。") == [(3, "期", ">=")]
    assert _read("建设2期工程。") == []


def test_a_size_reached_then_a_case_clause_ending_in_的_before_a_grant_is_no_goal():
    assert _read("各类投资基金直接投资省内工业企业的资金规模达到3000万元（扣除政府引导基金），投资期限满两年（含）以上的，"
                 "按不超过其实际投资额1%的比例给予一次性奖励。") == []
    assert _read("力争全市新增规上企业达到100家，对新增的，给予奖励。") == [(100, "家", ">=")]


def test_an_energy_use_in_吨标煤_that_sorts_firms_is_no_goal_but_a_cap_on_all_use_is():
    assert _read("督促年能耗在5000吨标煤以上企业按要求时限完成能耗在线监测系统建设。") == []
    assert _read("全市能耗总量控制在5000万吨标煤以内。") == [(5000, "万吨标煤", "<=")]
