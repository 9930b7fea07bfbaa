"""Target rules from the twenty-fifth held-out batch's failing-style lines (branch k-reader31), each on made-up
sentences: protection quotas of land and the bodies a campaign covers are targets; a benefit set as a share of another
standard and a size naming the class a standard applies to are not."""

from actiondesk.plans.reader.targets import find_targets


def _figures(sentence):
    return [(target["value"], target["unit"]) for target in find_targets(sentence)]


def test_an_area_charged_as_a_protection_quota_is_a_target_whatever_the_verb():
    assert _figures("全区承担9.60万亩耕地保护任务和3万亩基本农田保护任务。") == [(9.6, "万亩"), (3, "万亩")]


def test_each_count_of_a_long_list_of_bodies_a_campaign_covers_is_a_target():
    sentence = "今年计划对全区12家生产企业、20家流通企业和50家餐饮单位开展监督抽检。"
    assert _figures(sentence) == [(12, "家"), (20, "家"), (50, "家")]


def test_a_benefit_set_as_a_share_of_another_standard_is_no_target():
    assert _figures("临时救助标准按不低于我区城市低保标准的130%确定。") == []
    assert _figures("城市低保对象救助比例达到130%以上。") == [(130, "%")]


def test_a_size_naming_the_class_a_standard_applies_to_is_no_target():
    assert _figures("5米以下休闲旅游船舶适用标准由区交通局另行制定。") == []
    assert _figures("新建污水管网5米以上。") == [(5, "米")]


def test_a_count_of_trees_to_plant_around_each_grave_is_a_target_even_before_what_they_are():
    targets = find_targets("墓周还要种植10—15株的速成林，达到遮挡的效果。")
    assert [(t["value"], t["value_max"], t["unit"], t["comparator"]) for t in targets] == [
        (10, 15, "株", "range")
    ]


def test_the_length_of_a_site_whose_land_is_acquired_is_no_target():
    assert _figures("流水镇3月底完成五福路至港东泵站100多米地块的征迁工作。") == []
    assert _figures("完成翠东泵站接入管网的300米污水压力管道施工用地工作。") == []
    assert _figures("新建污水管网300米。") == [(300, "米")]


def test_the_bodies_a_department_urges_to_act_are_no_count_to_reach():
    assert _figures("区交通与建设局督促4个离岛乡镇人民政府于2018年底完成项目建设。") == []
    assert _figures("全面实现4个离岛乡镇垃圾无害化处置。") == [(4, "个")]
