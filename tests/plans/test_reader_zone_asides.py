"""Target and name rules of branch k-reader28, from the failing-style lines of the twentieth held-out batch and two
moved plans, each on made-up sentences: a release count with a second measure word in brackets, figures beside the
work that set no goal (an area freed up, a permission, the size of each space, a vague count, how often an event
recurs, a size that says which cases a rule applies to), and a stray 、 inside a name."""

from actiondesk.plans.reader.departments import parse_clause_rule
from actiondesk.plans.reader.targets import find_targets


def _read(sentence: str) -> list[tuple]:
    return [(target["value"], target["unit"], target["comparator"]) for target in find_targets(sentence)]


def test_a_release_count_with_a_second_measure_word_in_brackets_is_one_floor():
    assert _read("每年放流鱼虾等海洋生物1亿尾（只）以上。") == [(1, "亿尾（只）", ">=")]  # both measure words
    assert _read("每年放流鱼苗1000万尾。") == [(1000, "万尾", ">=")]


def test_an_area_a_change_could_free_up_and_a_share_a_rule_may_allow_are_no_targets():
    assert _read("通过旧厂房改造，可腾挪出约4万㎡商用面积，用于引进企业。") == []
    assert _read("允许投资电子商务的台商企业其股权比例可至100%。") == []
    assert _read("新增商用面积4万平方米。") == [(4, "万平方米", ">=")]


def test_the_size_of_each_space_counted_and_a_vague_count_are_no_targets():
    assert _read("将闲置仓库改造成数十个30-50㎡的创客LOFT空间。") == []
    assert _read("建成数十个众创空间。") == []
    assert _read("建成十个众创空间。") == [(10, "个", ">=")]


def test_how_often_a_routine_event_recurs_is_no_target_but_a_floor_on_it_is():
    assert _read("每周举办一场创业沙龙活动。") == []
    assert _read("每月举办一场技能培训活动。") == []
    assert _read("每月至少举办一场技能培训活动。") == [(1, "场", ">=")]
    assert _read("每年举办2场以上招聘会。") == [(2, "场", ">=")]


def test_a_size_compared_in_a_clause_ending_in_de_names_the_cases_a_rule_applies_to():
    assert _read("建筑面积超过1万平方米或日客流量超过1万人的，建立使用面积不少于10平方米的独立母婴室。") == [
        (10, "平方米", ">=")
    ]
    assert _read("新建建筑面积达到5万平方米。") == [(5, "万平方米", ">=")]


def test_a_stray_comma_printed_before_a_names_last_character_is_no_separator():
    assert parse_clause_rule("牵头单位：区农业局，配合单位：各片区管理、局")[:2] == (
        ["区农业局"],
        ["各片区管理局"],
    )
    assert parse_clause_rule("配合单位：各街道、相关委、办、局")[:2] == ([], ["各街道", "相关委、办、局"])
