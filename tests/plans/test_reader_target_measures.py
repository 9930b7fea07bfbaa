"""Made-up sentences of water-supply and rectification plans (k-reader27): units written in letters or per day, an area
of work to complete, a goal restated in brackets, and figures that only name or tally work."""

from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def test_a_daily_capacity_and_volumes_and_areas_written_in_letters_are_read_with_their_units():
    assert _read("实现引水工程8万吨/日，完成水库清淤量约120万m³；实现收集岛内30km²的雨水。") == [
        (8, "万吨/日", ">="),
        (120, "万m³", "≈"),
        (30, "km²", ">="),
    ]


def test_an_area_of_work_to_complete_is_a_goal_though_de_follows_the_figure():
    assert _read("完成片区面积12.5公顷的违建拆除工作") == [(12.5, "公顷", ">=")]
    assert _read("新建占地30亩的学校一所") == []


def test_a_count_restated_in_brackets_in_another_unit_is_a_target_of_its_own():
    found = find_targets("全面完成面积12.5公顷（600筐）的养殖清退工作")
    assert [(t["value"], t["unit"]) for t in found] == [(12.5, "公顷"), (600, "筐")]
    assert {t["text"] for t in found} == {"全面完成面积12.5公顷（600筐）"}


def test_a_plant_named_by_its_capacity_is_no_target():
    assert _read("加快推进5万吨水厂建设") == []
    assert _read("在年底前完成2万吨污水处理厂的建设") == []
    assert _read("新增供水能力5万吨") == [(5, "万吨", ">=")]


def test_a_tally_of_past_work_and_its_parts_are_no_targets():
    assert _read("2019年，第一轮督察共交办群众来信1200件，其中涉及噪声问题300件，占到总数的25%。") == []
    assert _read("年内办结群众来信100件") == [(100, "件", ">=")]


def test_a_count_of_the_bodies_whose_work_is_joined_is_no_target():
    assert _read("将六个部门的业务知识融会贯通") == []
    assert _read("新建5个公园") == [(5, "个", ">=")]


def test_an_area_or_a_length_right_after_a_verb_of_building_measures_what_is_built():
    assert _read("新建12公顷以上的城市片林。") == [(12, "公顷", ">=")]
    assert _read("建设8公里的滨海绿道。") == [(8, "公里", ">=")]
    assert _read("新建占地20亩的幼儿园。") == []
