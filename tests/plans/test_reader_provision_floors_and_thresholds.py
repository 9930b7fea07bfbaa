"""Target rules from failing-style lines of held-out plans (branch k-reader36), each on made-up sentences: counts of the
bodies a campaign covers, floors of provision per place (平均, 至少, 不低于), a range printed without its measure word,
protection quotas, and a firm's yearly size that sorts the firms counted (a threshold, issue 13) beside the count that
is the goal."""

from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def test_counts_of_bodies_a_campaign_covers_after_dui_are_targets():
    sentence = "计划对全县8家生产企业、15家流通企业、25家学校食堂和餐饮企业开展监督抽检。"
    assert _read(sentence) == [(8, "家", ">="), (15, "家", ">="), (25, "家", ">=")]


def test_an_average_each_place_is_to_have_is_a_floor_not_history():
    sentence = "城市社区平均拥有不少于8个、农村社区平均不少于3个社会组织。"
    assert _read(sentence) == [(8, "个", ">="), (3, "个", ">=")]
    assert _read("目前全区拥有社会组织300个。") == []


def test_a_floor_of_area_and_a_staffing_floor_per_village_are_targets():
    assert _read("村级综合服务场所总面积不低于300平方米。") == [(300, "平方米", ">=")]
    assert _read("每个薄弱村至少要确定1名区级领导挂钩联系。") == [(1, "名", ">=")]


def test_a_range_printed_without_its_measure_word_before_bodies_counts_them():
    targets = find_targets("每个薄弱村至少要确定1名区级领导、2-3街（镇）直部门挂钩联系。")
    assert [(t["value"], t["value_max"], t["unit"], t["comparator"]) for t in targets] == [
        (1, None, "名", ">="),
        (2, 3, "个", "range"),
    ]


def test_a_range_of_months_or_years_takes_no_measure_word():
    assert _read("每年4-6月开展汛前检查。") == []
    assert _read("2021-2025年每年完成造林2万亩。") == [(2, "万亩", ">=")]


def test_protection_quotas_of_farmland_are_targets():
    assert _read("落实8.50万亩耕地保护任务、2万亩基本农田保护任务。") == [
        (8.5, "万亩", ">="),
        (2, "万亩", ">="),
    ]


def test_a_firms_yearly_size_is_a_threshold_and_the_count_before_it_the_goal():
    assert _read("培育3家以上年营业收入过五十亿元企业。") == [(3, "家", ">=")]
    assert _read("培育3家以上年销售收入过百亿元的企业、10家以上超十亿元的企业。") == [
        (3, "家", ">="),
        (10, "家", ">="),
    ]
    assert _read("培育年销售收入超20亿元企业4家。") == [(4, "家", ">=")]
    assert _read("全区规上工业产值达800亿元。") == [(800, "亿元", ">=")]


def test_an_area_with_yi_shang_is_a_floor_unless_it_is_a_buildings_own_floor_area():
    assert _read("全区商业综合体面积300万平方米以上。") == [(300, "万平方米", ">=")]
    assert _read("三星级公共建筑的建筑面积2万平方米以上。") == []
    assert _read("园区面积约6.5平方公里。") == []
