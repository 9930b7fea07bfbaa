"""An indicator grid headed by its unit column ('主要责任单位'), printed one cell per line in blocks: each indicator is a
task of its block's units and each yearly figure a target with the unit of measure of the indicator's heading."""

from actiondesk.plans.reader import read_text

GRID = (
    "附件3：\n某区行业主管部门指标分解表\n主要责任单位\n新能源车辆配置（辆）\n小压站规范升级（座）\n区绿化市容局\n"
    "2024年\n2025年\n2024年\n2025年\n40\n38\n13\n/\n"
    "主要责任单位\n示范路线（条）\n主要责任单位\n用地保障（座）\n城发集团\n2024年\n2025年\n区绿化市容局\n区规资局\n"
    "2024年\n2025年\n1\n1\n2\n1\n"
)


def test_each_indicator_of_a_grid_is_a_task_of_the_units_of_its_block():
    tasks = read_text(GRID)["tasks"]
    assert [(t["title"], t["lead"]) for t in tasks] == [
        ("新能源车辆配置", ["区绿化市容局"]),
        ("小压站规范升级", ["区绿化市容局"]),
        ("示范路线", ["城发集团"]),
        ("用地保障", ["区绿化市容局", "区规资局"]),
    ]


def test_each_yearly_figure_of_a_grid_is_a_target_with_its_headings_unit_and_a_slash_is_none():
    targets = read_text(GRID)["targets"]
    assert [(t["value"], t["unit"], t["year"]) for t in targets] == [
        (40, "辆", 2024),
        (38, "辆", 2025),
        (13, "座", 2024),
        (1, "条", 2024),
        (1, "条", 2025),
        (2, "座", 2024),
        (1, "座", 2025),
    ]


def test_a_grid_whose_figures_do_not_match_its_year_labels_is_not_read_as_one():
    text = "一、任务\n1．推进车辆配置。（区绿化市容局负责）\n主要责任单位\n新能源车辆配置（辆）\n区绿化市容局\n2024年\n2025年\n40\n"
    assert [t["title"] for t in read_text(text)["tasks"]] == ["推进车辆配置"]


UNOWNED = (
    "二、改革目标\n2025年底前完成设施移交，2026年底前实现一体化运维。\n指标名称\n目标\n指标类型\n管道养护抽查合格率\n"
    "95%（含）以上（积泥深度不超过管径10%为合格）\n定量\n抢险处置效率\n接到指令后30分钟内抵达现场\n定性\n"
    "三、改革任务\n（一）推进移交\n1．完成设施核验，移交管道120公里。（区建设管理委负责）\n"
)


def test_an_indicator_table_that_names_no_one_responsible_gives_no_target():
    assert [(t["value"], t["unit"]) for t in read_text(UNOWNED)["targets"]] == [(120, "公里")]


def test_an_indicator_table_with_a_unit_column_is_not_passed_over_as_unowned():
    text = UNOWNED.replace("指标类型\n", "指标类型\n责任单位\n")
    assert (95, "%") in [(t["value"], t["unit"]) for t in read_text(text)["targets"]]


def test_an_unowned_indicator_table_whose_kind_label_wraps_over_two_lines_gives_no_target():
    text = UNOWNED.replace("指标类型\n", "指标\n类型\n")
    assert [(t["value"], t["unit"]) for t in read_text(text)["targets"]] == [(120, "公里")]


def test_a_wrapped_label_that_is_not_the_kind_label_is_no_unowned_indicator_table():
    text = UNOWNED.replace("指标类型\n", "指标\n分解\n")
    assert (95, "%") in [(t["value"], t["unit"]) for t in read_text(text)["targets"]]
