"""Outlines in other shapes: numbered goals, goals on the heading line, notices, no programmes."""

import time

import pytest

from actiondesk.plans.reader import read_plan, read_text


def read(*lines: str) -> dict:
    return read_plan("\n".join(lines).encode("utf-8"), "plan.txt")


def test_numbered_goals_are_read_by_their_headlines():
    reading = read(
        "某市2026年制造业行动方案",
        "一、工作目标",
        "（一）规模持续壮大。规上工业企业达到300家。",
        "（二）创新持续增强。研发投入强度达到2.5%。",
        "二、重点任务",
        "（一）实施技改工程。完成技改项目50项。（牵头单位：市工信局）",
    )
    assert reading["goals"] == ["规模持续壮大", "创新持续增强"]
    assert [(t["value"], t["unit"], t["kind"], t["task"]) for t in reading["targets"]] == [
        (300, "家", "absolute", None), (2.5, "%", "ratio", None), (50, "项", "absolute", "（一）"),
    ]
    assert [(t["number"], t["title"], t["group"]) for t in reading["tasks"]] == [("（一）", "实施技改工程", None)]


def test_goals_written_on_the_heading_line_are_read():
    reading = read(
        "某区2026年行动方案",
        "一、主要目标：到2026年，新增企业10家。",
        "二、主要任务",
        "1、培育企业。（责任单位：区商务局）",
    )
    assert reading["goals"] == ["到2026年，新增企业10家"]
    assert [(t["text"], t["task"]) for t in reading["targets"]] == [("新增企业10家", None)]


def test_a_notice_title_gives_the_plan_inside_the_book_marks():
    reading = read(
        "关于印发《某县2025年农业提升行动方案》的通知",
        "一、重点任务",
        "1.建设高标准农田。新建高标准农田5000亩。（牵头单位：县农业农村局）",
    )
    assert (reading["title"], reading["year"]) == ("某县2025年农业提升行动方案", 2025)
    assert reading["targets"][0]["unit"] == "亩"


@pytest.mark.parametrize("notice,title", [
    ("某县人民政府办公室关于印发某县2024年民生工程实施方案的通知", "某县2024年民生工程实施方案"),  # no book marks
    ("某省财政厅印发《关于深化预算管理制度改革的实施方案》的通知", "关于深化预算管理制度改革的实施方案"),  # no 关于
    ("某区人民政府关于批转区水务局《某区排水管理体制改革实施方案》的通知", "某区排水管理体制改革实施方案"),
    ("某市人民政府办公厅转发市住房城乡建设委《关于推进物业行业提质增效的实施意见》的通知", "关于推进物业行业提质增效的实施意见"),
])
def test_a_notice_printing_forwarding_or_approving_a_plan_gives_the_plans_own_name(notice, title):
    reading = read(notice, "各有关单位：", "一、重点任务", "1.建设高标准农田。新建高标准农田5000亩。（牵头单位：县农业农村局）")
    assert reading["title"] == title


def test_the_plans_own_title_line_naming_its_place_wins_over_the_name_in_the_notice_and_a_stray_space_goes():
    reading = read(
        "某片区管理局关于 印发《今冬明春火灾防控工作方案》的通知",
        "各处室：",
        "某片区今冬明春火灾防控 工作方案",
        "一、重点任务",
        "1.排查隐患。排查场所300处。（牵头单位：片区应急局）",
    )
    assert reading["title"] == "某片区今冬明春火灾防控工作方案"


@pytest.mark.parametrize("head,title", [
    (("浙应急〔2026〕15号", "浙江省应急管理厅中共浙江省委网络安全和信息化委员会办公室浙江省发展和改革委员会浙江省数据局关于印发《浙江省“人工智能+应急管理”",
      "三年行动方案（2026-2028年）》的通知"), "浙江省“人工智能+应急管理”三年行动方案（2026-2028年）"),  # a number above, four issuers
    (("《浙江省人工智能赋能制造业数字化转型实施方案（2026-2030", "年）》印发", "浙江经信2026-07-30"),
     "浙江省人工智能赋能制造业数字化转型实施方案（2026-2030年）"),  # a news page's headline
    (("某区人民政府关于印发《2024年区〈政府工作报告〉重点工作分工方案》的通知", "各街道办事处：", "现将方案印发给你们，请认真贯彻落实。",
      "某区人民政府", "2024年1月20日", "2024年区《政府工作报告》重点工作分工方案"),
     "2024年区《政府工作报告》重点工作分工方案"),  # the plan's own line, its inner marks as printed
])
def test_a_notice_title_broken_inside_its_book_marks_or_under_its_number_still_names_the_plan(head, title):
    reading = read(*head, "一、重点任务", "1.建设平台。建成平台3个。（牵头单位：省应急管理厅）")
    assert reading["title"] == title


def test_a_notice_saying_only_that_it_gives_notice_of_some_matters_is_titled_by_its_file_not_by_those_words():
    reading = read(
        "各区县人民政府：",
        "为稳定房地产市场，现就有关事项通知如下：",
        "一、重点任务",
        "1.支持购房需求。发放购房补贴。（牵头单位：市住房城乡建设委）",
    )
    assert reading["title"] == "plan"  # the uploaded file's name, for the admin to correct on the review page


def test_a_title_is_derived_from_the_plan_name_when_the_document_has_none():
    reading = read(
        "为落实《某省某某新区国民经济和社会发展第十五个五年规划纲要》，现将2026年招商引资工作安排如下。",
        "一、重点任务",
        "1.招引项目。全年签约项目50个。（牵头单位：招商局）",
    )
    assert (reading["title"], reading["year"]) == ("某某新区2026年招商引资工作安排", 2026)


def test_markdown_bold_and_heading_marks_are_not_part_of_titles():
    text = "# 某区2026年行动方案\n\n## 一、重点任务\n\n**1.建设园区。**建成园区2个。\n\n（牵头单位：区发改局）"
    reading = read_plan(text.encode(), "plan.md")
    assert (reading["title"], reading["tasks"][0]["title"], reading["tasks"][0]["lead"]) == (
        "某区2026年行动方案", "建设园区", ["区发改局"])


def test_read_text_takes_already_normalised_text():
    reading = read_text("一、重点任务\n1.建设园区。建成园区2个。", title="手工标题")
    assert reading["title"] == "手工标题"
    assert reading["tasks"][0]["text"] == "建设园区。建成园区2个。"


def test_a_two_megabyte_plan_reads_in_a_few_seconds():
    task = "1.培育企业。新增企业5家，举办活动10场，签约项目3个。（牵头单位：区商务局；配合单位：区财政局）"
    text = "一、重点任务\n" + "\n".join([task] * 12000)
    started = time.process_time()  # the reader's own CPU time, not the machine's load beside the suite
    reading = read_plan(text.encode(), "big.txt")
    assert len(reading["targets"]) == 36000
    assert time.process_time() - started < 20


def test_the_first_item_under_an_action_heading_that_opens_a_section_is_a_task():
    reading = read(
        "某市2026年城市治理工作要点",
        "一、聚焦基础能力建设，全面提升城市治理水平",
        "（一）数据底座升级行动",
        "1.升级数据底座。建成数据底座1个。（责任部门：市数据局、各区政府）",
        "2.建设应用场景。（责任部门：市规划局）",
        "二、聚焦示范引领，着力提升全国影响力",
        "（二）试点基地建设行动",
        "3.推进试点基地建设。（责任部门：市发展改革委）",
        "三、实施机制",
        "强化工作组织。各相关部门明确分管领导。",
    )
    # (the closing section without a clause stays a task without units, as before)
    assert [(t["title"], t["lead"]) for t in reading["tasks"] if t["lead"]] == [
        ("升级数据底座", ["市数据局", "各区政府"]), ("建设应用场景", ["市规划局"]),
        ("推进试点基地建设", ["市发展改革委"]),
    ]
