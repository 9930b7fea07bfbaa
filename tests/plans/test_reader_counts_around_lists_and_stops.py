"""Figures missed because of what stands around them (k-reader47): a covered list closed by work on what its bodies
hold, a quoted period name with a wrong quote mark, a half-width full stop, a circled item numeral, a count closing a
list of every name it counts, shares of communities and of bodies, sentinel sites, 根 and 艘, a coverage reached in
the work after it. Invented text in the style."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.targets import find_targets

PLAN = (
    "某区食品安全和民生工作计划\n一、工作任务\n"
    "（一）推进追溯体系建设。建设食品追溯管理系统，计划对全区15家生产企业、25家流通企业、40家学校食堂和餐饮企业的"
    "相关食品建立电子身份编码，实现来源可查。（区市场监管局负责）\n"
    "（二）加强监测。在4家哨点医院开展生物样本的采集和检验。力争85%的大型餐饮企业、学校（托幼机构）食堂的量化等级"
    "达到良好以上。③100%实施“瘦肉精”监管。（区卫健委负责）\n"
    "（三）发展老龄事业。到2020年，全区90%的农村社区（行政村）建有老年活动场所，96%的城市社区成立老年协会。（区民政局负责）\n"
    "（四）更新装备。老旧低功率充电桩换新不低于600根。到2027年力争完成15艘区内老旧渔船更新改造。（区发改委负责）\n"
)


def _targets(text: str = PLAN) -> dict:
    return {t["text"]: (t["value"], t["unit"], t["comparator"]) for t in read_text(text)["targets"]}


def _found(text: str) -> list:
    return [(t["text"], t["value"], t["unit"]) for t in find_targets(text)]


def test_a_list_of_bodies_after_dui_closed_by_work_on_what_they_hold_counts_each_body():
    targets = _targets()
    assert targets["计划对全区15家生产企业"] == (15, "家", ">=")
    assert targets["25家流通企业"] == (25, "家", ">=")
    assert targets["40家学校食堂和餐饮企业的相关食品建立电子身份编码"] == (40, "家", ">=")


def test_a_quoted_period_name_closed_by_a_wrong_mark_hides_no_quota_after_it():
    for opened, closed in (('"', "”"), ("“", "“")):
        text = f"严格落实省下达我区的{opened}十三五{closed}期间8.50万亩耕地保护任务，2万亩基本农田保护任务。落实“三线一单”管控"
        assert [(value, unit) for _, value, unit in _found(text)] == [(8.5, "万亩"), (2, "万亩")]


def test_a_half_width_quote_that_closes_an_earlier_quote_masks_nothing_after_it():
    assert _found('开展涉企“双随机"检查，完成100次，落实“三线一单”管控') == [("完成100次", 100, "次")]


def test_a_half_width_full_stop_between_two_words_ends_the_first_count_and_starts_the_second():
    found = _found(
        "淘汰老旧装备，更新具有加密装置的1套地面发射装置.布设3套远程遥控地面催化剂发生器（简称“烟炉”）"
    )
    assert found == [
        ("更新具有加密装置的1套地面发射装置", 1, "套"),
        ("布设3套远程遥控地面催化剂发生器", 3, "套"),
    ]
    assert _found("增长3.5%") == [("增长3.5%", 3.5, "%")]  # a decimal point stays one


def test_a_chinese_count_closing_a_list_of_every_name_it_counts_then_the_sites_built_is_a_goal():
    found = _found(
        "支持港区进境种苗、冷链食品（含冰鲜产品、冷冻产品）、水生动物、水果等四种指定监管场地建设和报批验收"
    )
    assert [(value, unit) for _, value, unit in found] == [(4, "种")]
    assert (
        _found("推进黄浦江、大治河等九条市域生态走廊建设") == []
    )  # fewer names than the count: a set the plan names
    assert _found("其中尿毒症、精神病、血友病等三个病种实行门诊优惠救治") == []  # no facility built


def test_shares_of_communities_and_of_bodies_reaching_a_level_are_goals():
    targets = _targets()
    assert targets["全区90%的农村社区（行政村）建有老年活动场所"] == (90, "%", ">=")
    assert targets["96%的城市社区成立老年协会"] == (96, "%", ">=")
    assert targets["力争85%的大型餐饮企业、学校（托幼机构）食堂的量化等级达到良好以上"] == (85, "%", ">=")


def test_sentinel_sites_and_a_share_after_a_circled_numeral_are_read():
    targets = _targets()
    assert targets["在4家哨点医院开展生物样本的采集和检验"] == (4, "家", ">=")
    assert targets["100%实施“瘦肉精”监管"] == (100, "%", ">=")


def test_charging_posts_and_vessels_are_counted():
    targets = _targets()
    assert targets["老旧低功率充电桩换新不低于600根"] == (600, "根", ">=")
    assert targets["到2027年力争完成15艘区内老旧渔船更新改造"] == (15, "艘", ">=")


def test_a_coverage_reached_in_the_work_named_after_it_is_a_goal():
    found = find_targets("开展养殖场排查，实现全覆盖进村入户核查。")
    assert [(t["text"], t["value"], t["unit"], t["unsure"]) for t in found] == [
        ("实现全覆盖进村入户核查", 100, "%", False)
    ]
