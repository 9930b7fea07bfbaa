"""Rules added for the four plans moved from the second held-out set, each on a small made-up plan: more clause
labels (负责部门, 实施部门/实施主体, 支撑单位), a scope field after the units, group headings over numbered items,
work carried out (实施…), a figure called a goal, and coverage with an exception in brackets."""

import pytest

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import document_rules, parse_clause_rule, split_names
from actiondesk.plans.reader.role_words import strip_role_words
from actiondesk.plans.reader.targets import find_targets
from actiondesk.plans.reader_rules import TARGET_RULES, TASK_RULES
from tests.plans.corpus_scorer import read, sources


def test_a_responsible_department_label_alone_makes_all_its_units_lead_unless_the_document_says_otherwise():
    assert parse_clause_rule("负责部门：甲部、乙部") == (["甲部", "乙部"], [], "single_list", False)
    rules = document_rules("（责任单位：甲局、乙局。列第一位者为牵头单位，下同）")
    assert parse_clause_rule("负责部门：甲部、乙部", rules)[:3] == (["甲部"], ["乙部"], "document_first")


def test_implementing_units_after_a_lead_label_support_and_alone_they_lead():
    assert parse_clause_rule("牵头部门：甲委科技处、港务处；实施部门：乙中心、各区交通主管部门")[:3] == (
        ["甲委科技处", "港务处"], ["乙中心", "各区交通主管部门"], "implementing_after_lead")
    assert parse_clause_rule("牵头单位：甲局；实施主体：乙集团")[:3] == (["甲局"], ["乙集团"], "implementing_after_lead")
    assert parse_clause_rule("实施主体：各区政府、丙公司")[:3] == (["各区政府", "丙公司"], [], "single_list")
    assert parse_clause_rule("主办单位：甲局；承办单位：乙中心")[:3] == (["甲局"], ["乙中心"], "implementing_after_lead")


def test_backing_units_after_a_comma_support():
    assert parse_clause_rule("牵头单位：经济技术开发区、甲街道，支撑单位：区规划资源局、区经委")[:3] == (
        ["经济技术开发区", "甲街道"], ["区规划资源局", "区经委"], "labels")


def test_fields_that_say_where_or_when_are_left_out_wherever_they_stand_in_the_clause():
    assert parse_clause_rule("适用范围：某试验区；负责部门：甲部、乙部") == (
        ["甲部", "乙部"], [], "single_list+other_field", False)
    assert parse_clause_rule("牵头单位：甲局；完成时限：2024年底前；协作单位：乙局")[:3] == (
        ["甲局"], ["乙局"], "labels+other_field")
    assert parse_clause_rule("适用范围：全区") is None


def test_a_scope_field_after_the_units_is_no_unit_and_each_item_still_closes_as_a_task():
    text = ("一、营造环境\n"
            "（一）放宽甲限制，推进改革。（负责部门：甲部、乙部；适用范围：所有试验区，以下除标注外，适用范围均为所有试验区）\n"
            "（二）编制计划时，考虑试验区情况。（负责部门：丙部）\n"
            "（三）加强顶层设计，探索储备模式。（负责部门：丁局、戊局，适用范围：某试验区）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["lead"], t["support"], t["rule"]) for t in tasks] == [
        ("（一）", ["甲部", "乙部"], [], "single_list+other_field"),
        ("（二）", ["丙部"], [], "single_list"),
        ("（三）", ["丁局", "戊局"], [], "single_list+other_field")]


def test_a_group_heading_over_numbered_items_is_no_task_and_each_item_takes_its_own_clause():
    text = ("四、重点任务\n（一）推动“收储一批”\n1.开展收储。各街镇负责谈判。（各街镇、区规划资源局）\n"
            "2.加强资金支持。加大投入。（各街镇、区属国企）\n（二）推动“收购一批”\n3.发挥国企作用。打造样板。（区属国企）\n"
            "4.加强转让监管。完善机制。（区经委、区市场监管局）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["title"], t["lead"], t["group"]) for t in tasks] == [
        ("1", "开展收储", ["各街镇", "区规划资源局"], "（一）"), ("2", "加强资金支持", ["各街镇", "区属国企"], "（一）"),
        ("3", "发挥国企作用", ["区属国企"], "（二）"), ("4", "加强转让监管", ["区经委", "区市场监管局"], "（二）")]


def test_work_carried_out_is_a_target_but_a_programme_or_a_place_named_with_a_figure_is_not():
    found = find_targets("实施7公里燃气老化管道改造，实施38个区管桥梁桥下空间整治。")
    assert [(t["text"], t["value"], t["unit"], t["comparator"]) for t in found] == [
        ("实施7公里燃气老化管道改造", 7, "公里", ">="), ("实施38个区管桥梁桥下空间整治", 38, "个", ">=")]
    assert find_targets("实施百名人才计划，实施面积4.5平方公里，实施22条政策措施。") == []


def test_a_figure_called_a_goal_is_a_target_though_it_qualifies_what_follows():
    found = find_targets("推进达标评估，落实达标区面积占建成区50%的目标要求。")
    assert [(t["text"], t["value"], t["unit"], t["kind"]) for t in found] == [
        ("落实达标区面积占建成区50%的目标要求", 50, "%", "ratio")]
    assert find_targets("对6亩以下的土地予以收储。") == []


def test_coverage_with_an_exception_in_brackets_is_still_full_coverage():
    found = find_targets("实现内河集装箱船，以及海进江船舶的受电设施全覆盖（液货船除外），逐步推进改造。")
    assert [(t["text"], t["value"], t["unit"], t["rule"]) for t in found] == [
        ("以及海进江船舶的受电设施全覆盖", 100, "%", "coverage")]


def test_a_list_closing_a_paragraph_is_its_clause_even_with_one_unknown_name_which_is_marked_to_confirm():
    text = ("一、重点任务\n（一）推动“收购一批”\n1.开展资源收购。鼓励整体收购。（各街镇、区属企业）\n"
            "2.加强转让监管。完善机制。（区经委、区市场监管局）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["title"], t["lead"], t["rule"], t["unsure"]) for t in tasks] == [
        ("开展资源收购", ["各街镇", "区属企业"], "bare_list", True),
        ("加强转让监管", ["区经委", "区市场监管局"], "bare_list", False)]
    assert parse_clause_rule("各街镇、区属企业", bare=True) is None  # inside a sentence it is no clause


def test_a_forwarding_notice_gives_the_plan_its_own_title_and_a_document_number_its_year():
    text = ("某区人民政府办公室关于转发区建设管理委制订的《某区城市更新年度实施计划》的通知\n甲府办〔2025〕31号\n"
            "各街镇：\n现将该计划转发给你们，请认真执行。\n一、重点任务\n1.完成旧住房修缮60万平方米。（牵头单位：区房管局）\n")
    reading = read_text(text)
    assert (reading["title"], reading["year"]) == ("某区城市更新年度实施计划", 2025)
    cited = read_text("某区行动方案\n根据《某办法》（某发〔2020〕7号），制定本方案。\n一、任务\n1.建设平台。（牵头单位：甲局）\n")
    assert cited["year"] is None  # a number cited in a sentence is another document's


def test_an_item_without_a_clause_under_a_group_heading_stays_a_task_of_its_own_marked_to_confirm():
    text = ("四、重点任务\n（一）推动“收储一批”\n1.开展收储。各街镇负责谈判。（各街镇、区规划资源局）\n"
            "2.加强资金支持。加大投入。\n3.加强司法保障。综合运用法律手段。（区司法局）\n"
            "（二）推动“收购一批”\n4.加强转让监管。完善机制。（区经委）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["title"], t["lead"], t["unsure"]) for t in tasks] == [
        ("1", "开展收储", ["各街镇", "区规划资源局"], False), ("2", "加强资金支持", [], True),
        ("3", "加强司法保障", ["区司法局"], False), ("4", "加强转让监管", ["区经委"], False)]


def test_every_rule_the_reader_gives_on_the_corpus_is_named_for_the_review_page_and_explain():
    tasks, targets = set(), set()
    for slug in sources():
        reading = read(slug)
        tasks |= {part for task in reading["tasks"] for part in task["rule"].split("+")}
        targets |= {target["rule"] for target in reading["targets"]
                    if not target["rule"].startswith(("prefix:", "suffix:"))}
    assert {"implementing_after_lead", "other_field"} <= tasks
    assert tasks <= set(TASK_RULES), tasks - set(TASK_RULES)
    assert targets <= set(TARGET_RULES), targets - set(TARGET_RULES)


def test_goals_stated_in_a_general_requirements_paragraph_are_targets_of_the_plan():
    text = ("一、总体要求\n坚持农地农用，确保全市20万亩耕地保护底线，粮食面积稳定在17万亩以上。\n二、主要任务\n"
            "（一）严格管制\n每半年开展一次检查，新建高标准农田1万亩。（责任单位：甲局、各区政府）\n")
    reading = read_text(text)
    assert [(t["value"], t["unit"], t["comparator"], t["task"]) for t in reading["targets"]] == [
        (20, "万亩", ">=", None), (17, "万亩", ">=", None), (1, "万亩", ">=", "（一）")]
    assert [(t["title"], t["lead"]) for t in reading["tasks"]] == [("严格管制", ["甲局", "各区政府"])]


def test_a_general_requirements_section_with_numbered_items_reads_only_its_goals_item():
    text = ("一、总体要求\n（一）指导思想。坚持20年不变的方针。\n（二）工作目标。到2025年建成30个基地。\n二、主要任务\n"
            "（一）建设基地。（责任单位：甲局）\n")
    assert [t["value"] for t in read_text(text)["targets"]] == [30]


# Rules added for the four plans moved from the third held-out set (宝山, 杨浦, 环城, 静安 2019).

def test_a_bracketed_kind_of_body_after_a_name_is_part_of_the_name_not_a_clause():
    assert parse_clause_rule("园区", bare=True) is None
    assert parse_clause_rule("站", bare=True) is None
    assert parse_clause_rule("甲局、乙园区", bare=True)[:3] == (["甲局", "乙园区"], [], "bare_list")
    text = ("一、主要任务\n（一）推进覆盖。各街镇（园区）完成创建。\n（二）加快建设。甲局完成改造。（甲局、乙局）\n")
    assert [(t["number"], t["lead"]) for t in read_text(text)["tasks"] if t["lead"]] == [("（二）", ["甲局", "乙局"])]


def test_the_kinds_of_body_listed_after_a_catch_all_make_one_name():
    assert split_names("各街道、相关委、办、局") == ["各街道", "相关委、办、局"]
    assert split_names("区政府各委、办、局，各街道") == ["区政府各委、办、局", "各街道"]


def test_role_words_written_after_the_last_unit_of_a_group_are_cut_from_its_name():
    assert parse_clause_rule("甲委牵头负责，乙局、各县政府组织落实") == (
        ["甲委"], ["乙局", "各县政府"], "wording+role_words", False)
    assert parse_clause_rule("甲委、乙局牵头负责，丙局按职责组织配合")[:3] == (
        ["甲委", "乙局"], ["丙局"], "wording+role_words")
    assert parse_clause_rule("甲委牵头负责，乙局、丙委负责、丁局组织落实")[:2] == (["甲委"], ["乙局", "丙委", "丁局"])
    assert parse_clause_rule("各部门按职责分工牵头负责、各县政府组织落实")[:2] == (["各部门"], ["各县政府"])
    # a name that would not end like a body keeps its words
    assert strip_role_words("推进", lambda name: True) == "推进"
    assert strip_role_words("甲委实施", lambda name: False) == "甲委实施"


def test_a_clause_without_a_lead_word_whose_groups_each_carry_it_out_makes_every_unit_lead():
    assert parse_clause_rule("甲局、乙委按职责分工负责落实、各县政府组织落实") == (
        ["甲局", "乙委", "各县政府"], [], "single_list+role_words", False)


def test_a_second_group_that_also_says_it_leads_leads_and_the_group_after_it_supports():
    assert parse_clause_rule("甲委、乙局牵头负责、丙局、丁委按职责牵头负责，各县政府组织落实") == (
        ["甲委", "乙局", "丙局", "丁委"], ["各县政府"], "lead_groups+role_words", False)
    assert parse_clause_rule("甲委牵头负责、乙局按职责牵头负责")[:3] == (["甲委", "乙局"], [], "lead_groups+role_words")


def test_a_catch_all_tail_after_ji_is_dropped_like_an_deng_tail_but_a_catch_all_joined_by_he_stays_whole():
    reading = read_text("一、主要任务\n1.集聚人才。引进高层次人才。(责任部门：区甲局及相关部门)\n"
                        "2.优化服务。(责任部门：区乙委、区丙局以及有关单位)\n")
    assert [(t["lead"], t["support"]) for t in reading["tasks"]] == [(["区甲局"], []), (["区乙委", "区丙局"], [])]
    assert split_names("区甲局及其他相关部门") == ["区甲局"]
    assert split_names("各街镇及相关部门") == ["各街镇"] and split_names("各相关部门和单位") == ["各相关部门和单位"]


GROUP_CLOSED_BY_ITS_LAST_ITEM = (
    "某局燃气安全排查整治实施方案\n一、工作任务\n（一）开展全面排查\n各区局和市局执法总队（以下简称“各单位”）要组织排查。\n"
    "1．要全面排查。对使用单位逐一排查。\n2．要突出重点。对重点场所开展检查。\n"
    "3．要落实属地监管职责。各区要压实责任。（市局特种设备处牵头，各单位按职责分工负责，以下各项工作均需要各单位负责，"
    "不再单独列出）\n（二）开展检验\n1．要加强检验。组织开展检验。\n2．要严格执法。依法查处违法行为。（市局特种设备处牵头）\n"
    "（三）强化宣传\n加强宣传引导。（市局宣传处、市局执法总队按职责分工负责）\n三、工作要求\n加强领导。\n")


def test_a_clause_closing_only_the_last_item_of_a_group_closes_that_item_and_each_item_is_a_task_marked_to_confirm():
    tasks = read_text(GROUP_CLOSED_BY_ITS_LAST_ITEM)["tasks"]
    assert [(t["group"], t["number"], t["title"], t["lead"], t["support"], t["unsure"]) for t in tasks] == [
        ("（一）", "1", "要全面排查", [], [], True), ("（一）", "2", "要突出重点", [], [], True),
        ("（一）", "3", "要落实属地监管职责", ["市局特种设备处"], ["各单位"], True),
        ("（二）", "1", "要加强检验", [], [], True),
        ("（二）", "2", "要严格执法", ["市局特种设备处", "各单位"], [], True),
        (None, "（三）", "强化宣传", ["市局宣传处", "市局执法总队", "各单位"], [], False)]
    assert tasks[2]["rule"] == "wording+last_item"
    assert "牵头" not in tasks[2]["text"] and tasks[2]["text"].startswith("要落实属地监管职责")


def test_a_clause_on_a_line_of_its_own_after_a_groups_items_still_closes_the_group():
    text = ("某方案\n一、工作任务\n（一）开展排查\n1．要全面排查。逐一排查。\n2．要突出重点。开展检查。\n（责任单位：甲局）\n"
            "（二）强化宣传\n加强宣传。（乙局）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["lead"], t["unsure"]) for t in tasks] == [("（一）", ["甲局"], False), ("（二）", ["乙局"], False)]


def test_a_clause_after_the_last_item_that_says_it_covers_the_items_above_closes_the_group():
    text = ("某方案\n一、工作任务\n（一）开展排查\n1．要全面排查。逐一排查。\n2．要突出重点。开展检查。（以上各项由甲局负责）\n"
            "（二）强化宣传\n加强宣传。（乙局）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["lead"]) for t in tasks] == [("（一）", ["甲局"]), ("（二）", ["乙局"])]


def test_a_note_carried_after_a_comma_with_xuyao_carries_the_unit_not_the_word_yao():
    rules = document_rules("（甲处牵头，各单位按职责分工负责，以下各项工作均需要各单位负责，不再单独列出）")
    assert [names for _, names, _ in rules.carried] == [("各单位",)]
    assert [names for _, names, _ in document_rules("以下工作需要乙局落实，不再列出").carried] == [("乙局",)]


@pytest.mark.parametrize("defined", ["（以下简称“属地单位”）", "（以下统称属地单位）", "(以下简称属地单位)"])
@pytest.mark.parametrize("clause", ["（属地单位）", "（属地单位按职责分工负责）", "（责任单位：属地单位）"])
def test_a_short_name_the_document_defines_for_bodies_is_a_unit_in_its_clauses(defined, clause):
    text = (f"某方案\n一、工作任务\n（一）开展排查。各区局和执法总队{defined}要开展排查。（甲局）\n"
            f"（二）强化宣传。加强宣传。{clause}\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["lead"], t["unsure"]) for t in tasks] == [
        ("（一）", ["甲局"], False), ("（二）", ["属地单位"], False)]
    assert document_rules("《规划》（以下简称“规划”）").aliases == ()  # a document's short name names no body


# Rules added for the three plans moved from the seventh blind batch (branch k-reader13).

def test_a_carry_rule_the_document_states_in_a_clause_adds_its_unit_as_a_lead_of_that_task_and_every_later_one():
    reading = read_text("某市2026年工作意见\n一、重点工作\n（一）建设甲\n做好甲。（责任单位：市甲局，各区人民政府，以下分工均含各区人民政府）\n"
                        "（二）建设乙\n做好乙。（责任单位：市乙局、市丙局）\n（三）建设丙\n做好丙。（市丁局牵头，市戊局配合）\n")
    assert [(t["number"], t["lead"], t["support"], t["rule"]) for t in reading["tasks"]] == [
        ("（一）", ["市甲局", "各区人民政府"], [], "single_list"),
        ("（二）", ["市乙局", "市丙局", "各区人民政府"], [], "single_list+included"),
        ("（三）", ["市丁局", "各区人民政府"], ["市戊局"], "wording+included"),
    ]
    assert "included" in TASK_RULES


def test_the_carry_rule_also_reads_when_written_as_all_items_below_include_and_names_no_unit_itself():
    rules = document_rules("（责任单位：甲局，以下各项均含各街道办事处）")
    assert [(names, role) for _, names, role in rules.carried] == [(("各街道办事处",), "included")]
    assert parse_clause_rule("责任单位：甲局，以下各项均含各街道办事处", rules)[:2] == (["甲局"], [])


def test_a_catch_all_tail_before_each_district_drops_and_each_district_stays_a_unit():
    assert parse_clause_rule("市甲局、市乙局等相关部门及各区按职责分工负责")[:3] == (
        ["市甲局", "市乙局", "各区"], [], "single_list")
    assert parse_clause_rule("市甲局、市乙局及各区按职责分工负责")[:2] == (["市甲局", "市乙局", "各区"], [])
    assert parse_clause_rule("市甲委牵头，市乙局、市丙局等相关部门及各区按职责分工负责")[:2] == (
        ["市甲委"], ["市乙局", "市丙局", "各区"])
    assert split_names("区住房和城乡建设委、区甲局") == ["区住房和城乡建设委", "区甲局"]


def test_a_bracketed_remark_that_names_no_unit_is_not_a_clause():
    assert parse_clause_rule("相关情况纳入全市各区营商环境考核", bare=True) is None
    assert parse_clause_rule("各相关单位", bare=True)[:2] == (["各相关单位"], [])
    reading = read_text("某区工作方案\n一、重点任务\n（一）整治宽带接入，加强管理（相关情况纳入全市各区营商环境考核）。\n"
                        "（二）优化服务。（责任单位：区甲局）\n")
    assert [(t["number"], t["lead"]) for t in reading["tasks"]] == [("（一）", []), ("（二）", ["区甲局"])]


def test_a_numbered_heading_line_over_several_paragraphs_each_closed_by_a_clause_titles_none_of_them():
    text = ("二、主要任务\n（三）重点安排\n1．重点区域\n以甲带推动主城区开放融合。加强社区公园建设。（责任部门：甲局、乙委）\n"
            "以乙公园引领新城品质提升。打造高品质公园。（责任部门：丙局）\n2．重大项目\n推进丙公园带建设。（责任部门：丁局）\n")
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["title"], t["lead"]) for t in tasks] == [
        ("1", "以甲带推动主城区开放融合", ["甲局", "乙委"]), ("1-2", "以乙公园引领新城品质提升", ["丙局"]),
        ("2", "重大项目", ["丁局"])]  # over one paragraph the heading line titles it (corpus convention)
    assert tasks[0]["text"].startswith("重点区域\n")  # the heading stays in the task's words
    # An item whose first line is a sentence keeps its own words as the title.
    one = read_text("一、主要任务\n（一）强化设计。建立体系。（甲部牵头，乙部参与）\n加强创新。集成改革。（丙局、丁局指导）\n")
    assert [t["title"] for t in one["tasks"]] == ["强化设计", "加强创新"]
