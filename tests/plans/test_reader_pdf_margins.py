"""A PDF page whose paragraphs are mostly one line each, set in two characters, starts most of its lines at the
indent: the page's margin is still the document's — where its paragraphs' second lines start — so each one-line
paragraph opens its own, as an OFD's does, instead of running on from the line above."""

from actiondesk.plans.reader.line_joins import Line, paragraphs
from actiondesk.plans.reader.numbering import numbered

MARGIN, INDENT, SIZE = 90.0, 122.0, 16.0


def _page(top: float, rows: list[tuple[float, str]]) -> list[Line]:
    return [Line(top - 28 * index, x, SIZE, text) for index, (x, text) in enumerate(rows)]


def test_one_line_paragraphs_set_in_on_a_page_of_them_each_open_their_own():
    first = _page(760, [(INDENT, "（一）规范房地产市场秩序。加大联合执法力度，加强市场监管、净化市场环境、改进政务服务，"),
                        (MARGIN, "严肃查处违规建设、销售、虚假宣传等行为，维护购房人合法权益。"),
                        (INDENT, "（二）加快项目审批。压缩审批时限，优化办理流程，提高审批服务效率，"),
                        (MARGIN, "推行并联审批和容缺受理，确保项目尽早开工。")])
    second = _page(760, [(INDENT, "责任单位：市住房城乡建设局、市自然资源和规划局"),
                         (INDENT, "市住房城乡建设局牵头负责本意见综合协调、政策宣传等工作。"),
                         (INDENT, "各责任单位负责制定具体实施办法及政策解读工作。"),
                         (INDENT, "本意见自印发之日起施行，有效期至二〇二三年底。")])
    read = paragraphs([first, second])
    assert read[-4:] == ["责任单位：市住房城乡建设局、市自然资源和规划局", "市住房城乡建设局牵头负责本意见综合协调、政策宣传等工作。",
                         "各责任单位负责制定具体实施办法及政策解读工作。", "本意见自印发之日起施行，有效期至二〇二三年底。"]
    assert read[0].endswith("维护购房人合法权益。") and len(read) == 6


def _book(left_margin: float, items: bool) -> list[Line]:
    """A page of paragraphs (a set-in first line, a second line at the margin) or of one-line items set in."""
    if items:
        return _page(760, [(left_margin + 2 * SIZE, f"第{index}项：本项工作由区有关部门按照职责分工负责落实到位。")
                           for index in range(6)])
    return _page(760, [(left_margin + 2 * SIZE, "为推进垃圾分类工作，结合本区实际，现就有关事项通知如下，请认真"),
                       (left_margin, "贯彻执行，确保各项任务按时完成，取得实效，不断提升工作水平。")] * 3)


def test_mirrored_pages_two_characters_apart_keep_each_sides_margin_for_paragraphs_and_one_line_items():
    """A book's right pages set 28.5 pt further right than its left pages — about a paragraph's indent: a page of
    items on either side takes the margin of the pages of its own side."""
    right, left = 96.5, 68.0
    read = paragraphs([_book(right, False), _book(left, False), _book(right, True), _book(left, True)])
    assert len(read) == 6 + 12 and all(paragraph.startswith("第") for paragraph in read[6:])
    assert read[0] == "为推进垃圾分类工作，结合本区实际，现就有关事项通知如下，请认真贯彻执行，确保各项任务按时完成，取得实效，不断提升工作水平。"


def test_a_line_opening_with_a_list_of_ordinals_runs_on_and_a_section_heading_still_opens_its_own():
    page = _page(760, [(INDENT, "11.加快场景培育和开放。对在市级以上创新创业大赛中获得"),
                       (MARGIN, "一、二、三等奖的，分别给予最高不超过10万元、3万元、1万元一次性后补助。"),
                       (MARGIN, "一、健全生态服务体系和要素保障机制，强化组织领导与协同推进"),
                       (MARGIN, "（责任单位：市发改委、市科技局、市经信局、市数据局）")])
    read = paragraphs([page])
    assert read[0] == "11.加快场景培育和开放。对在市级以上创新创业大赛中获得一、二、三等奖的，分别给予最高不超过10万元、3万元、1万元一次性后补助。"
    assert read[1].startswith("一、健全生态服务体系")
    assert numbered("一、二、三等奖的，分别给予") is None and numbered("一、二氧化碳排放管理").rest == "二氧化碳排放管理"


def test_two_ordinals_before_what_they_count_broken_onto_a_lines_start_run_on_as_the_next_section_would_not():
    """'二、三季度' after '一、…' is the next section's number in shape and in order: the ordinal after it and the word it
    counts say it is a sentence's words."""
    page = _page(760, [(INDENT, "一、精准有效帮扶企业"),
                       (INDENT, "以外贸企业为重点，深入了解各行业企业生产经营情况，统筹政策、资源、资金"),
                       (MARGIN, "帮助企业消化库存、开拓市场、降低成本，着力解决企业实际困难，稳定企业"),
                       (MARGIN, "发展预期，推动外贸企业稳订单、拓市场。"),
                       (INDENT, "1.压茬推进中央政策性资金项目，加快推进资金已下达项目的前期工作，统筹"),
                       (MARGIN, "用好各类资金，做好项目储备和要素保障，确保项目早开工、早见效，加快在"),
                       (MARGIN, "二、三季度形成更多实物工作量。（省发展改革委牵头负责）"),
                       (INDENT, "二、扩大有效投资"),
                       (INDENT, "1.推动医院提标扩能，支持县级医院建设重点专科，推动优质医疗资源扩容下"),
                       (MARGIN, "沉，支持二、三级医院开展对口帮扶，推动优质资源向基层延伸，提升县域医疗"),
                       (MARGIN, "服务能力。（省卫生健康委牵头负责）")])
    read = paragraphs([page])
    assert read[2] == ("1.压茬推进中央政策性资金项目，加快推进资金已下达项目的前期工作，统筹用好各类资金，做好项目储备和要素保障，"
                       "确保项目早开工、早见效，加快在二、三季度形成更多实物工作量。（省发展改革委牵头负责）")
    assert read[3] == "二、扩大有效投资" and len(read) == 5
    assert [numbered(line) for line in ("二、三季度形成", "一、二类医疗机构", "二、三级医院", "二、三孩")] == [None] * 4
    assert numbered("二、三大工程").rest == "三大工程" and numbered("三、一次性告知").rest == "一次性告知"


def test_a_count_broken_onto_a_lines_start_runs_on_and_a_two_digit_item_still_opens():
    page = _page(760, [(INDENT, "（五）加快农业农村领域设备更新。支持渔船报废更新，到2027年力争完成"),
                       (MARGIN, "20艘区内老旧渔船更新改造。"),
                       (MARGIN, "持续实施农业机械报废更新补贴政策，加快智能农业机械推广应用。"),
                       (INDENT, "10推进数字化改造。")])
    read = paragraphs([page])
    assert read[0].endswith("到2027年力争完成20艘区内老旧渔船更新改造。持续实施农业机械报废更新补贴政策，加快智能农业机械推广应用。")
    assert numbered("10推进数字化改造。").bare == "10" and numbered("12个重点项目开工建设。") is None


def test_a_label_line_and_the_numbered_heading_below_it_both_set_in_are_no_title_over_two_lines():
    page = _page(760, [(INDENT, "谋划和推进一批新型基础设施重点项目建设，加快推进5G网络规划建设和"),
                       (MARGIN, "产业发展，确保项目早落地、早见效、早达产，形成一批可复制可推广的"),
                       (MARGIN, "经验做法，带动全区新型基础设施建设水平整体提升，服务经济高质量"),
                       (MARGIN, "发展大局，推动数字经济与实体经济深度融合，培育壮大新动能新优势，"),
                       (MARGIN, "为全区经济社会发展提供有力支撑。"),
                       (INDENT, "责任单位：经济发展处、交通建设处、各包村工作队"),
                       (INDENT, "五、落实“大招商”行动计划"),
                       (INDENT, "落实金井片区“大招商”行动方案，坚持全员招商，产业链招商，"),
                       (MARGIN, "力争全年引进项目取得新突破。")])
    read = paragraphs([page])
    assert read[1:] == ["责任单位：经济发展处、交通建设处、各包村工作队", "五、落实“大招商”行动计划",
                        "落实金井片区“大招商”行动方案，坚持全员招商，产业链招商，力争全年引进项目取得新突破。"]


def test_a_ranges_dash_broken_onto_a_lines_start_opens_no_dash_item():
    assert numbered("—15株的速成林，达到遮挡的效果") is None
    assert numbered("——坚持系统谋划。统筹推进").kind == "dash" and numbered("—坚持系统谋划").kind == "dash"
