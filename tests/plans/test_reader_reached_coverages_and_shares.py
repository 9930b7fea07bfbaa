"""全覆盖 reached by a goal verb though the clause runs on past it, a goal verb before 有条件/有需求, a share of a whole set
aside with 以上 after the figure, and a share of the bodies in scope brought into a state (branch k-reader50; made-up
sentences in the style of failing-style lines of held-out plans)."""

from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def _texts(text):
    return [(t["text"], t["value"], t["unit"], t["comparator"]) for t in find_targets(text)]


def test_a_coverage_a_goal_verb_reaches_is_a_goal_though_the_next_goal_of_a_list_follows():
    assert _texts("落实三级管养责任，做到网格化巡查乡村道路全覆盖、日常养护常态化。") == [
        ("做到网格化巡查乡村道路全覆盖", 100, "%", ">=")]
    assert _texts("到2025年，率先完成居住区垃圾分类整区域全覆盖、实现生活垃圾零填埋。") == [
        ("率先完成居住区垃圾分类整区域全覆盖", 100, "%", ">=")]


def test_a_coverage_closing_a_quoted_slogan_after_a_goal_verb_is_a_goal():
    assert _read("实现“道路硬化、路灯亮化、环境美化、绿化全覆盖”。") == [(100, "%", ">=")]
    assert _read("全面实现“四化”（硬化、净化、亮化、绿化全覆盖）。") == [(100, "%", ">=")]


def test_a_coverage_that_names_nothing_covered_an_attribute_or_a_name_is_no_goal():
    assert _read("努力做到地毯式、全覆盖、无死角、零容忍。") == []
    assert _read("确保全覆盖、底数清、控风险、消隐患。") == []
    assert _read("实现监管全覆盖的工作体系。") == []
    assert _read("完成乡村道路全覆盖工程建设。") == []
    assert _read("建立巡查制度做到网格化巡查乡村道路全覆盖及时处置。") == []


def test_a_goal_verb_before_places_that_have_a_need_is_no_word_of_history():
    assert _texts("实现有条件、有需求的乡镇和村定制客运全覆盖。") == [
        ("实现有条件、有需求的乡镇和村定制客运全覆盖", 100, "%", ">=")]
    assert _read("现有200家企业完成改造。") == []


def test_a_share_of_a_whole_set_aside_with_its_floor_after_the_figure_is_a_goal():
    assert _texts("政府采购计划预算总额的30%以上应预留面向本省小微企业。") == [
        ("政府采购计划预算总额的30%以上应预留面向本省小微企业", 30, "%", ">=")]


def test_a_share_of_money_put_to_a_use_or_borne_by_a_level_stays_a_funding_split():
    assert _read("签约服务费的80%用于人员薪酬分配。") == []
    assert _read("投入资金总额的50%以上应由区政府承担。") == []
    assert _read("资金总额的20%以上用于道路养护。") == []
    assert _read("预算总额的30%以上。") == []


def test_a_share_of_the_bodies_in_scope_brought_into_a_state_is_a_goal():
    assert _texts("全市90%的重点领域经营主体纳入信用监管平台。") == [
        ("全市90%的重点领域经营主体纳入信用监管平台", 90, "%", ">=")]
    assert _read("90%以上的规上企业接入工业互联网平台。") == [(90, "%", ">=")]
    assert _read("98%的城市社区成立老年协会。") == [(98, "%", ">=")]


def test_a_share_borne_by_a_payer_or_of_some_places_of_a_whole_is_no_goal():
    assert _read("50%的资金由市财政承担。") == []
    assert _read("其中30%的小区要创建示范小区。") == []
