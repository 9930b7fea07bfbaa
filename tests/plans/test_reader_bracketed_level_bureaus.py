""""各市、县〔区〕市场监管局": the bureaus of every level, the county level's other level in brackets of any shape, are one
name; "各区、市委组织部" stays two."""

from actiondesk.plans.reader.unit_names import split_names


def test_the_bureaus_of_every_level_with_a_bracketed_county_level_are_one_name():
    assert split_names("市场监管厅登记注册局，各市、县〔区〕市场监管局，宁东市场监管局") == [
        "市场监管厅登记注册局", "各市、县〔区〕市场监管局", "宁东市场监管局"]
    assert split_names("各市、县（区）市场监管局") == ["各市、县（区）市场监管局"]


def test_a_level_before_a_body_of_another_level_stays_apart():
    assert split_names("各区、市委组织部") == ["各区", "市委组织部"]
