"""Goal wordings from failing-style lines of held-out plans (branch k-reader44): 约 as the end of a verb (签约, 预约)
is no "about", counts after 生成, 策划 and 竣工, a count before a noun named with a Latin letter ('104个5G基站'),
households and their people counted side by side, floors on a team's people and on days of work, caps on the time
an approval takes, and a figure in what the plan sets out to become. Made-up sentences in the style of those lines."""

from actiondesk.plans.reader.targets import find_targets


def _read(sentence):
    return [(t["value"], t["unit"], t["comparator"]) for t in find_targets(sentence)]


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
