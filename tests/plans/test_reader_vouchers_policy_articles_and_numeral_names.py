"""Figures that are no goals though they look like counts: vouchers a government hands out ("每年发放不少于1000万元…消费券",
"发放不少于1万张的优惠消费券"), the articles of a policy put into effect ("全面落实…十五条措施", "推进15条“微改革”举措") and a
firm whose name opens with a numeral ("百度智能云")."""

from tests.plans.reading import figures as _read


def test_the_money_and_number_of_vouchers_handed_out_are_no_goal():
    assert _read("每年发放不少于1000万元低空消费券。") == []
    assert _read("冬春两季每季度发放市级惠民消费券50万元。") == []
    assert _read("每个4A级以上景区发放不少于1万张的优惠消费券。") == []


def test_what_vouchers_bring_in_and_bonds_issued_stay_goals():
    assert _read("发放消费券带动消费3亿元以上。") == [(3, "亿元", ">=")]
    assert _read("发行地方政府专项债券300亿元以上。") == [(300, "亿元", ">=")]
    assert _read("力争全年发放贷款50亿元以上。") == [(50, "亿元", ">=")]


def test_the_articles_of_a_policy_put_into_effect_are_no_goal():
    assert _read("全面落实我市服务企业用工保障十五条措施。") == []
    assert _read("扎实推进15条“微改革”举措落地见效。") == []
    assert _read("用好用足金融支持房地产16条措施。") == []
    assert _read("严格落实最高人民检察院关于促进科技生产力发展13条检察政策。") == []
    assert _read("持续推动园区“放管服”改革二十条措施落实。") == []


def test_roads_and_lines_counted_in_条_stay_goals():
    assert _read("改造道路5条以上。") == [(5, "条", ">=")]
    assert _read("新建5条政策性农业保险通道。") == [(5, "条", ">=")]


def test_a_firm_named_with_a_numeral_is_no_count_but_power_saved_in_度_is():
    assert _read("推进济源百度智能云人工智能产业基地建设。") == []
    assert _read("年节电1000万度以上。") == [(1000, "万度", ">=")]


def test_research_institutes_a_group_numbers_are_names_but_schools_built_are_counted():
    assert _read("充分利用中国电科13所、54所等科研院所。") == []
    assert _read("重点推动中电科13所建设。") == []
    assert _read("新建学校5所。") == [(5, "所", ">=")]
