"""Every style issue 13 lists under "What real plans do that the reader must handle", each on a small made-up plan.

One case per style, named after the issue's wording, with small variations (full-width and half-width brackets
and colons, 、 or ， between names, with or without 等) since unseen plans vary.
"""

import pytest
from django.utils import translation

from actiondesk.cli import main
from actiondesk.plans.reader import read_plan, read_text
from actiondesk.plans.reader.departments import document_rules, parse_clause_rule
from actiondesk.plans.reader.targets import find_targets
from actiondesk.plans.reader_rules import TASK_RULES
from actiondesk.plans.templatetags.reader_rules import task_rule

HEAD = "某区2026年行动方案\n一、重点任务\n"


def tasks_of(reading: dict) -> list[tuple]:
    return [(t["number"], t["lead"], t["support"]) for t in reading["tasks"]]


def targets_of(reading: dict) -> list[tuple]:
    return [(t["task"], t["value"], t["unit"], t["comparator"], t["value_max"]) for t in reading["targets"]]


# Wrappers

NOTICE = ("某市人民政府办公室关于印发《某市2026年制造业提升行动方案》的通知\n{number}"
          "各区、县（市）人民政府，市政府各部门：\n现将《某市2026年制造业提升行动方案》印发给你们，请认真贯彻执行。\n"
          "某市人民政府办公室\n2026年3月1日\n{public}\n某市2026年制造业提升行动方案\n一、重点任务\n"
          "（一）培育企业。新增规上企业50家。（牵头单位：市工信局；配合单位：市财政局）\n（二）建设平台。（市科技局负责）\n"
          "附件：1.重点项目清单\n2.责任分工表\n")


@pytest.mark.parametrize("number", ["某政办发〔2026〕12号\n", "某政办发[2026]12号\n", ""])
@pytest.mark.parametrize("public", ["（此件公开发布）", "(此件公开发布)"])
def test_wrappers_a_notice_with_addressees_date_public_note_and_number_gives_the_plans_own_title_and_its_annex_is_no_task(
        number, public):
    reading = read_text(NOTICE.format(number=number, public=public))
    assert (reading["title"], reading["year"]) == ("某市2026年制造业提升行动方案", 2026)
    assert tasks_of(reading) == [("（一）", ["市工信局"], ["市财政局"]), ("（二）", ["市科技局"], [])]
    assert targets_of(reading) == [("（一）", 50, "家", ">=", None)]


def test_wrappers_a_notice_without_book_title_marks_still_gives_the_plans_own_title():
    reading = read_text("某市人民政府关于印发某市2026年制造业提升行动方案的通知\n各区人民政府：\n现印发给你们。\n某市人民政府\n"
                        "2026年3月1日\n某市2026年制造业提升行动方案\n一、重点任务\n（一）培育企业。（市工信局负责）\n附件1：项目表\n")
    assert reading["title"] == "某市2026年制造业提升行动方案"
    assert tasks_of(reading) == [("（一）", ["市工信局"], [])]


# Numbering

NUMBERING = {
    "1.": "1.培育企业。新增企业10家。（甲局负责）\n2.建设平台。（乙局负责）\n",
    "1、": "1、培育企业。新增企业10家。（甲局负责）\n2、建设平台。（乙局负责）\n",
    "1． full-width": "1．培育企业。新增企业10家。（甲局负责）\n2．建设平台。（乙局负责）\n",
    "1﹒ small stop": "1﹒培育企业。新增企业10家。（甲局负责）\n2﹒建设平台。（乙局负责）\n",
    "（一）": "（一）培育企业。新增企业10家。（甲局负责）\n（二）建设平台。（乙局负责）\n",
    "(一) half-width": "(一)培育企业。新增企业10家。(甲局负责)\n(二)建设平台。(乙局负责)\n",
    "（1）": "（1）培育企业。新增企业10家。（甲局负责）\n（2）建设平台。（乙局负责）\n",
    "(1) half-width": "(1)培育企业。新增企业10家。(甲局负责)\n(2)建设平台。(乙局负责)\n",
    "①": "①培育企业。新增企业10家。（甲局负责）\n②建设平台。（乙局负责）\n",
}


@pytest.mark.parametrize("style", list(NUMBERING))
def test_numbering_each_outline_style_numbers_its_tasks(style):
    reading = read_text(HEAD + NUMBERING[style])
    first, second = (t["number"] for t in reading["tasks"])
    assert [(t["lead"], t["support"]) for t in reading["tasks"]] == [(["甲局"], []), (["乙局"], [])]
    assert targets_of(reading) == [(first, 10, "家", ">=", None)]
    assert second != first


@pytest.mark.parametrize("text", [
    "（一）推进改革。一是完善机制，新增试点5个（甲局负责）；二是优化服务（乙局牵头，丙局配合）。\n",
    "(一)推进改革。一是完善机制,新增试点5个(甲局负责);二是优化服务(乙局牵头,丙局配合)。\n",
    "（一）推进改革。一是完善机制，新增试点5个（甲局负责）。二是优化服务（乙局牵头，丙局配合）。\n",
])
def test_numbering_yi_shi_er_shi_items_each_with_a_clause_are_tasks_of_the_numbered_item(text):
    reading = read_text(HEAD + text)
    assert [(t["lead"], t["support"]) for t in reading["tasks"]] == [(["甲局"], []), (["乙局"], ["丙局"])]
    first, second = (t["number"] for t in reading["tasks"])
    assert second == f"{first}-2"
    assert reading["tasks"][1]["rule"] == "wording+sentence_end"
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(5, "个")]


def test_numbering_items_without_a_number_but_with_their_own_clause_belong_to_the_numbered_item_above():
    reading = read_text(HEAD + "1.推进数字化改造。（甲局负责）\n加快平台建设，培育平台2个。（乙局负责）\n"
                               "2.优化营商环境。（丙局负责）\n")
    assert tasks_of(reading) == [("1", ["甲局"], []), ("1-2", ["乙局"], []), ("2", ["丙局"], [])]
    assert targets_of(reading) == [("1-2", 2, "个", ">=", None)]


@pytest.mark.parametrize("sep", ["。", "；"])
def test_numbering_several_clauses_inside_one_numbered_item_each_close_a_task(sep):
    reading = read_text(HEAD + f"1.推进改造。建设车间3个（甲局牵头，乙局配合）{sep}推广上云（丙局负责）{sep}"
                               "开展培训（丁局负责）。\n")
    assert tasks_of(reading) == [("1", ["甲局"], ["乙局"]), ("1-2", ["丙局"], []), ("1-3", ["丁局"], [])]
    assert targets_of(reading) == [("1", 3, "个", ">=", None)]


@pytest.mark.parametrize("box", ["专栏1 重点工程", "专栏一：重点工程", "专栏 重点工程"])
def test_numbering_tasks_grouped_in_a_zhuan_lan_box_are_tasks(box):
    reading = read_text(HEAD + "（一）培育企业。（甲局负责）\n" + box + "\n1.建设工程甲，新建厂房2万平方米。（乙局负责）\n"
                        "2.建设工程乙。（丙局负责）\n（二）建设平台。（丁局负责）\n")
    assert [(t["lead"]) for t in reading["tasks"]] == [["甲局"], ["乙局"], ["丙局"], ["丁局"]]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(2, "万平方米")]


@pytest.mark.parametrize("score", ["（0.5分）", "(0.5分)", "（2分）"])
def test_numbering_scores_in_brackets_before_a_clause_in_an_assessment_scheme_are_no_targets(score):
    reading = read_text(HEAD + f"（一）招商引资（20分）\n1.完成签约项目20个{score}。（牵头单位：市商务局）\n"
                               f"2.优化服务{score}（市政务局负责）\n")
    assert tasks_of(reading) == [("1", ["市商务局"], []), ("2", ["市政务局"], [])]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(20, "个")]


# Responsibility clauses

CLAUSES = {
    "（牵头单位：X；配合单位：Y）": ("牵头单位：市发改委；配合单位：市财政局、市统计局", ["市发改委"], ["市财政局", "市统计局"]),
    "(牵头单位:X;配合单位:Y) half-width": ("牵头单位:市发改委;配合单位:市财政局,市统计局", ["市发改委"],
                                       ["市财政局", "市统计局"]),
    "（牵头单位：X，配合单位：Y 等相关单位）": ("牵头单位：市发改委，配合单位：市财政局等相关单位", ["市发改委"], ["市财政局"]),
    "X为牵头单位，Y为配合单位": ("市发改委为牵头单位，市财政局、市统计局为配合单位", ["市发改委"],
                              ["市财政局", "市统计局"]),
    "X为牵头部门 alone": ("市发改委为牵头部门", ["市发改委"], []),
    "（X牵头，Y配合）": ("市发改委牵头，市财政局、市统计局配合", ["市发改委"], ["市财政局", "市统计局"]),
    "（X牵头、Y配合）": ("市发改委牵头、市财政局配合", ["市发改委"], ["市财政局"]),
    "(X牵头,Y等有关部门配合)": ("市发改委牵头,市财政局等有关部门配合", ["市发改委"], ["市财政局"]),
    "（X牵头负责，Y按职责分工负责）": ("市发改委牵头负责，市财政局、市统计局按职责分工负责", ["市发改委"],
                                  ["市财政局", "市统计局"]),
    "（X负责）": ("市发改委负责", ["市发改委"], []),
    "（X、Y负责）": ("市发改委、市财政局负责", ["市发改委", "市财政局"], []),
    "（责任单位：X、Y）": ("责任单位：市发改委、市财政局", ["市发改委", "市财政局"], []),
    "(责任单位:X,Y等)": ("责任单位:市发改委,市财政局等", ["市发改委", "市财政局"], []),
    "（X、Y，Z） bare": ("市发改委、市财政局，市统计局", ["市发改委", "市财政局", "市统计局"], []),
    "a deadline in the clause （2023年底前，牵头单位：X）": ("2023年底前，牵头单位：市发改委", ["市发改委"], []),
    "a deadline before a wording （2023年12月底前完成，X牵头，Y配合）": ("2023年12月底前完成，市发改委牵头，市财政局配合",
                                                           ["市发改委"], ["市财政局"]),
    "a time field after the units （责任单位：X、Y；完成时限：2026年底）": ("责任单位：市发改委、市财政局；完成时限：2026年底",
                                                             ["市发改委", "市财政局"], []),
    "（X、Y等，Z） bare with 等": ("市发改委、市财政局等，市统计局", ["市发改委", "市财政局", "市统计局"], []),
    "（牵头单位：X 配合单位：Y Z） spaces between": ("牵头单位：市发改委 配合单位：市财政局 市统计局", ["市发改委"],
                                                ["市财政局", "市统计局"]),
    "a deadline after the clause （X牵头，2024年6月底前完成）": ("市发改委牵头，市财政局配合，2024年6月底前完成",
                                                      ["市发改委"], ["市财政局"]),
    "compound names 各区、县（市）政府": ("责任单位：市发改委，各区、县（市）政府", ["市发改委", "各区、县（市）政府"], []),
    "compound names 各区、县(市)政府 half-width": ("牵头单位：市发改委；配合单位：各区、县(市)政府", ["市发改委"],
                                           ["各区、县(市)政府"]),
    "compound names 各县（市、区）人民政府": ("责任单位：市发改委、各县（市、区）人民政府",
                                         ["市发改委", "各县（市、区）人民政府"], []),
    "compound names 各旗县区人民政府": ("市发改委牵头，各旗县区人民政府配合", ["市发改委"], ["各旗县区人民政府"]),
    "等相关单位 dropped": ("责任单位：市发改委、市财政局等相关单位", ["市发改委", "市财政局"], []),
    "有关部门 dropped": ("市发改委牵头，有关部门配合", ["市发改委"], []),
    "相关单位 dropped half-width": ("市发改委牵头,市财政局、相关单位配合", ["市发改委"], ["市财政局"]),
    "有关部门 dropped from a single list": ("责任单位：市发改委、有关部门", ["市发改委"], []),
    "（X负责，Y配合） responsible then helping": ("市发改委负责，各区政府配合", ["市发改委"], ["各区政府"]),
    "（X、Y负责，Z协助）": ("市发改委、市财政局负责，市统计局协助", ["市发改委", "市财政局"], ["市统计局"]),
    "（X主责，Y协同）": ("市发改委主责，市财政局协同", ["市发改委"], ["市财政局"]),
    "（X牵头；配合单位：Y） a wording then a label": ("市发改委牵头；配合单位：市财政局、市统计局", ["市发改委"],
                                             ["市财政局", "市统计局"]),
    "（X牵头；配合：Y） a wording then a bare label": ("市发改委牵头；配合：市财政局", ["市发改委"], ["市财政局"]),
    "a person field first （责任领导：张三；责任单位：X）": ("责任领导：张三；责任单位：市发改委", ["市发改委"], []),
    "a person field after （牵头单位：X；责任人：李四）": ("牵头单位：市发改委；责任人：李四", ["市发改委"], []),
}


@pytest.mark.parametrize("style", list(CLAUSES))
def test_responsibility_clauses_each_wording_names_its_leads_and_supports(style):
    clause, lead, support = CLAUSES[style]
    bare = "bare" in style
    assert parse_clause_rule(clause, bare=bare)[:2] == (lead, support)


@pytest.mark.parametrize(("style", "line"), [
    ("a line of its own 责任单位：… without brackets", "责任单位：区商务局、区财政局\n"),
    ("a line of its own 责任单位:… half-width", "责任单位:区商务局,区财政局\n"),
    ("a line of its own 牵头单位/配合单位", "牵头单位：区商务局\n配合单位：区财政局\n"),
])
def test_responsibility_clauses_on_a_line_of_their_own(style, line):
    reading = read_text(HEAD + "1.培育消费场景。新增街区3个。\n" + line + "2.完善流通网络。\n责任单位：区交通局\n")
    expected = (["区商务局"], ["区财政局"]) if "配合" in line else (["区商务局", "区财政局"], [])
    assert [(t["lead"], t["support"]) for t in reading["tasks"]] == [expected, (["区交通局"], [])]


@pytest.mark.parametrize("colon", ["∶", "﹕", "︰"])
def test_responsibility_clauses_with_a_look_alike_colon_read_like_the_full_width_one(colon):
    plan = HEAD + f"1.培育企业。\n牵头单位{colon}区工信局\n配合单位{colon}区财政局\n2.建设平台。（责任单位{colon}区科技局）\n"
    reading = read_plan(plan.encode("utf-8"), "plan.txt")
    assert [(t["lead"], t["support"]) for t in reading["tasks"]] == [(["区工信局"], ["区财政局"]), (["区科技局"], [])]


@pytest.mark.parametrize(("open_", "close"), [("〔", "〕"), ("[", "]"), ("【", "】"), ("［", "］")])
def test_responsibility_clauses_in_other_brackets(open_, close):
    reading = read_text(HEAD + f"1.培育企业。{open_}牵头单位：区工信局；配合单位：区财政局{close}\n"
                               f"2.建设平台。{open_}区科技局负责{close}\n")
    assert [(t["lead"], t["support"]) for t in reading["tasks"]] == [(["区工信局"], ["区财政局"]), (["区科技局"], [])]


@pytest.mark.parametrize("note", ["以下各项任务均需各街道落实，不再列出", "以下各项均需各街道落实,不再一一列出"])
def test_responsibility_clauses_a_not_listed_again_note_carries_its_units_to_later_tasks(note):
    reading = read_text(HEAD + f"1.减免租金。（责任单位：区财政局、各街道。{note}）\n2.稳定就业。（责任单位：区人社局）\n")
    assert [t["lead"] for t in reading["tasks"]] == [["区财政局", "各街道"], ["区人社局", "各街道"]]


def test_responsibility_clauses_a_not_listed_again_note_after_a_semicolon_with_a_carve_out_still_carries_its_unit():
    reading = read_text(HEAD + "1.加强监管。（区质监科牵头，执法大队按职责分工负责；各街道组织落实。以下均需各街道落实，"
                               "区执法大队负责园区内的相关工作，不再单独列出）\n2.开展抽查。（区质监科牵头，执法大队按职责分工负责）\n")
    assert [t["lead"] for t in reading["tasks"]][1] == ["区质监科", "各街道"]


@pytest.mark.parametrize("label", ["牵头指导处室", "牵头指导单位", "牵头单位"])
@pytest.mark.parametrize("note", ["，各街道、区城管执法局为实施单位，下同", ",各街道、区城管执法局为实施单位,下同"])
def test_responsibility_clauses_units_named_once_with_same_below_support_that_task_and_every_later_one(label, note):
    reading = read_text(HEAD + f"1.规范经营。（{label}：区市场监管局产品质量处{note}）\n"
                               f"2.强化执法。（{label}：区市场监管局执法处）\n3.宣传引导。（{label}：区市场监管局宣传处）\n")
    assert tasks_of(reading) == [("1", ["区市场监管局产品质量处"], ["各街道", "区城管执法局"]),
                                 ("2", ["区市场监管局执法处"], ["各街道", "区城管执法局"]),
                                 ("3", ["区市场监管局宣传处"], ["各街道", "区城管执法局"])]
    assert "same_below" in reading["tasks"][2]["rule"]


def test_responsibility_clauses_a_not_listed_again_note_on_its_own_line_carries_a_name_with_brackets():
    reading = read_text(HEAD + "1.减免租金。（责任单位：区财政局）\n以下任务均由各镇（街道）负责落实，不再单独列出。\n"
                               "2.稳定就业。（责任单位：区人社局）\n")
    assert [t["lead"] for t in reading["tasks"]] == [["区财政局"], ["区人社局", "各镇（街道）"]]


@pytest.mark.parametrize(("note", "expected"), [
    ("", [(["区商务局", "区财政局"], []), (["区交通局", "区商务局"], [])]),
    ("（列第一位的为牵头单位）", [(["区商务局"], ["区财政局"]), (["区交通局"], ["区商务局"])]),
    ("(列第一位的为牵头单位,下同)", [(["区商务局"], ["区财政局"]), (["区交通局"], ["区商务局"])]),
])
def test_responsibility_clauses_a_single_list_is_all_leads_unless_the_document_states_its_own_rule(note, expected):
    reading = read_text(HEAD + f"1.培育消费场景。（区商务局、区财政局）{note}\n2.完善流通网络。（区交通局、区商务局）\n")
    assert [(t["lead"], t["support"]) for t in reading["tasks"]] == expected


@pytest.mark.parametrize("note", ["逗号前为牵头单位，逗号后为配合单位", "逗号前为牵头单位,逗号后为配合单位"])
def test_responsibility_clauses_a_comma_rule_the_document_states_decides_for_the_whole_document(note):
    rules = document_rules(f"（各项任务中{note}）")
    assert parse_clause_rule("甲局、乙局，丙局、丁办", rules, bare=True)[:2] == (["甲局", "乙局"], ["丙局", "丁办"])


# Targets

TARGETS = {
    "Arabic numerals": ("新增企业30家", [(30, "家", ">=", None)]),
    "Chinese numerals": ("新增企业三十家", [(30, "家", ">=", None)]),
    "Chinese numerals 两": ("建设两个平台", [(2, "个", ">=", None)]),
    "Chinese numerals 千": ("培训三千人次", [(3000, "人次", ">=", None)]),
    "Chinese numerals 两百": ("培育两百家企业", [(200, "家", ">=", None)]),
    "magnitude words in the unit 2万人": ("新增就业2万人", [(2, "万人", ">=", None)]),
    "Chinese numerals 百个 = 100个": ("新增百个应用场景", [(100, "个", ">=", None)]),
    "Chinese numerals 一百": ("新增一百个应用场景", [(100, "个", ">=", None)]),
    "magnitude words in the unit 50万平方米": ("新建厂房50万平方米", [(50, "万平方米", ">=", None)]),
    "magnitude words in the unit 1.5亿元": ("完成投资1.5亿元", [(1.5, "亿元", ">=", None)]),
    "左右 (=)": ("举办活动10场左右", [(10, "场", "≈", None)]),
    "以上 (≥)": ("新增企业10家以上", [(10, "家", ">=", None)]),
    "不低于 (≥)": ("优良率不低于90%", [(90, "%", ">=", None)]),
    "不少于 (≥)": ("新增企业不少于10家", [(10, "家", ">=", None)]),
    "超过 (≥)": ("新增就业超过5000人", [(5000, "人", ">=", None)]),
    "突破 (≥)": ("产值突破100亿元", [(100, "亿元", ">=", None)]),
    "力争 (≥)": ("力争新增企业10家", [(10, "家", ">=", None)]),
    "不超过 (≤)": ("能耗总量不超过5万吨标准煤", [(5, "万吨标准煤", "<=", None)]),
    "以内 (≤)": ("损耗率控制在5%以内", [(5, "%", "<=", None)]),
    "ranges 1—2个": ("建设园区1—2个", [(1, "个", "range", 2)]),
    "ranges 1到2个": ("建设园区1到2个", [(1, "个", "range", 2)]),
    "ranges 1-2个 half-width": ("建设园区1-2个", [(1, "个", "range", 2)]),
    "ranges 1～2个": ("建设园区1～2个", [(1, "个", "range", 2)]),
    "ranges 一至两个": ("建设园区一至两个", [(1, "个", "range", 2)]),
    "lists 分别达到30%、20%和10%": ("三类企业上云率分别达到30%、20%和10%",
                                  [(30, "%", ">=", None), (20, "%", ">=", None), (10, "%", ">=", None)]),
    "lists 分别达到30%，20%，10%": ("三类企业上云率分别达到30%，20%，10%",
                                  [(30, "%", ">=", None), (20, "%", ">=", None), (10, "%", ">=", None)]),
    "growth 同比增长": ("社会消费品零售总额同比增长8%", [(8, "%", ">=", None)]),
    "growth 年均增长": ("工业增加值年均增长6%以上", [(6, "%", ">=", None)]),
    "growth 比上年增长 (a comparison, not a past figure)": ("税收收入比上年增长8%以上", [(8, "%", ">=", None)]),
    "growth 较上年增长不低于": ("土地出让收入较上年增长不低于10%", [(10, "%", ">=", None)]),
    "growth 较去年同期增长": ("外贸进出口较去年同期增长5%左右", [(5, "%", "≈", None)]),
    "Not targets: a past figure 上年": ("上年实现税收收入8亿元", []),
    "Not targets: seats sorting the vehicles 57座以上大客车": ("加快淘汰报废57座以上大客车", []),
    "Not targets: a length sorting the vessels 5米以下…船舶": ("制订5米以下休闲旅游船舶适用标准", []),
    "Not targets: a slope sorting the land 25度以上坡耕地": ("对25度以上坡耕地实施退耕还林", []),
    "a count of the sorted vehicles is a target": ("淘汰报废57座以上大客车200辆", [(200, "辆", ">=", None)]),
    "座 counting buildings stays a target": ("新建公厕3座以上", [(3, "座", ">=", None)]),
    "a herd kept is a target 4100万头以上": ("确保能繁母猪存栏量稳定在4100万头以上", [(4100, "万头", ">=", None)]),
    "百个 before a noun opening with 人": ("建成百个人工智能OPC生态社区", [(100, "个", ">=", None)]),
    "万名 集聚": ("集聚万名人工智能创新创业人才", [(10000, "名", ">=", None)]),
    "people counted with 位": ("精准引育100位左右企业类人才", [(100, "位", "≈", None)]),
    "Not targets: a rank 前10位": ("经济总量进入全国前10位", []),
    "Not targets: 三位一体": ("打造三位一体的全媒体出版平台", []),
    "Not targets: a count that earns a grant in its clause": ("对服务企业数量超过10家的服务机构给予100万元奖励", []),
    "Not targets: tiers of 主营业务收入 that earn rewards": (
        "对主营业务收入首次突破1000亿元、500亿元的法人企业，分别给予1000万元、800万元的奖励", []),
    "Not targets: a share of a sum given as a grant": ("对新认定的平台分别给予实际投资额30%、20%、10%的财政补助", []),
    "Not targets: a scheme's shares by its years": ("给予最长五年的房租补贴，其中前两年100%、后三年50%", []),
    "Not targets: a rank 前100名": ("引进自然指数前100名的高校团队", []),
    "flops in mixed case": ("人工智能算力规模突破3500PFlops", [(3500, "PFlops", ">=", None)]),
    "Not targets: a herd's size sorting the farms 存栏5000头以上…养殖场": ("完成存栏5000头以上生猪规模养殖场标准化改造", []),
    "shares 占比": ("数字经济核心产业增加值占比达到10%", [(10, "%", ">=", None)]),
    "shares 普及率": ("5G用户普及率达到80%", [(80, "%", ">=", None)]),
    "coverage 进行全覆盖抽查 run on": ("对经营单位进行全覆盖检查及时通报检查结果", [(100, "%", ">=", None)]),
    "coverage 全域覆盖": ("推进便民服务全域覆盖", [(100, "%", ">=", None)]),
    "coverage 整区域覆盖": ("完成居住区分类整区域覆盖", [(100, "%", ">=", None)]),
    "Not targets: subsidies and rewards per enterprise": ("对新认定的企业每家给予最高50万元补助", []),
    "Not targets: rewards per enterprise 奖励": ("对首次升规的企业一次性奖励20万元", []),
    "Not targets: subsidies as a share 给予30%补贴": ("对购置设备给予30%补贴", []),
    "Not targets: thresholds 营收超1000万元的企业": ("支持营收超1000万元的企业开展改造", []),
    "Not targets: thresholds 1000万元以上的企业": ("对年营业收入1000万元以上的企业给予支持", []),
    "Not targets: dates and durations": ("2026年6月底前完成，3个工作日内办结", []),
    "Not targets: service specs 24小时": ("提供24小时在线服务", []),
    "Not targets: service specs 7×24": ("提供7×24小时服务", []),
    "Not targets: numbers in names 3+N": ("构建“3+N”产业体系", []),
    "Not targets: numbers in names 1+3+N": ("实施“1+3+N”政策体系", []),
    "Not targets: numbers in names 121人才梯队": ("打造121人才梯队", []),
    "Not targets: numbers in names 百名…计划": ("实施百名博士引进计划", []),
    "Not targets: budget caps": ("单个项目补助不超过200万元", []),
    "Not targets: selection quotas 每年遴选不超过20个": ("每年遴选不超过20个示范项目", []),
}


@pytest.mark.parametrize("style", list(TARGETS))
def test_targets_each_style_is_read_or_left_alone(style):
    text, expected = TARGETS[style]
    assert [(t["value"], t["unit"], t["comparator"], t["value_max"]) for t in find_targets(text)] == expected


@pytest.mark.parametrize("dash", ["——", "--"])
def test_targets_listed_one_per_line_after_a_dash_inside_a_task(dash):
    reading = read_text(HEAD + f"1.培育企业。到2026年：\n{dash}新增企业10家；\n{dash}培育平台2个。\n（甲局负责）\n")
    assert tasks_of(reading) == [("1", ["甲局"], [])]
    assert targets_of(reading) == [("1", 10, "家", ">=", None), ("1", 2, "个", ">=", None)]


@pytest.mark.parametrize("dash", ["——", "--"])
def test_targets_listed_one_per_line_after_a_dash(dash):
    reading = read_text(HEAD.replace("一、重点任务\n", "") + f"一、发展目标\n到2026年，实现以下目标：\n{dash}新增规上企业10家；\n"
                        f"{dash}研发投入强度达到3%；\n{dash}培育省级平台2个。\n二、重点任务\n1.培育企业。（甲局负责）\n")
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(10, "家"), (3, "%"), (2, "个")]
    assert tasks_of(reading) == [("1", ["甲局"], [])]


# The rules added for these styles are named for the review page and --explain.

@pytest.mark.django_db
def test_the_rules_added_for_these_styles_are_named_for_the_review_page_and_explain(tmp_path, capsys):
    plan = tmp_path / "plan.txt"
    plan.write_text(HEAD + "1.推进改造。一是建设车间3个（甲局牵头，乙局配合）；二是推广上云（丙局牵头，有关部门配合）。\n",
                    encoding="utf-8")
    reading = read_text(plan.read_text(encoding="utf-8"))
    assert [t["rule"] for t in reading["tasks"]] == ["wording+sentence_end", "wording+unnamed+sentence_end"]
    assert parse_clause_rule("甲局为牵头单位，乙局为配合单位")[2] == "named_as"
    assert {"sentence_end", "unnamed", "named_as"} <= set(TASK_RULES)
    assert main(["plan", "parse", str(plan), "--explain"]) == 0
    out = capsys.readouterr().out
    assert f"规则：按“X牵头，Y配合”表述；{TASK_RULES['sentence_end']}\n" in out
    assert f"；{TASK_RULES['unnamed']}；" in out
    assert task_rule("wording+unnamed+sentence_end").endswith("同样结束一项任务")  # the review page's filter
    with translation.override("en"):
        assert "closes a task all the same" in task_rule("wording+sentence_end")
        assert "names no unit, was dropped" in task_rule("wording+unnamed")
        assert "X is the lead unit" in task_rule("named_as")


def test_goals_listed_after_a_colon_in_a_sentence_before_the_first_section_are_targets():
    reading = read_text("甲区2025年垃圾分类工作方案\n为做好垃圾分类，高质量完成各项工作：全区完成18个示范小区，"
                        "达标率稳定在95%以上。全面展示新风貌，共建成20个站点。\n一、重点任务\n1.建设小区。（责任单位：区甲局）\n")
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(18, "个"), (95, "%")]
