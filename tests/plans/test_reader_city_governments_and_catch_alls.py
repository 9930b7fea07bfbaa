""""各区、市政府" (青岛, 山东: the districts' and the county-level cities' governments) is one unit, as "各区、县（市）政府"
is; a catch-all after 及 with words inside it ("及相关行业主管部门") drops as "及相关部门" does; 和 between two bodies
parts them when the second opens with its level ("园区管委会和市级相关部门"), not inside a name or before a bare kind."""

from actiondesk.plans.reader.departments import split_names


def test_the_districts_and_cities_governments_are_one_unit():
    assert split_names("市工业和信息化局，各区、市政府") == ["市工业和信息化局", "各区、市政府"]
    assert split_names("市工业和信息化局，有关区、市人民政府") == ["市工业和信息化局", "有关区、市人民政府"]
    assert split_names("各区、市委组织部、市发展改革委") == ["各区", "市委组织部", "市发展改革委"]


def test_a_catch_all_of_a_trades_authorities_after_ji_drops():
    assert split_names("市大数据局、市科技局及相关行业主管部门，市委网信办") == ["市大数据局", "市科技局", "市委网信办"]


def test_and_between_two_bodies_parts_them_when_the_second_opens_with_its_level():
    assert split_names("园区管委会和市级相关部门") == ["园区管委会", "市级相关部门"]
    assert split_names("各市州、湘江新区和省级以上园区等") == ["各市州", "湘江新区", "省级以上园区"]
    assert split_names("区发改局和区财政局") == ["区发改局", "区财政局"]


def test_and_inside_a_name_or_before_a_bare_kind_of_body_stays():
    assert split_names("各相关部门和单位") == ["各相关部门和单位"]
    assert split_names("各乡镇党委和人民政府") == ["各乡镇党委和人民政府"]
    assert split_names("市人力资源和社会保障局、区文化和旅游局") == ["市人力资源和社会保障局", "区文化和旅游局"]
    assert split_names("省工业和信息化厅") == ["省工业和信息化厅"]


def test_units_listed_as_numbered_entries_each_with_a_remark_are_the_units():
    names = "1.经济发展处（配合区经发局开展企业排查整治）2.交通与建设处（配合区交建局开展工地排查整治）"
    assert split_names(names) == ["经济发展处", "交通与建设处"]
    assert split_names("区财政局（负责资金保障）") == ["区财政局"]
    assert split_names("1号楼管理处") == ["1号楼管理处"]
