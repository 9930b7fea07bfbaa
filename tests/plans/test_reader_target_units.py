"""Targets with units the reader reads from its unit table (quantities.BASE_UNITS): wells (口), a density written
with its denominator (点/百平方公里), a rate (毫米/年); and figures that look like targets but are not: a count inside
an idiom ("一处失信、处处受限"), coverage as the manner of a verb's work ("全覆盖核查")."""

from actiondesk.plans.reader import read_text


def _figures(sentence):
    text = "一、重点任务\n1.推进工作。" + sentence + "（责任单位：甲局）\n"
    return [(t["text"], t["value"], t["unit"], t["comparator"]) for t in read_text(text)["targets"]]


def test_wells_counted_in_kou_are_a_target_each_in_a_list_of_facilities():
    assert _figures("新建监测站3座、分层标组10组、地下水监测井30口。") == [
        ("新建监测站3座", 3, "座", ">="),
        ("分层标组10组", 10, "组", ">="),
        ("地下水监测井30口", 30, "口", ">="),
    ]


def test_a_density_keeps_its_denominator_as_its_unit():
    assert _figures("到2025年，监测设施密度不低于60点/百平方公里。") == [
        ("监测设施密度不低于60点/百平方公里", 60, "点/百平方公里", ">=")
    ]


def test_a_rate_per_year_kept_within_a_figure_is_a_cap():
    assert _figures("地面沉降量控制在6毫米/年以内。") == [
        ("地面沉降量控制在6毫米/年以内", 6, "毫米/年", "<=")
    ]


def test_a_count_of_one_answered_by_its_measure_word_doubled_is_a_saying_and_no_target():
    assert _figures("健全失信惩戒机制，形成一处失信、处处受限的氛围。") == []
    assert _figures("形成一处违法、处处受制的局面。") == []


def test_places_counted_in_a_list_stay_targets_beside_the_saying_rule():
    assert _figures("新建一处公园、改造两处绿地。") == [
        ("新建一处公园", 1, "处", ">="),
        ("改造两处绿地", 2, "处", ">="),
    ]


def _coverage(sentence):
    text = "一、重点任务\n1.推进工作。" + sentence + "（责任单位：甲局）\n"
    return [(t["text"], t["value"], t["unit"], t["unsure"]) for t in read_text(text)["targets"]]


def test_coverage_as_the_manner_of_a_verbs_work_is_kept_but_marked_to_confirm():
    # The corpus golds read "对生产单位进行全覆盖抽查" as a goal and "对有关企业进行全覆盖核查" as none: the reader
    # cannot tell them apart by their words, so it keeps the figure and asks (待确认).
    assert _coverage("对有关企业进行全覆盖核查，形成隐患问题清单。") == [
        ("对有关企业进行全覆盖核查", 100, "%", True)
    ]
    assert _coverage("对辖区内企业开展全覆盖指导服务。") == [
        ("对辖区内企业开展全覆盖指导服务", 100, "%", True)
    ]


def test_coverage_to_achieve_stays_a_sure_goal():
    assert _coverage("2022年底前，实现重点企业数字化建设全覆盖。") == [
        ("实现重点企业数字化建设全覆盖", 100, "%", False)
    ]
