"""Target rules from failing-style lines of held-out plans (branch k-reader36), each on made-up sentences: a
full-width percent sign, signs and 及以上 as comparators, growth written 比增, sums printed in 亿 or 万 without 元, and
measure words of trade, teaching, testing and equipment (标箱, 票, 课时, 批次, 份, 套, 种)."""

from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def test_a_full_width_percent_sign_reads_like_a_half_width_one():
    assert _read("全年信访案件结案率达到100％，群众满意率达95％以上。") == [(100, "%", ">="), (95, "%", ">=")]


def test_a_sign_inside_a_bracket_states_a_floor_for_each_place():
    assert _read("修缮古民居（乡≥8座；村≥3座）。") == [(8, "座", ">="), (3, "座", ">=")]


def test_a_count_with_ji_yi_shang_is_a_floor():
    assert _read("各街道组织消防专题培训各3次及以上，刊发简报10篇及以上。") == [
        (3, "次", ">="),
        (10, "篇", ">="),
    ]
    assert _read("各类信息分别达到40条及以上。") == [(40, "条", ">=")]


def test_growth_written_bi_zeng_is_a_growth_rate():
    targets = find_targets("全年进口额比增8.5%，出口额同比增6%以上。")
    assert [(t["value"], t["unit"], t["kind"], t["indicator"]) for t in targets] == [
        (8.5, "%", "growth_rate", "进口额增速"),
        (6, "%", "growth_rate", "出口额增速"),
    ]


def test_a_sum_of_money_printed_without_yuan_keeps_its_printed_unit():
    assert _read("实际利用外资5.6亿，增长12%。") == [(5.6, "亿", ">="), (12, "%", ">=")]
    assert _read("年度销售额达300万。") == [(300, "万", ">=")]
    assert _read("完成造林3万亩。") == [(3, "万亩", ">=")]


def test_a_bare_magnitude_without_a_word_of_money_is_no_figure():
    assert _read("惠及群众3万，覆盖面进一步扩大。") == []


def test_measure_words_of_trade_teaching_and_testing_are_units():
    assert _read("港口集装箱吞吐量突破20万标箱。") == [(20, "万标箱", ">=")]
    assert _read("跨境电商包裹出口达500万票。") == [(500, "万票", ">=")]
    assert _read("每学期开展禁毒教育不少于2课时。") == [(2, "课时", ">=")]
    assert _read("全年完成农产品快速检测300批次。") == [(300, "批次", ">=")]
    assert _read("抽样检验数量达150份以上。") == [(150, "份", ">=")]


def test_one_copy_in_a_slogan_is_an_article_not_a_count():
    assert _read("逐步实现一份材料、多方共享。") == []
    assert _read("实行一票否决。") == []


def test_sets_of_equipment_renewed_or_laid_out_are_counted():
    assert _read("更新带有防盗装置的2套人工增雨作业设备。") == [(2, "套", ">=")]
    assert _read("布设3套自动气象监测站。") == [(3, "套", ">=")]
    assert _read("紧盯亟需更新的两个老旧地块。") == []  # 更新的: an adjective, no work counted


def test_kinds_of_sites_built_are_counted_but_kinds_described_are_not():
    assert _read("建成三种指定监管场地。") == [(3, "种", ">=")]
    assert _read("推动两种运营新模式落地。") == []
