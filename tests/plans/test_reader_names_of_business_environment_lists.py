"""Names in the clauses of business-environment task lists (made up after the ninety-second batch's 银川 and 贵州
plans): leads parted by a comma before '分别牵头', a quoted name holding a 、, courts of two levels of places sharing
one word, and 及 before the bodies of a level."""

from actiondesk.plans.reader.departments import parse_clause_rule


def test_leads_parted_by_a_comma_before_fen_bie_qian_tou_are_one_list():
    assert parse_clause_rule("市供电公司，市发改委分别牵头")[:2] == (["市供电公司", "市发改委"], [])
    assert parse_clause_rule("市人才工作局，市人社局分别牵头，各有关部门，各园区管委会配合")[:2] == (
        ["市人才工作局", "市人社局"], ["各有关部门", "各园区管委会"])


def test_a_quoted_name_holding_a_list_mark_stays_whole():
    assert parse_clause_rule("责任单位：省市场监管局牵头，省部门联合“双随机、一公开”监管联席会议成员单位配合")[:2] == (
        ["省市场监管局"], ["省部门联合“双随机、一公开”监管联席会议成员单位"])


def test_courts_of_two_levels_of_places_are_one_name_and_ji_parts_the_bodies_of_a_level():
    assert parse_clause_rule("责任单位：省法院牵头，各市〔州〕、县〔市、区〕人民法院配合")[:2] == (
        ["省法院"], ["各市〔州〕、县〔市、区〕人民法院"])
    assert parse_clause_rule("责任单位：省发展改革委牵头，省工业和信息化厅及省直有关单位配合")[:2] == (
        ["省发展改革委"], ["省工业和信息化厅", "省直有关单位"])
    assert parse_clause_rule("责任单位：省工业和信息化厅及相关部门")[:2] == (["省工业和信息化厅"], [])


PLAN = """优化营商环境实施方案
二、重点任务
（一）深化商事制度改革（指标牵头单位：市审批服务管理局）
1.推行企业开办一网通办。全程网上办理。（市审批局牵头，市市场监管局配合）
2.推进证照分离改革。（市市场监管局牵头）
（二）优化纳税服务（指标牵头单位：市税务局）
1.推行非接触式办税。（市税务局牵头）
"""


def test_a_heading_with_its_own_clause_over_items_with_clauses_of_their_own_is_a_task_too():
    from actiondesk.plans.reader import read_text

    tasks = [(t["title"], t["lead"], t["support"]) for t in read_text(PLAN)["tasks"]]
    assert tasks == [("深化商事制度改革", ["市审批服务管理局"], []), ("推行企业开办一网通办", ["市审批局"], ["市市场监管局"]),
                     ("推进证照分离改革", ["市市场监管局"], []), ("优化纳税服务", ["市税务局"], []),
                     ("推行非接触式办税", ["市税务局"], [])]


def test_an_abbreviated_body_ending_in_xie_is_a_unit():
    assert parse_clause_rule("省科技厅、省国防科工局、省科协，各设区市政府负责")[:2] == (
        ["省科技厅", "省国防科工局", "省科协", "各设区市政府"], [])


def test_a_programme_headings_own_clause_is_no_part_of_its_title():
    from actiondesk.plans.reader import read_text

    assert [p["title"] for p in read_text(PLAN)["programmes"]] == ["深化商事制度改革", "优化纳税服务"]
