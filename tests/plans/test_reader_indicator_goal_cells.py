"""An indicator table printed one cell a line (指标名称 / 2020年完成值 / 2025年目标值 / 责任单位) under category rows
('甲方面', the numbering restarting under the next), and goal tables without a unit column (made-up documents)."""

from actiondesk.plans.reader.departments import split_names


def test_a_department_run_together_with_the_next_name_is_two_names():
    assert split_names("区党工委宣传工作部区文化局") == ["区党工委宣传工作部", "区文化局"]


def test_a_catch_all_of_areas_with_its_places_in_brackets_run_together_with_names_is_three_names():
    assert split_names("各片区（乡镇、街道）区党工委宣传工作部区文化局") == [
        "各片区（乡镇、街道）", "区党工委宣传工作部", "区文化局"]


def test_a_working_department_of_a_party_committee_stays_one_name():
    assert split_names("党工委台湾工作部") == ["党工委台湾工作部"]
