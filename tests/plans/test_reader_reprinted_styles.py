"""The same plan printed in another common style reads the same (issue 13: a plan the reader was not tuned on is
mostly a plan it knows in another dress).

Each corpus document below is re-printed by a rewrite that changes nothing a hand reading records — indents and
blank lines, Windows line ends, half-width brackets and colons, full-width figures, a Word file, a web page saved from
its portal, an 印发通知 before it, the 公文's 版头 over it and its 版记 (抄送, 印发) under it,
the clause in 〔〕 or 【】, labels printed 【牵头单位】 without a colon, items numbered "1、" or "1）" for "1.", the names in a
clause parted by a space or "，" for "、", 部门 for 单位 in labels, other words for the support label (协同, 参与) or the lead
label (主责) or the working label (责任主体, 落实单位), labels without 单位, clauses worded with 牵头/配合 for labels or printed
before the full stop or right after the item's title, straight quotes, a copy out of a PDF with its lines cut at the
page's width and its page numbers — and must score exactly as the document as published against the same hand
reading (a rewrite of the wording rewrites the hand reading alike).
The rules each rewrite needed are also tried on made-up documents below.
"""

import re
from functools import cache

import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.samples import SHENFU_2026_TEXT
from tests.plans.corpus_scorer import DOCUMENTS, score_document
from tests.plans.reprinted_styles import REWRITES, as_bytes, paged, reworded_gold, same, wrapped

# Corpus documents (tuned on) of several clause and table styles; tables are left out of the page-width rewrite,
# whose cells a copy out of a PDF does not print one a line.
PROSE = ("guangzhou-2012-livelihood-happiness-project-opinions", "guangzhou-2012-talent-cluster",
         "pingtan-2016-internet-plus-action-implementation-plan", "shanghai-2023-town-gas-safety-rectification-plan",
         "shanghai-2023-natural-disaster-prevention-work-opinions", "shanghai-2022-wastewater-reuse-plan")
TABLES = ("junshan-2022-fire-safety-big-investigation-rectification-plan",
          "pingtan-2018-government-affairs-openness-task-division-table")


def _gold(slug: str, reword) -> dict:
    return reworded_gold(DOCUMENTS / f"{slug}.gold.json", reword)


def _counts(text: str, filename: str, gold: dict) -> dict:
    score = score_document(read_plan(as_bytes(text, filename), filename), gold)
    return {key: score[key] for key in ("matched", "lead", "support", "found", "correct")}


@cache
def _published(slug: str) -> dict:
    return _counts((DOCUMENTS / f"{slug}.txt").read_text(encoding="utf-8"), "x.txt", _gold(slug, same))


@pytest.mark.parametrize("slug", PROSE + TABLES)
@pytest.mark.parametrize("name", sorted(REWRITES))
def test_a_corpus_plan_printed_in_another_common_style_reads_as_published(name, slug):
    rewrite, reword, filename = REWRITES[name]
    text = (DOCUMENTS / f"{slug}.txt").read_text(encoding="utf-8")
    assert _counts(rewrite(text), filename, _gold(slug, reword)) == _published(slug)


@pytest.mark.parametrize("slug", PROSE)
def test_a_corpus_plan_copied_out_of_its_pdf_with_lines_cut_at_the_page_width_reads_as_published(slug):
    text = (DOCUMENTS / f"{slug}.txt").read_text(encoding="utf-8")
    assert _counts(wrapped(text), "x.txt", _gold(slug, same)) == _published(slug)
    assert _counts(paged(text), "x.txt", _gold(slug, same)) == _published(slug)  # "— 2 —" between its pages


def _zone_reading(data: bytes, filename: str = "plan.txt") -> list:
    reading = read_plan(data, filename)
    return [(t["title"], t["lead"], t["support"]) for t in reading["tasks"]] + \
        [(t["value"], t["unit"], t["comparator"]) for t in reading["targets"]]


@pytest.mark.parametrize("name", ["indented", "full-width figures", "a Word file", "部门 for 单位", "Windows line ends",
                                  "a saved web page"])
def test_the_zone_plan_printed_in_another_style_reads_the_same(name):
    text = SHENFU_2026_TEXT.read_text(encoding="utf-8")
    rewrite, _, filename = REWRITES[name]
    assert _zone_reading(as_bytes(rewrite(text), filename), filename) == _zone_reading(text.encode("utf-8"))


def _tasks(text: str) -> list:
    return [(t["title"], t["lead"], t["support"]) for t in read_plan(text.encode("utf-8"), "plan.txt")["tasks"]]


_MEASURES = [
    "某市进一步优化营商环境若干措施",
    "一、深化商事制度改革",
    "（一）推进证照改革。按照国家统一部署全面实施企业“五证合一、一照一码”、个体工商户“两证整合”，部署推动“多证合一”"
    "改革，进一步减少审批事项。（市市场监管局牵头，市政务服务中心配合）",
    "（二）优化创业环境。持续推进“双创”，全面落实创业扶持政策，深入推进简政放权、放管结合、优化服务改革。"
    "（市发展改革委牵头，市人社局配合）",
    "二、强化要素保障",
    "（三）保障项目用地。除本措施明确的政策外，《某市人民政府关于印发促进产业发展若干措施的通知》（某府发〔2022〕50号）"
    "（第十二条、十三条已废止除外）中的其他政策延续执行。（市自然资源局牵头，市发展改革委配合）",
    "（四）加强资金支持。统筹各类财政资金，支持重大项目建设，引导金融机构加大信贷投放力度，降低企业融资成本。"
    "（市财政局牵头，市金融局配合）",
]


def test_a_printed_line_that_only_starts_like_an_item_runs_on_in_its_paragraph():
    published = "\n".join(_MEASURES)
    copied = wrapped(published, 60)
    # the page's edge cuts "“五证合" / "一、一照一码”" and "…50号）（" / "第十二条、十三条…"
    assert {line[:4] for line in copied.split("\n")} >= {"一、一照", "第十二条"}
    assert _tasks(copied) == _tasks(published)
    assert [title for title, _, _ in _tasks(copied)] == ["推进证照改革", "优化创业环境", "保障项目用地", "加强资金支持"]


def test_full_width_figures_are_read_as_the_figures_they_are():
    text = ("某市绿色发展实施方案\n一、主要任务\n（一）推进垃圾分类。到２０２５年，生活垃圾分类覆盖率达到９７％以上，"
            "绿色产业产值达到１．２万亿元。（牵头单位：市城管局）\n")
    reading = read_plan(text.encode("utf-8"), "plan.txt")
    assert [(t["value"], t["unit"], t["comparator"]) for t in reading["targets"]] == [(97, "%", ">="), (1.2, "万亿元", ">=")]


@pytest.mark.parametrize("clause", [
    "（市数据局，市发展改革委、市工业和信息化局，排在第一位的部门为主责部门，下同）",
    "（市数据局，市发展改革委、市工业和信息化局；逗号前为主责单位，下同）",
])
def test_a_document_rule_worded_with_the_lead_label_主责_decides_as_one_worded_with_牵头(clause):
    text = (f"某市推进数字经济发展实施方案\n一、主要任务\n（一）建设算力设施。加快建设城市算力中心。{clause}\n"
            "（二）培育数据企业。引进培育数据服务企业。（市工业和信息化局，市科技局）\n")
    assert _tasks(text) == [("建设算力设施", ["市数据局"], ["市发展改革委", "市工业和信息化局"]),
                            ("培育数据企业", ["市工业和信息化局"], ["市科技局"])]


def test_units_carried_along_under_a_主责_label_work_with_the_lead_as_under_a_牵头_label():
    text = ("某市优化营商环境工作要点\n一、提升政务服务\n1.推进一网通办。深化政务服务改革。（主责单位：市政务服务中心；"
            "责任单位：各县区政府、市直有关部门。以下措施均需各县区政府落实，不再一一列出）\n"
            "2.推进证照分离。深化商事制度改革。（主责单位：市市场监管局）\n")
    assert _tasks(text) == [("推进一网通办", ["市政务服务中心"], ["各县区政府", "市直有关部门"]),
                            ("推进证照分离", ["市市场监管局"], ["各县区政府"])]


def test_a_table_led_by_its_主责_column_has_its_责任_column_work_with_the_lead():
    text = ("某区重点任务分工表\n序号\n重点任务\n主责部门\n责任单位\n1\n推进电子证照应用\n区市场监管局\n区政务服务办、区大数据中心\n"
            "2\n推进一网通办\n区政务服务办\n区大数据中心\n3\n推进证照分离\n区市场监管局\n各街镇\n")
    assert _tasks(text)[:1] == [("推进电子证照应用", ["区市场监管局"], ["区政务服务办", "区大数据中心"])]


_BEFORE_THE_STOP = (
    "某市优化营商环境工作方案\n一、主要任务\n"
    "（一）推进信息系统建设。实现全市基层医疗卫生机构信息系统全覆盖（牵头单位：市卫生健康委，配合单位：市财政局）。\n"
    "（二）提升教师学历。2025年幼儿园教师专科以上学历达标率达到85%（市教育局负责，完成时限：2025年底前）。\n"
    "（三）整治小作坊。全面提升小作坊食品安全水平，形成以点带面的示范带动良好格局（市市场监管局）。\n"
    "（四）规范中介服务。加强网上中介服务超市的管理和运营（相关市直部门）。\n"
    "（五）强化组织实施。确保各项重点举措落地见效（各相关部门、地方按职责分工负责）。\n"
)


def test_a_clause_printed_before_the_full_stop_closes_its_sentence_as_one_printed_after_it():
    after = re.sub(r"（([^（）]*)）。$", r"。（\1）", _BEFORE_THE_STOP, flags=re.M)
    assert "见效。（各相关部门" in after
    for text in (_BEFORE_THE_STOP, after):
        reading = read_plan(text.encode("utf-8"), "plan.txt")
        assert [(t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
            ("推进信息系统建设", ["市卫生健康委"], ["市财政局"]), ("提升教师学历", ["市教育局"], []),
            ("整治小作坊", ["市市场监管局"], []), ("规范中介服务", ["相关市直部门"], []),
            ("强化组织实施", ["各相关部门", "地方"], []),
        ]
        assert [(t["value"], t["unit"], t["comparator"]) for t in reading["targets"]] == [(100, "%", ">="), (85, "%", ">=")]


def test_a_safeguards_part_whose_heading_names_its_leads_in_words_hands_them_to_its_items():
    text = ("某市营商环境任务清单\n一、全力打造政策环境\n（一）土地（市自规局牵头）\n1、优化建设用地供应方式。加强政策引导。\n"
            "六、全力强化营商环境组织保障（市委办、市政府办牵头）\n66、强化主体责任。各地区、各部门要将优化营商环境作为头号工程。\n"
            "67、强化督查考核。将营商环境工作纳入绩效评价。\n")
    assert _tasks(text) == [("优化建设用地供应方式", ["市自规局"], []), ("强化主体责任", ["市委办", "市政府办"], []),
                            ("强化督查考核", ["市委办", "市政府办"], [])]


def test_paragraphs_opening_with_their_own_label_are_tasks_when_each_clause_precedes_its_stop():
    text = ("某市OPC培育行动方案\n一、主要任务\n（一）打造社区矩阵。立足城市定位，打造“一核双园”社区矩阵。\n"
            "“一核”：以科教创新区为核心，建设创新策源高地（牵头单位：市科技局，责任单位：市教育局）。\n"
            "“双园”：鼓励创业园打造特色社区（牵头单位：团市委，责任单位：市人社局）。\n")
    assert _tasks(text) == [("“一核”", ["市科技局"], ["市教育局"]), ("“双园”", ["团市委"], ["市人社局"])]


def test_a_pdf_copy_reads_on_past_the_page_numbers_and_the_blank_lines_around_them():
    published = "\n".join(_MEASURES)
    lines = wrapped(published, 60).split("\n")
    paged = "\n".join(lines[:5] + ["", "— 2 —", "", ""] + lines[5:9] + ["\f- 3 -", ""] + lines[9:])
    assert _tasks(paged) == _tasks(published)


def test_the_label_word_主体_and_the_working_labels_read_as_单位_does():
    notice = ("关于印发《某市促进综合保税区发展若干措施》的通知\n各有关单位：\n现将《某市促进综合保税区发展若干措施》印发给你们。\n"
              "某市发展和改革委员会\n2026年5月28日\n附件：\n某市促进综合保税区发展若干措施\n一、聚焦重点领域\n"
              "1.建设综合保税区。重点发展保税制造。（责任主体：临港新片区管委会）\n"
              "2.建设集聚区。发展国际贸易。（责任主体：浦东新区政府、闵行区政府）\n"
              "三、保障措施\n各项举措中排序第一的责任主体为该项牵头单位，负责组织有关责任主体做好细则制订。\n")
    assert _tasks(notice) == [("建设综合保税区", ["临港新片区管委会"], []),
                              ("建设集聚区", ["浦东新区政府"], ["闵行区政府"])]
    carried = ("某市简政放权工作要点\n一、深化改革\n1.推进清单管理。做好行政许可事项清单管理工作。（牵头单位：市政府办公室；"
               "落实单位：市直有关部门、各县区政府。以下措施均需各县区政府落实，不再列出）\n2.推进备案管理。规范行政备案。（牵头单位：市大数据管理局）\n")
    assert _tasks(carried) == [("推进清单管理", ["市政府办公室"], ["市直有关部门", "各县区政府"]),
                               ("推进备案管理", ["市大数据管理局"], ["各县区政府"])]


def test_straight_double_quotes_read_as_the_chinese_ones_they_stand_for():
    curly = ("某市人才发展实施方案\n一、主要任务\n（一）实施人才行动。实现“引进高层次人才达到2000名左右，人才贡献率达到40%”的目标。"
             "（责任单位：市“两旧”专班、市人社局）\n（二）建设充电设施。农村地区实现充电站“乡乡全覆盖”。（责任单位：市发展改革委）\n")
    straight = curly.replace("“", '"').replace("”", '"')
    mixed = curly.replace("”", '"')  # a curly opener closed by a straight quote, as some pages print them
    for text in (straight, mixed):
        assert read_plan(text.encode("utf-8"), "plan.txt")["tasks"] == read_plan(curly.encode("utf-8"), "plan.txt")["tasks"]
        assert [(t["value"], t["unit"]) for t in read_plan(text.encode("utf-8"), "plan.txt")["targets"]] == \
            [(2000, "名"), (40, "%"), (100, "%")]
    assert _tasks(straight)[0] == ("实施人才行动", ["市“两旧”专班", "市人社局"], [])
    odd = 'x"y'
    assert read_plan(f"某市方案\n一、主要任务\n（一）推进{odd}工作。（责任单位：市人社局）\n".encode(), "plan.txt")["tasks"][0]["text"] \
        .startswith('推进x"y工作')


def test_labels_written_without_单位_carry_their_notes_as_the_full_labels_do():
    text = ("某市低空经济发展行动方案\n一、主要任务\n1.提升制造能力。引进整机企业。（牵头：市工信局；责任单位：相关县（市、区）人民政府、"
            "市直属园区管委会。以下各项任务均需相关县（市、区）人民政府、市直属园区管委会落实，不再列出）\n"
            "2.拓展应用场景。开通低空航线。（牵头：市交通运输局；配合：市文广旅局）\n")
    assert _tasks(text) == [
        ("提升制造能力", ["市工信局"], ["相关县（市、区）人民政府", "市直属园区管委会"]),
        ("拓展应用场景", ["市交通运输局"], ["市文广旅局", "相关县（市、区）人民政府", "市直属园区管委会"]),
    ]


def test_a_dash_typed_as_two_hyphens_between_words_reads_as_the_dash():
    text = ("某市养老托育服务实施方案\n一、总体要求\n二、发展目标--到2025年，全市养老服务床位数达到3万张，养老机构护理型床位占比达到55%以上。\n"
            "三、主要任务\n（一）扩大服务供给。新建养老服务设施。（责任单位：市民政局）\n")
    reading = read_plan(text.encode("utf-8"), "plan.txt")
    assert [(t["value"], t["unit"], t["comparator"]) for t in reading["targets"]] == [(3, "万张", ">="), (55, "%", ">=")]


def test_label_lines_beside_an_items_bracketed_clauses_close_the_sentences_before_them_as_a_bracket_would():
    inline = ("某市低空经济支持政策\n一、加大金融支持力度。通过引导基金支持低空产业。（责任单位：市财政局）鼓励金融机构降低通航企业贷款利率。"
              "（责任单位：市金融办、人民银行某市分行）\n二、汇聚专业人才。支持职业高校开设低空专业。（责任单位：市教育局）"
              "将通航飞行员纳入人才目录。（责任单位：市委组织部、市人社局）\n本政策自2026年7月1日起施行。\n")
    own_line = re.sub(r"。（(责任单位：[^（）]*)）\n", r"。\n\1\n", inline)
    assert own_line.count("\n责任单位：") == 2
    expected = [("加大金融支持力度", ["市财政局"], []), ("鼓励金融机构降低通航企业贷款利率", ["市金融办", "人民银行某市分行"], []),
                ("汇聚专业人才", ["市教育局"], []), ("将通航飞行员纳入人才目录", ["市委组织部", "市人社局"], [])]
    assert _tasks(inline) == expected
    assert _tasks(own_line) == expected
    # Paragraphs under an item, the first closed by its label line, the next by a bracket.
    mixed = ("某市OPC培育行动方案\n一、主要任务\n（一）建设支撑平台。建设算力平台和公共服务平台。\n建设算力平台：整合全市算力资源。\n"
             "牵头单位：市科技局、市数据局，责任单位：资产集团\n建设公共服务平台：上线市级平台。（牵头单位：市数据局，责任单位："
             "市委宣传部（网信办）、市工信局）\n")
    assert _tasks(mixed) == [("建设算力平台", ["市科技局", "市数据局"], ["资产集团"]),
                             ("建设公共服务平台", ["市数据局"], ["市委宣传部（网信办）", "市工信局"])]
    # One label line after the item, with no bracketed clause before it, still closes the whole item.
    whole = "某市方案\n一、加大金融支持力度。通过引导基金支持低空产业。鼓励降低贷款利率。\n责任单位：市财政局\n"
    assert _tasks(whole) == [("加大金融支持力度", ["市财政局"], [])]


_WORKING_LABELS = {
    "an indicator grid": "附件3：\n某区指标分解表\n主要责任单位\n新能源车辆配置（辆）\n区绿化市容局\n2024年\n2025年\n40\n38\n",
    "a task list's 及分工 column": "附件1\n某片区整治工作任务清单\n序号\n工作任务\n工作内容\n责任单位及分工\n完成时限\n"
                                "1\n全面部署工作\n召开专题会议进行部署。\n甲办事处\n2023年5月8日前\n"
                                "2\n开展重点排查\n组织基层力量进行排查。\n综治处落实\n2023年5月20日前\n",
    "a table beside its 牵头 column": "任务分解表\n序号 工作任务 牵头单位 责任单位 完成期限\n"
                                    "1 新培育高新技术企业30家以上。 区科技局 区商务局 2023年12月底\n",
    "a carried note": "某市政务服务工作要点\n一、提升服务\n（一）推进数据共享。建设共享平台。（市审批局牵头，市直相关单位按职责分工"
                      "负责。各县市区人民政府均为责任单位，以下不再列出）\n（二）扩大证照应用。推广电子证照。（市审批局牵头）\n",
    "a catch-all of the named": "某市设备更新行动方案\n一、重点任务\n1.推动轨道交通设备更新。更新车辆。（责任单位：市交通委、"
                                "市财政局；各责任单位按职责分工负责，下同）\n",
}


@pytest.mark.parametrize("name", sorted(_WORKING_LABELS))
def test_落实单位_reads_as_责任单位_does_in_tables_grids_and_notes(name):
    text = _WORKING_LABELS[name]
    published = _tasks(text)
    assert published and all(lead for _, lead, _ in published)
    assert not any("责任单位" in unit for _, lead, support in published for unit in lead + support)
    assert _tasks(text.replace("责任单位", "落实单位")) == published


def test_items_numbered_with_a_half_bracket_read_as_items_numbered_with_a_point():
    pointed = ("某市标准地改革实施意见\n一、工作重点\n（一）出让前准备。\n1.区域评估。统一组织完成区域评估。 牵头单位：各县（市、区）人民政府。"
               "责任单位：市发展改革委、市水务局。\n2）标准制定。制定控制性指标。（牵头单位：市经济信息化局）\n")
    pointed = pointed.replace("2）", "2.")
    published = _tasks(pointed)
    assert published == [("区域评估", ["各县（市、区）人民政府"], ["市发展改革委", "市水务局"]),
                         ("标准制定", ["市经济信息化局"], [])]
    for mark in ("）", ")"):
        half = re.sub(r"^(\d)\.", rf"\g<1>{mark}", pointed, flags=re.M)
        assert "1" + mark + "区域评估" in half
        assert _tasks(half) == published
    # Beside items numbered "1.", "1）" numbers the level below: the steps of an item, not tasks of their own.
    steps = ("某市方案\n一、重点任务\n1.推进园区建设。\n1）完善道路。\n2）建设管网。（责任单位：市住建局）\n"
             "2.培育企业。新增企业50家。（责任单位：市工信局）\n")
    assert _tasks(steps) == [("推进园区建设", ["市住建局"], []), ("培育企业", ["市工信局"], [])]


def test_names_parted_by_commas_before_会同_all_lead_and_bureaus_named_for_innovation_or_security_are_bodies():
    assert _tasks("某省预算改革方案\n一、重点任务\n1.优化补贴兑付。建立兑付机制。（省财政厅，省政务服务数据管理局会相关业务主管部门负责）\n") \
        == [("优化补贴兑付", ["省财政厅", "省政务服务数据管理局"], ["相关业务主管部门"])]
    assert _tasks("某市碳达峰方案\n一、重点任务\n1.前瞻布局基础研究。建设实验室。（市科技创新局 市发展改革委 市国家安全局）\n") \
        == [("前瞻布局基础研究", ["市科技创新局", "市发展改革委", "市国家安全局"], [])]


def test_a_clause_printed_right_after_its_items_title_closes_the_title_and_the_body_it_heads():
    after_body = ("某区人才高质量发展若干措施\n一、集聚人才\n1.遴选突出贡献企业家。每年遴选不超过20名企业家。（牵头单位：区工信局、区科技局）\n"
                  "2.优秀青年培养资助。选派优秀青年到境外高校联合培养。（牵头单位：区人社局）\n"
                  "加大人才对外开放，拓宽青年人才国际视野。（牵头单位：知识城开发建设办）\n"
                  "3.建设充电网络。在商业中心、工业中心（含园区）布局公共充电站。（责任单位：区发改局，配合单位：区住建局）\n")
    after_title = re.sub(r"^(\d\.[^。]+)。(.+?)（(牵头单位|责任单位)([^（）]*(?:（[^（）]*）[^（）]*)*)）$", r"\1（\3\4）。\2",
                         after_body, flags=re.M)
    assert "1.遴选突出贡献企业家（牵头单位：区工信局、区科技局）。每年" in after_title
    assert "（含园区）布局公共充电站。\n" in after_title  # a bracket of names left behind the moved clause
    expected = [("遴选突出贡献企业家", ["区工信局", "区科技局"], []), ("优秀青年培养资助", ["区人社局"], []),
                ("加大人才对外开放，拓宽青年人才国际视野", ["知识城开发建设办"], []),
                ("建设充电网络", ["区发改局"], ["区住建局"])]
    assert _tasks(after_body) == expected
    assert _tasks(after_title) == expected


def test_labels_printed_in_square_black_brackets_read_as_labels():
    bracketed = ("某省惠企政策优化措施\n一、加强政策宣传解读。建立惠企政策集中发布平台。（责任单位：省工信厅、省数据局，各市州人民政府。"
                 "以下均需各市州人民政府落实，不再一一列出）\n二、推行免申即享。形成免申即享清单。（牵头单位：省数据局；配合单位：省财政厅）\n"
                 "三、提升申报透明度。简化申报条件。\n牵头单位：省发展改革委\n")
    boxed = bracketed.replace("（责任单位：", "【责任单位】").replace("（牵头单位：", "【牵头单位】") \
        .replace("；配合单位：", "；【配合单位】").replace("出）", "出").replace("财政厅）", "财政厅").replace("\n牵头单位：", "\n【牵头单位】")
    assert "。【责任单位】省工信厅" in boxed and "【配合单位】省财政厅\n" in boxed and "\n【牵头单位】省发展改革委" in boxed
    expected = [("加强政策宣传解读", ["省工信厅", "省数据局", "各市州人民政府"], []),
                ("推行免申即享", ["省数据局", "各市州人民政府"], ["省财政厅"]),  # carried along as the note says
                ("提升申报透明度", ["省发展改革委", "各市州人民政府"], [])]
    assert _tasks(bracketed) == expected
    assert _tasks(boxed) == expected
    assert _tasks(bracketed.replace("（牵头单位：省数据局；配合单位：", "牵头单位:省数据局；【配合单位】").replace("财政厅）", "财政厅")) \
        == expected  # a plain label before a boxed one: the clause opens at the plain one
    assert _tasks("某市方案\n一、推进【揭榜挂帅】工作。组织攻关。（责任单位：市科技局）\n") == [("推进【揭榜挂帅】工作", ["市科技局"], [])]
