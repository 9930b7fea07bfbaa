"""Goal wordings from failing-style lines of held-out plans (branch k-reader51): the size of a team a plan forms, a
body formed "包括…在内", meetings held and lists drawn up, a procedure's time cut down to a cap with words between the
cut and its figure, a count of kinds cut down to, and a range printing its unit twice. Made-up sentences in the style
of those lines."""

from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def _ranges(text: str) -> list[tuple]:
    return [(t["value"], t["value_max"], t["unit"], t["comparator"]) for t in find_targets(text)]


def test_the_size_of_a_team_formed_is_a_goal():
    assert _ranges("组建4-6人的评审专家委员会。") == [(4, 6, "人", "range")]
    assert _read("各街道成立7人的应急服务队。") == [(7, "人", ">=")]
    assert _read("组建不少于6人的河道巡查队伍。") == [(6, "人", ">=")]


def test_people_served_or_a_team_not_formed_stay_descriptions():
    assert _read("新建社区服务中心，服务3万人的社区居民。") == []
    assert _read("表彰5人的先进集体。") == []


def test_a_body_formed_including_some_staff_is_no_inventory():
    assert _read("成立包括疾控人员在内的6人专项小组。") == [(6, "人", ">=")]
    assert _read("本区移交设施包括污水管道142公里。") == []


def test_meetings_held_and_lists_drawn_up_are_goals():
    assert _read("召开2场以上全区推进会。") == [(2, "场", ">=")]
    assert _read("梳理出30个特色农产品、120个地方小品类。") == [(30, "个", ">="), (120, "个", ">=")]


def test_a_time_cut_with_words_between_the_cut_and_its_figure_is_a_cap():
    assert _read("审批时间压缩一半以上至6.5个工作日以内。") == [(6.5, "工作日", "<=")]
    assert _read("登记时间从平均20个工作日压缩至平均8个工作日。") == [(8, "工作日", "<=")]


def test_spans_of_a_list_cut_alike_take_the_unit_of_the_last():
    assert _read("两类事项办理时间分别压缩至12个、5个工作日以内。") == [(12, "工作日", "<="), (5, "工作日", "<=")]


def test_the_time_a_procedure_took_before_is_no_goal():
    assert _read("办理时间由平均30天压缩。") == []


def test_a_count_of_kinds_cut_down_to_is_a_goal():
    assert _read("许可事项进一步压减至12类左右。") == [(12, "类", "≈")]
    assert _read("重点打击三类违法行为。") == []
    assert _read("支持签约模式的种类大于3类。") == []


def test_a_range_printing_its_unit_twice_is_one_range():
    assert _ranges("宽带资费降价8%—12%。") == [(8, 12, "%", "range")]
    assert _ranges("新增绿地2万平方米-4万平方米。") == [(2, 4, "万平方米", "range")]


def test_a_listed_count_keeps_a_noun_holding_a_quoted_word():
    texts = [t["text"] for t in find_targets("梳理出40个农品大品类“拳头”产品、150个中品类。")]
    assert texts == ["梳理出40个农品大品类“拳头”产品", "150个中品类"]


def test_a_session_numbered_after_its_term_is_no_count_of_meetings():
    assert _read("区政府召开十七届三次全体会议。") == []
    assert _read("全年召开3次全体会议。") == [(3, "次", ">=")]
