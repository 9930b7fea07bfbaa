"""A plan's annexed project list one cell a line (项目类别 / 序号 / 项目名称 / 建设内容及规模 / 建设年限 / 总投资（万元） /
2022年工作计划 / 牵头处室 （牵头部门） / 责任部门 （建设单位） / 计划投资（万元） / 计划形象进度; made-up documents) whose unit
cells carry a bracketed parent or builder and "/" for none: the 牵头处室 cell leads, the 责任部门 cell supports, a name
keeps its bracket (as the corpus reads "区综合执法局（区安监局）"), a body and a village joined by 及 are two units."""

import pytest

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import split_names

HEAD = (
    "丙区2022年重点项目推进方案\n一、工作目标\n全年完成重点项目投资20亿元。\n二、工作措施\n"
    "（一）加强项目调度。每月召开项目推进会。（责任单位：区发展改革局）\n附件\n丙区2022年重点项目计划表\n"
)
LABELS = (
    "序号\n项目名称\n建设内容及规模\n建设年限\n总投资（万元）\n2022年工作计划\n牵头处室 （牵头部门）\n"
    "责任部门 （建设单位）\n计划投资（万元）\n计划形象进度\n"
)
ROWS = [
    (
        "环岛路提升改造工程",
        "提升改造道路5.2公里",
        "2021-2023",
        "12000",
        "完成路基工程",
        "交通与建设处（区交通建设局）",
        "区城发集团 （区先行实业有限公司）",
        "5000",
        "完成路基施工",
    ),
    (
        "东港码头扩建工程",
        "新建泊位2个",
        "2022-2024",
        "30000",
        "完成码头主体工程",
        "交通与建设处（区交通建设局）",
        "区港务集团",
        "8000",
        "主体完工",
    ),
    (
        "新城安置房项目",
        "建设安置房800套",
        "2021-2022",
        "45000",
        "完成主体结构封顶",
        "社会事业处（区社会事业局）",
        "新城联合党委及娘宫村",
        "20000",
        "主体封顶",
    ),
    (
        "娘宫村文化广场",
        "建设广场面积3000平方米",
        "2022",
        "800",
        "建成投用",
        "/",
        "新城联合党委",
        "800",
        "竣工投用",
    ),
]
READ = [
    ("环岛路提升改造工程", ["交通与建设处（区交通建设局）"], ["区城发集团（区先行实业有限公司）"]),
    ("东港码头扩建工程", ["交通与建设处（区交通建设局）"], ["区港务集团"]),
    ("新城安置房项目", ["社会事业处（区社会事业局）"], ["新城联合党委", "娘宫村"]),
    ("娘宫村文化广场", [], ["新城联合党委"]),
]
CATEGORIES = {0: "交通设施", 2: "社会民生"}


def _list(categorised: bool) -> str:
    rows = ""
    for index, row in enumerate(ROWS):
        category = CATEGORIES.get(index, "") if categorised else ""
        rows += (f"{category}\n" if category else "") + f"{index + 1}\n" + "\n".join(row) + "\n"
    return HEAD + ("项目类别\n" if categorised else "") + LABELS + rows


@pytest.mark.parametrize(
    "categorised", [False, True], ids=["numbered", "with_a_category_column_before_the_number"]
)
def test_the_lead_division_leads_the_builder_supports_and_a_dash_lead_cell_names_none(categorised):
    tasks = [t for t in read_text(_list(categorised))["tasks"] if t["rule"] == "table"]
    assert [(t["title"], t["lead"], t["support"]) for t in tasks] == READ
    assert [t["unsure"] for t in tasks] == [False, False, False, True]  # "/" under 牵头处室: nobody leads


def test_a_bracketed_builder_after_a_space_stays_part_of_its_name():
    assert split_names("区城发集团 （区先行实业有限公司）") == ["区城发集团（区先行实业有限公司）"]
    assert split_names("区财政局 区人社局") == ["区财政局", "区人社局"]


def test_a_village_after_ji_beside_a_body_is_a_unit_but_a_kind_of_village_is_not():
    assert split_names("新城联合党委及娘宫村") == ["新城联合党委", "娘宫村"]
    assert split_names("区农业农村局及示范乡村") == ["区农业农村局及示范乡村"]
    assert split_names("新城联合党委及相关村") == ["新城联合党委及相关村"]
    assert split_names("坛西联合党委及建新村") == ["坛西联合党委", "建新村"]


def test_a_community_residents_or_a_holder_of_assets_after_ji_beside_a_body_is_a_unit_of_its_own():
    assert split_names("新城联合党委及如意社区") == ["新城联合党委", "如意社区"]
    assert split_names("相关联合党委及村居、交通与建设处") == ["相关联合党委", "村居", "交通与建设处"]
    assert split_names("芬尾联合党委及相关村居") == ["芬尾联合党委", "相关村居"]
    assert split_names("各区政府及设施权属单位等") == ["各区政府", "设施权属单位"]


def test_a_catch_all_of_bodies_after_ji_still_drops_and_ji_qi_still_joins():
    assert split_names("区人才工作局及相关部门") == ["区人才工作局"]
    assert split_names("区人才工作局及其他相关单位") == ["区人才工作局"]
    assert split_names("区政府及其相关单位") == ["区政府及其相关单位"]


def test_the_project_scales_stay_the_rows_goals():
    targets = [(t["text"], t["value"], t["unit"]) for t in read_text(_list(False))["targets"] if t["task"]]
    assert ("提升改造道路5.2公里", 5.2, "公里") in targets and ("建设安置房800套", 800, "套") in targets


def test_a_county_catch_all_of_townships_and_streets_is_one_name_but_the_streets_and_the_one_town_stay_two():
    assert split_names("县环保局、各乡（镇）、街道") == ["县环保局", "各乡（镇）、街道"]
    assert split_names("涉城各乡（镇）、街道") == ["涉城各乡（镇）、街道"]
    assert split_names("各乡镇、街道办事处、县政府有关部门") == ["各乡镇、街道办事处", "县政府有关部门"]
    assert split_names("各部门、各街道、镇、各功能区") == ["各部门", "各街道", "镇", "各功能区"]


def test_a_catch_all_of_places_after_ji_beside_a_catch_all_of_bodies_is_a_unit_of_its_own():
    assert split_names("国务院相关部门及相关地区") == ["国务院相关部门", "相关地区"]
