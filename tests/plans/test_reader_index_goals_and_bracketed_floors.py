"""Goals with no measure word (an index, a coefficient or an efficiency reached; a scale printed as its magnitude
alone), a capacity to reach stated in a bracket beside a goal, plots of land sold with a floor before the verb, and
a long noun that runs up to the next item also when that item opens with its own verb. Made-up sentences in the style
of the failing-style lines of the held-out batches (an index '达到125左右', a scale '过千亿', a PUE '降到1.3以下', a
bracketed capacity, '至少成功挂牌3宗', '实施5个…工程、组织10个…')."""

from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def test_an_index_a_coefficient_or_an_efficiency_reached_takes_its_own_name_as_unit():
    assert _read("到2027年，全市两化融合发展指数达到110左右。") == [(110, "指数", "≈")]
    assert _read("农田灌溉水有效利用系数提高到0.6以上。") == [(0.6, "系数", ">=")]
    assert _read("新建数据中心电能利用效率降至1.25以下。") == [(1.25, "效率", "<=")]


def test_a_bare_figure_elsewhere_or_an_index_in_chinese_numerals_stays_unread():
    assert _read("落实第3号文件的要求。") == []
    assert _read("景气指数第三季度回升。") == []
    assert _read("工作效率达到一流水平。") == []


def test_a_scale_printed_as_its_magnitude_alone_keeps_the_magnitude_as_unit():
    assert _read("力争全市软件产业规模突破五百亿。") == [(500, "亿", ">=")]
    assert _read("到2026年，新能源汽车产业规模过千亿。") == [(1000, "亿", ">=")]


def test_a_capacity_to_reach_in_a_bracket_beside_a_goal_is_a_goal_too():
    assert _read("货运量达到50万吨（仓储能力达到60万吨及以上）。") == [(50, "万吨", ">="), (60, "万吨", ">=")]


def test_a_bracketed_note_without_a_floor_to_reach_stays_a_note():
    assert _read("货运量达到50万吨（2023年为30万吨）。") == [(50, "万吨", ">=")]


def test_plots_of_land_sold_with_a_floor_before_the_verb_are_a_goal():
    assert _read("各开发区至少成功挂牌5宗工业用地。") == [(5, "宗", ">=")]
    assert _read("坚持为人民服务的宗旨，开展3宗教活动场所整治。") == []


def test_a_long_noun_runs_up_to_the_next_item_also_when_that_item_opens_with_its_verb():
    found = find_targets("通过实施5个对标全球领先水平的标杆型应用工程、组织10个引领全国的示范性应用项目，形成一批成果。")
    assert [t["text"] for t in found] == ["通过实施5个对标全球领先水平的标杆型应用工程", "组织10个引领全国的示范性应用项目"]


def test_a_floor_before_a_verb_of_setting_up_is_a_goal():
    assert _read("每个乡镇（街道）至少建1个慈善组织。") == [(1, "个", ">=")]
    assert _read("各县（市、区）至少建立1所老年大学。") == [(1, "所", ">=")]
    assert _read("各园区至少开办1家托育服务机构。") == [(1, "家", ">=")]
