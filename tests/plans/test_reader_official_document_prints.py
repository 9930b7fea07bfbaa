"""A plan as its 公文 is printed and saved (the twenty-seventh session): titles centred in larger type, the number and
the addressee each a line, articles whose space the PDF did not keep, a sentence's words broken onto a line's start
like an item, and the 版记 (公开方式, 抄送, who printed it and when) after the last section or the last table's row."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.line_joins import Line, paragraphs
from actiondesk.plans.reader.numbering import numbered
from tests.plans.reading import figures

MARGIN, INDENT, SIZE = 90.0, 122.0, 16.0


def _page(rows: list[tuple[float, str]], sizes: dict[int, float] | None = None) -> list[Line]:
    sizes = sizes or {}
    return [Line(760 - 28 * index, x, sizes.get(index, SIZE), text) for index, (x, text) in enumerate(rows)]


_RECORD = ("河北省人民政府办公厅\n2017年6月22日\n公开方式：主动公开\n"
           "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，各人民团体。\n"
           "河北省人民政府办公厅 2017年6月23日印发\n")


def test_the_last_sections_clause_closes_its_task_above_the_record_the_word_copy_ends_with():
    text = ("一、强化监管执法\n（一）加强执法协作。完善行政执法与刑事司法衔接机制。（责任单位：省公安厅、省市场监管局）\n"
            "二、加强组织领导\n市、县政府承担打击侵权假冒工作属地责任，落实办事机构的人员和经费。（责任单位：各市、县政府）\n")
    reading = read_text(text + _RECORD)
    assert [task["lead"] for task in reading["tasks"]] == [["省公安厅", "省市场监管局"], ["各市、县政府"]]
    assert reading["text"].endswith("2017年6月23日印发\n")  # the review page still shows the whole document


def test_the_last_rows_units_take_nothing_from_the_record_below_the_table():
    text = ("序号 重点任务 责任单位 完成时限\n1 强化企业创新主体地位，引导企业增加研发投入。 区科技局 2023年12月底\n"
            "2 推进科技成果转化，建设中试基地。 区经信局 2023年12月底\n")
    record = "抄送：区委各部门，区人大常委会办公室，区政协办公室。\n某某区人民政府办公室 2023年3月1日印发"
    assert [task["lead"] for task in read_text(text + record)["tasks"]] == [["区科技局"], ["区经信局"]]


def test_a_plan_without_a_record_keeps_a_last_line_that_names_a_date_issued_inside_a_sentence():
    text = "一、加强组织领导\n（一）落实责任。本方案自2024年3月1日印发之日起施行。（责任单位：区政府办公室）\n"
    assert read_text(text)["tasks"][0]["lead"] == ["区政府办公室"]


def test_a_centred_title_in_larger_type_set_about_an_indent_in_is_no_paragraphs_indent():
    """On a notice's page of short lines (signatures) most long lines start at the indent: the margin is still where
    the paragraph's second lines start, though the title's second line, centred, starts two characters in."""
    rows = [(100.7, "关于印发《长三角交通领域“一码通行”工作"), (156.6, "方案（2023-2025年）》的通知"),
            (MARGIN, "各有关单位："),
            (INDENT, "为促进长三角地区交通运输一体化高质量发展，深化落"), (MARGIN, "实国务院办公厅有关长三角地区政务服务“跨省通办”"),
            (MARGIN, "和公共数据共享应用等工作要求，特制定本方案，现予"), (MARGIN, "印发，请认真遵照执行。"),
            (INDENT, "特此通知。"), (INDENT, "上海市交通委员会江苏省交通运输厅"), (INDENT, "浙江省交通运输厅安徽省交通运输厅"),
            (INDENT, "上海市大数据中心江苏省政务服务管理办公室"), (INDENT, "浙江省大数据发展管理局安徽省数据资源管理局")]
    body = [(INDENT, "为深入推进长三角区域政务服务跨省通办，根据国务院办公厅有关文件要求，"),
            (MARGIN, "长三角地区三省一市交通管理部门、大数据管理部门协商一致，共同推进长三"),
            (MARGIN, "角交通领域“一码通行”工作，制定工作方案如下。")]
    read = paragraphs([_page(rows, {0: 21.0, 1: 21.0}), _page(body)])
    assert read[2] == ("为促进长三角地区交通运输一体化高质量发展，深化落实国务院办公厅有关长三角地区政务服务“跨省通办”和公共数据共享应用等"
                       "工作要求，特制定本方案，现予印发，请认真遵照执行。")


def test_a_sentences_words_broken_onto_a_lines_start_like_a_section_run_on_and_the_next_section_opens():
    rows = [(INDENT, "一、提供获取经营场所便利"),
            (INDENT, "优化提升一站式施工许可、综合竣工验收、区域综合评估、多测合"),
            (MARGIN, "一、验登合一等改革服务成效，完善工程建设项目审批管理系统功能，"),
            (MARGIN, "提升工程建设项目全程网办率。（责任单位：区建设管理委）"),
            (MARGIN, "二、提升市场准入效率")]
    read = paragraphs([_page(rows)])
    assert read[1].startswith("优化提升") and read[1].endswith("（责任单位：区建设管理委）") and read[2] == "二、提升市场准入效率"


def test_the_addressee_under_the_documents_number_opens_its_own_paragraph():
    rows = [(300.0, "黄府办发〔2023〕2号"), (MARGIN, "区政府各委、办、局，各街道办事处："),
            (INDENT, "现将《黄浦区优化营商环境工作方案》印发给你们，请认真按照执行，确保各项"),
            (MARGIN, "任务落到实处，取得实效。")]
    read = paragraphs([_page(rows)])
    assert read[:2] == ["黄府办发〔2023〕2号", "区政府各委、办、局，各街道办事处："]


def test_an_article_heading_whose_space_the_pdf_lost_is_still_an_article():
    assert numbered("第一条办公空间支持").rest == "办公空间支持" and numbered("第九条OPC社区支持").kind == "section"
    assert numbered("第三条规定的情形，按照本办法执行。") is None


def test_conditions_listed_on_the_lines_below_their_lead_in_are_no_goals():
    text = ("对2020年网络交易额满足以下条件之一的传统商贸服务业，分别给予各档一次性最高10万元、20万元奖励：\n"
            "（1）零售企业网络销售额达到500万元、1000万元以上；\n（2）农产品网络销售额达到300万元、600万元以上。\n"
            "全年网络零售额达到50亿元以上。")
    assert figures(text) == [(50, "亿元", ">=")]


def test_a_page_of_label_lines_set_in_takes_the_margin_its_longer_lines_run_on_at():
    """Each item's 牵头负责领导 / 牵头责任单位 / 协同责任单位 a line of its own, set in: most long lines start at the indent, on
    every page, and the margin is where the few lines that run on start, two characters to the left."""
    rows = []
    for number in range(1, 4):
        rows += [(INDENT, f"{number}﹒固定资产投资力争增长10%以上，在实际工作中奋力完"), (MARGIN, "成得更快一些。"),
                 (INDENT, "牵头负责领导：刘惠。"), (INDENT, "牵头责任单位：省发展改革委。"),
                 (INDENT, "协同责任单位：省经济和信息化厅、省财政厅、省自然资"), (MARGIN, "源厅、省住房城乡建设厅等。")]
    read = paragraphs([_page(rows), _page(rows)])
    assert read[:5] == ["1﹒固定资产投资力争增长10%以上，在实际工作中奋力完成得更快一些。", "牵头负责领导：刘惠。", "牵头责任单位：省发展改革委。",
                        "协同责任单位：省经济和信息化厅、省财政厅、省自然资源厅、省住房城乡建设厅等。", "2﹒固定资产投资力争增长10%以上，在实际工作中奋力完成得更快一些。"]


def test_a_ratio_cut_at_its_colon_runs_on_though_the_line_opens_like_an_item():
    rows = [(INDENT, "（二）合理配置厕位。在人流集中的场所，女厕位与男厕位比例不低于2:"),
            (MARGIN, "1，且可适当增加母婴房，采用活动式公厕的，应配置第三卫生间。"),
            (MARGIN, "（责任单位：区住建局）")]
    read = paragraphs([_page(rows)])
    assert read == ["（二）合理配置厕位。在人流集中的场所，女厕位与男厕位比例不低于2:1，且可适当增加母婴房，采用活动式公厕的，应配置第三卫生间。"
                    "（责任单位：区住建局）"]


def test_a_centred_title_cut_before_the_years_nian_is_one_title():
    rows = [(130.0, "国际集装箱运输服务平台（集运MaaS）2023"), (230.0, "年重点工作方案"),
            (INDENT, "为进一步推动国际集装箱运输服务平台建设，提升口岸营商环境，制定本方案。"),
            (MARGIN, "本方案自印发之日起施行，请各单位认真贯彻落实，确保各项工作取得实效。")]
    read = paragraphs([_page(rows, {0: 21.0, 1: 21.0})])
    assert read[0] == "国际集装箱运输服务平台（集运MaaS）2023年重点工作方案"


def test_the_space_after_an_articles_number_stays_where_the_pdf_draws_one_and_a_typesetters_gaps_go():
    from actiondesk.plans.reader import pdf_text  # the one place a PDF's drawn runs become a line's text

    assert pdf_text._joined([(90.0, "第一条 为做好消防安全宣传教育工作，特制定本制度。")]) == "第一条 为做好消防安全宣传教育工作，特制定本制度。"
    assert numbered(pdf_text._joined([(90.0, "第二条 消防安全宣讲贯彻“预防为主、防消结合”的方针。")])).kind == "section"
    assert pdf_text._joined([(90.0, "到 2028 年建成 50 个平台，组 长：陈 玲")]) == "到2028年建成50个平台，组长：陈玲"


def test_a_title_in_body_type_is_one_only_where_its_first_line_is_filled_and_holds_no_clause():
    """Two short lines set in ('事项' / '工作措施', a table's head printed a cell a line), a cell above an annex's line,
    and a paragraph whose first printed line happens to end in '方案' are no title over two lines; a title is."""
    def read(rows):
        return paragraphs([_page(rows + [(INDENT, "本方案自印发之日起施行，请各单位认真贯彻落实，确保各项工作取得实效。"),
                                         (MARGIN, "各单位要加强统筹协调，形成工作合力，推动各项任务落地见效。")])])[:2]

    assert read([(INDENT, "事项"), (INDENT, "工作措施")]) == ["事项", "工作措施"]
    assert read([(INDENT, "市规划自然资源委丰台分局"), (INDENT, "附件2：加快绿色低碳转型2026年行动计划")])[1].startswith("附件2")
    assert read([(INDENT, "建设临港公交运营管理中心平台"), (INDENT, "计划在已有平台基础上，构建公共交通出行全场景方案")]) == [
        "建设临港公交运营管理中心平台", "计划在已有平台基础上，构建公共交通出行全场景方案"]
    assert read([(130.0, "浙江省文化和人工智能深度融合创新发展"), (170.0, "实施方案（2025—2027年）")])[0] == \
        "浙江省文化和人工智能深度融合创新发展实施方案（2025—2027年）"


def test_a_signature_set_right_about_an_indent_in_leaves_a_last_page_of_items_its_margin():
    """The last page: items and labels set in, three lines running on at the margin, and the signature, set right,
    starting about two characters in from the items — the margin is where the lines run on."""
    rows = [(INDENT, "（八）效能督查工作组组成人员及主要职责"), (INDENT, "1.效能督查工作组组成人员"), (INDENT, "组长：陈鸿朝"),
            (INDENT, "成员：片区效能督查组成员"), (INDENT, "2.主要职责：督促检查工作人员下沉一线情况，各点位人员值班值守"),
            (MARGIN, "情况，人员转移撤离情况，海上作业船只进港避风情况，人员"), (INDENT, "四、工作要求"),
            (INDENT, "1.根据防汛防台风工作要求，各小组组长、组员要各司其"), (MARGIN, "职、听从统一指挥；"),
            (INDENT, "2.所有工作人员开展防汛防台风工作期间要确保自身安全，"), (MARGIN, "做好个人防护和值班值守工作。"),
            (148.0, "平潭综合实验区海坛片区管理局党政办公室"), (342.0, "2024年5月17日")]
    read = paragraphs([_page(rows)])
    assert read[1:4] == ["1.效能督查工作组组成人员", "组长：陈鸿朝", "成员：片区效能督查组成员"]
