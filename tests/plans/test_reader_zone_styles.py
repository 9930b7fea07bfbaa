"""Styles of a zone's own plans (a 综合实验区 and the area offices below it), each on a small made-up plan."""

import pytest

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule, split_names

HEAD = "示范区某某工作方案\n一、重点任务\n"


@pytest.mark.parametrize(
    "wording",
    [
        "各项任务中排位靠前的责任单位为牵头单位",
        "责任单位中排名第一的为牵头单位",
        "排在首位的单位为牵头单位",
        "列在前面的部门为牵头部门",
        "列第一位者为牵头单位",
    ],
)
def test_a_first_listed_rule_stated_in_the_safeguards_outside_any_clause_splits_every_plain_list(wording):
    text = (
        HEAD
        + "（一）建设村庄污水设施。完成10个村庄污水处理。\n（责任单位：区建设局、农业局、各乡镇人民政府）\n"
        "（二）整治村容村貌。（责任单位：各乡镇人民政府、区建设局）\n"
        f"二、保障措施\n（一）加快组织实施。{wording}。各责任单位要明确目标任务。\n"
    )
    tasks = read_text(text)["tasks"]
    assert [(t["lead"], t["support"]) for t in tasks] == [
        (["区建设局"], ["农业局", "各乡镇人民政府"]),
        (["各乡镇人民政府"], ["区建设局"]),
    ]
    assert all(t["rule"].startswith("document_first") for t in tasks)


def test_a_ranking_sentence_that_names_no_lead_is_no_rule_of_the_document():
    text = (
        HEAD + "（一）培育企业。（责任单位：区经发局、区财金局）\n"
        "二、保障措施\n（一）加强考核。考核排名靠前的单位予以通报表扬。\n"
    )
    tasks = read_text(text)["tasks"]
    assert [(t["lead"], t["support"]) for t in tasks] == [(["区经发局", "区财金局"], [])]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("责任单位：区甲局牵头，区乙局、丙局等参与", (["区甲局"], ["区乙局", "丙局"])),
        ("责任单位：区甲局、乙局负责，区丙局等参与", (["区甲局", "乙局"], ["区丙局"])),
        (
            "责任单位：区甲局牵头，区乙局等参与，各乡镇人民政府负责落实",
            (["区甲局", "各乡镇人民政府"], ["区乙局"]),
        ),
        ("牵头单位：区甲局；配合单位：区乙局、区丙局等协助", (["区甲局"], ["区乙局", "区丙局"])),
        ("区甲局牵头负责；各片区负责配合落实", (["区甲局"], ["各片区"])),
    ],
)
def test_role_words_after_an_etc_tail_or_a_zones_areas_belong_to_the_clause_not_to_the_name(clause, expected):
    assert parse_clause_rule(clause)[:2] == expected


def test_a_not_listed_again_note_that_says_the_units_help_carries_them_as_support():
    text = (
        HEAD
        + "（一）落实环境调查。（区甲局牵头负责；各片区负责配合落实，以下均需各片区配合落实，不再列出）\n"
        "（二）开展监测。（区甲局、区乙局等按职责分工负责）\n"
    )
    tasks = read_text(text)["tasks"]
    assert [(t["lead"], t["support"]) for t in tasks] == [
        (["区甲局"], ["各片区"]),
        (["区甲局", "区乙局"], ["各片区"]),
    ]
    assert tasks[1]["rule"].endswith("+carried")


def test_label_lines_after_each_paragraph_of_an_item_close_a_task_each():
    text = (
        "某区土壤污染防治工作方案\n一、主要任务\n（一）防治污染\n1.防治农业面源污染\n强化畜禽养殖污染防治。\n"
        "责任单位：区农业局牵头，区环保局等参与\n鼓励农民增施有机肥。\n责任单位：区农业局负责\n"
        "2.加强生活污染控制\n开展垃圾分类试点。\n责任单位：区建设局牵头，区环保局参与\n"
    )
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["title"], t["lead"], t["support"]) for t in tasks] == [
        ("1", "强化畜禽养殖污染防治", ["区农业局"], ["区环保局"]),  # the heading line heads both paragraphs
        ("1-2", "鼓励农民增施有机肥", ["区农业局"], []),
        ("2", "加强生活污染控制", ["区建设局"], ["区环保局"]),
    ]


def test_an_area_offices_divisions_under_a_division_of_work_label_are_read_by_its_wording():
    text = (
        "某片区违法用地整治工作方案\n一、工作任务\n1.全面摸排违法用地。对辖区违法用地开展摸排。\n"
        "责任分工：由资源生态处牵头，农业农村处、规划建设处配合。\n"
        "2.依法拆除违法建筑。对违法建筑依法拆除。\n责任分工：由规划建设处牵头，综合执法大队配合。\n"
    )
    tasks = read_text(text)["tasks"]
    assert [(t["lead"], t["support"], t["rule"]) for t in tasks] == [
        (["资源生态处"], ["农业农村处", "规划建设处"], "wording"),
        (["规划建设处"], ["综合执法大队"], "wording"),
    ]


def test_a_bracket_on_a_label_line_is_part_of_the_name_and_a_note_of_the_part_led_is_dropped():
    text = (
        HEAD + "1.清理规范性文件。对文件开展清理。\n牵头单位：区办公室（政策法规处）\n配合单位：区司法局\n"
        "2.规范医美行业。加强医美机构监管。（区社会事业局（牵头医疗医美板块）、区市场监管局按职责分工负责）\n"
    )
    tasks = read_text(text)["tasks"]
    assert [(t["lead"], t["support"]) for t in tasks] == [
        (["区办公室（政策法规处）"], ["区司法局"]),
        (["区社会事业局", "区市场监管局"], []),
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "区甲局牵头，区乙局等按职责分工负责，2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升",
            (["区甲局"], ["区乙局"]),
        ),
        (
            "区直各有关部门按职责分工负责，2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升",
            (["区直各有关部门"], []),
        ),
    ],
)
def test_a_clause_closed_by_two_deadlines_one_a_span_of_months_is_still_a_clause(clause, expected):
    assert parse_clause_rule(clause)[:2] == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("区规划局区环卫所", ["区规划局", "区环卫所"]),
        ("区甲局、综合执法局（安监局）规划局", ["区甲局", "综合执法局（安监局）", "规划局"]),
        ("市局执法总队", ["市局执法总队"]),
        ("区市场监管局区域协调处", ["区市场监管局区域协调处"]),
    ],
)
def test_two_names_printed_without_a_mark_between_them_are_two_units_but_a_bodys_division_is_one(
    names, expected
):
    assert split_names(names) == expected


def test_a_team_in_brackets_after_a_noun_is_no_unit_and_no_clause():
    text = (
        HEAD + "1.优化转诊服务。预留号源给基层的家庭医生（团队）。医联体牵头医院牵头，成立转诊中心。\n"
        "2.加强中医药服务。推广适宜技术。（区卫健局负责）\n"
    )
    tasks = read_text(text)["tasks"]
    assert [(t["number"], t["lead"], t["rule"]) for t in tasks] == [
        ("1", [], "none"),
        ("2", ["区卫健局"], "single_list"),
    ]
    assert split_names("家庭医生团队") == ["家庭医生团队"] and parse_clause_rule("团队", bare=True) is None
