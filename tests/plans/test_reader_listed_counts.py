"""Counts of things named or chosen: a count in Chinese numerals written right after the names it counts, without 等,
is the set named, not a goal; a count of sites chosen for work is a goal."""

from actiondesk.plans.reader import read_text


def _figures(sentence):
    text = f"一、重点任务\n1．建设平台。{sentence}（甲局牵头，乙局配合）\n"
    return [(t["value"], t["unit"]) for t in read_text(text)["targets"]]


def test_a_chinese_count_right_after_the_names_it_counts_is_no_target():
    assert _figures("同步建设综合交易、综合服务、综合监管三个平台，提升交易水平。") == []


def test_a_count_of_events_after_the_names_they_are_about_stays_a_target():
    assert _figures("今年组织日本、美国、一带一路三场外资企业圆桌会议。") == [(3, "场")]


def test_an_arabic_count_after_named_items_with_deng_stays_a_target():
    assert _figures("形成图数统计、报告生成等5项能力。") == [(5, "项")]


def test_a_count_of_sites_chosen_for_work_is_a_target():
    assert _figures("完善集约化平台，选取1-2个停保场建设综合值班室。") == [(1, "个")]


def test_a_selection_quota_stays_no_target():
    assert _figures("每年遴选不超过20个示范项目。") == []
