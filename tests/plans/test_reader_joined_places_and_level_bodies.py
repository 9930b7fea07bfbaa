"""和 and 及 between a body and the places or a level's bodies after it join two units: "贸促会和东州市、西州市政府" (cities whose
government is named once, at the end of their run), "市审批局和市直相关单位", "市直相关单位及丙区"; names holding 和 stay
whole."""

from actiondesk.plans.reader.unit_names import split_names


def test_cities_sharing_one_government_after_a_body_and_he_are_units_of_their_own():
    assert split_names("省商务厅、贸促会和东州市、西州市、南州市政府") == ["省商务厅", "贸促会", "东州市", "西州市", "南州市政府"]
    assert split_names("省卫生健康委和东州市政府") == ["省卫生健康委", "东州市政府"]


def test_a_levels_bodies_named_as_a_catch_all_beside_a_body_or_a_place_are_a_unit_of_their_own():
    assert split_names("市行政审批服务局和市直相关单位") == ["市行政审批服务局", "市直相关单位"]
    assert split_names("市直相关单位及丙星区") == ["市直相关单位", "丙星区"]


def test_names_holding_he_stay_whole():
    assert split_names("省住房和城乡建设厅、市人力资源和社会保障局") == ["省住房和城乡建设厅", "市人力资源和社会保障局"]
