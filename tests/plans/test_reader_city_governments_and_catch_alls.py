""""各区、市政府" (青岛, 山东: the districts' and the county-level cities' governments) is one unit, as "各区、县（市）政府"
is; a catch-all after 及 with words inside it ("及相关行业主管部门") drops as "及相关部门" does."""

from actiondesk.plans.reader.departments import split_names


def test_the_districts_and_cities_governments_are_one_unit():
    assert split_names("市工业和信息化局，各区、市政府") == ["市工业和信息化局", "各区、市政府"]
    assert split_names("市工业和信息化局，有关区、市人民政府") == ["市工业和信息化局", "有关区、市人民政府"]
    assert split_names("各区、市委组织部、市发展改革委") == ["各区", "市委组织部", "市发展改革委"]


def test_a_catch_all_of_a_trades_authorities_after_ji_drops():
    assert split_names("市大数据局、市科技局及相关行业主管部门，市委网信办") == ["市大数据局", "市科技局", "市委网信办"]
