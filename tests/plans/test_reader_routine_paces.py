"""A count of times per period with no floor word ("每半年…开展1次…") is a routine's pace, not a target, however long
its words; with a floor word ("每年至少…1次", "不少于2次") it is a floor."""

from actiondesk.plans.reader.targets import find_targets


def _figures(text):
    return [(t["value"], t["unit"], t["text"]) for t in find_targets(text)]


def test_a_routine_per_half_year_with_long_words_before_its_count_is_no_target():
    text = "每半年对所辖各行政村、社区开展1次安全生产工作督查。每半年组织各处室、各相关单位专兼职管理人员开展1次安全培训。"
    assert _figures(text) == []


def test_a_count_per_year_with_a_floor_word_stays_a_target():
    text = "每年至少组织辖区内各社区开展防汛培训1次，宣传栏刊登防汛知识不少于2次。"
    assert [(value, unit) for value, unit, _ in _figures(text)] == [(1, "次"), (2, "次")]


def test_a_count_by_a_month_deadline_with_ji_yi_shang_is_a_floor_not_a_frequency():
    found = find_targets("6月前完成1次，11月底前完成3次及以上\n")
    assert [(t["value"], t["unit"], t["comparator"]) for t in found] == [(3, "次", ">=")]
