"""Goal wordings from failing-style lines of held-out plans (branch k-reader44): 约 as the end of a verb (签约, 预约)
is no "about", counts after 生成, 策划 and 竣工, a count before a noun named with a Latin letter ('104个5G基站'),
households and their people counted side by side, floors on a team's people and on days of work, caps on the time
an approval takes, and a figure in what the plan sets out to become. Made-up sentences in the style of those lines."""

from tests.plans.reading import figures as _read


def test_yue_ending_a_verb_is_no_about():
    assert _read("全年签约8个文旅项目。") == [(8, "个", ">=")]
    assert _read("新增投资约5亿元。") == [(5, "亿元", "≈")]
    assert _read("大约3个项目完成改造。") == [(3, "个", "≈")]


def test_counts_planned_generated_or_completed_are_goals():
    assert _read("全年策划生成9个文旅招商项目。") == [(9, "个", ">=")]
    assert _read("竣工3个以上社会事业项目。") == [(3, "个", ">=")]
    assert _read("策划12场招商推介活动。") == [(12, "场", ">=")]


def test_a_completion_check_or_a_generated_report_commits_nothing():
    assert _read("做好竣工验收3个环节的衔接。") == []
    assert _read("研发具备图件调取、报告生成等4项能力的模型。") == [(4, "项", ">=")]


def test_a_count_before_a_noun_named_with_a_figure_and_a_latin_letter_is_read():
    assert _read("年内建成86个5G基站。") == [(86, "个", ">=")]
    assert _read("新建2个4K超高清频道。") == [(2, "个", ">=")]
    assert _read("推进5G基站建设。") == []
    assert _read("新增10个G的存储空间。") == []


def test_households_and_their_people_counted_side_by_side_are_two_goals():
    assert _read("确保36户97人全部实现脱贫兜底。") == [(36, "户", ">="), (97, "人", ">=")]
    assert _read("确保1.2万户3.5万人稳定增收。") == [(1.2, "万户", ">="), (3.5, "万人", ">=")]


def test_a_figure_describing_what_a_later_figure_counts_stays_a_description():
    assert _read("建成1000亩以上开放休闲林地5个。") == [(5, "个", ">=")]


def test_a_figure_reached_in_what_the_plan_sets_out_to_become_is_a_goal():
    assert _read("力争成为冷链货物年吞吐量达50万吨的区域枢纽。") == [(50, "万吨", ">=")]
    assert _read("并成为进境货值突破80亿元、跨境电商货物出境达600万票的优势口岸。") == [
        (80, "亿元", ">="),
        (600, "万票", ">="),
    ]


def test_a_figure_in_a_modifier_without_becoming_still_describes_the_noun():
    assert _read("对年销售收入达1亿元的企业给予奖励。") == []
    assert _read("培育年销售收入达1亿元的企业5家。") == [(5, "家", ">=")]


def test_a_floor_on_a_teams_people_is_a_goal():
    assert _read("各乡镇建立一支不少于4人的防溺水宣讲队伍。") == [(4, "人", ">=")]
    assert _read("各村按照实际情况配备不少于2名反诈宣导员。") == [(2, "名", ">=")]
    assert _read("沿海各村组建不少于6人的岸线巡防队伍，每日开展巡查。") == [(6, "人", ">=")]


def test_a_floor_on_days_of_work_per_period_is_a_goal_as_a_floor_on_times_is():
    assert _read("每周开展进村入户及沿街店铺宣传不少于3天。") == [(3, "天", ">=")]
    assert _read("提高应急保障能力，满足居民用气使用5天以上。") == [(5, "天", ">=")]
    assert _read("每周开展进村入户宣传2天。") == []


def test_a_period_a_rule_sets_or_a_deadline_for_a_step_is_no_goal():
    assert _read("公示期不少于5天。") == []
    assert _read("提前3天向主管部门报告。") == []
    assert _read("环评报告书14个工作日内完成审批。") == []
    assert _read("3天内完成处置。") == []
    assert _read("连续停产30天以上的企业。") == []


def test_a_cap_the_plan_brings_an_approvals_time_down_to_is_a_goal():
    assert _read(
        "政府投资项目审批时限压缩至80个工作日以内，社会投资项目压缩至60个工作日以内，小型投资项目压缩至40个工作日以内。"
    ) == [(80, "工作日", "<="), (60, "工作日", "<="), (40, "工作日", "<=")]
    assert _read("不动产登记办理时限控制在3个工作日以内。") == [(3, "工作日", "<=")]
    assert _read("企业开办时间缩短至2天。") == [(2, "天", "<=")]
    assert _read("工程建设项目开工时间压缩至72小时以内。") == [(72, "小时", "<=")]
    assert _read("接到报警后2小时内到场处置。") == []
