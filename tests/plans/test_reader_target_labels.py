"""Figures under a project label ("实施项目：甲路、乙路3条道路建设"): the label commits to the projects it lists; a count
heading the names after its colon ("2、3个示范村：甲村、乙村、丙村") is a target, not a paragraph's label."""

from actiondesk.plans.reader.targets import find_targets


def _read(text):
    return [(t["text"], t["value"], t["unit"]) for t in find_targets(text)]


def test_a_count_of_the_projects_listed_after_a_project_label_is_a_target_without_the_label():
    assert _read("实施项目：甲路（东段）、乙路、丙公园3个项目建设。\n") == [
        ("甲路（东段）、乙路、丙公园3个项目建设", 3, "个")
    ]


def test_without_the_label_a_list_and_its_count_stay_no_target():
    assert _read("主要内容：甲路（东段）、乙路、丙公园3个项目建设。\n") == []


def test_numbered_counts_heading_the_names_after_their_colon_are_targets():
    text = "实施项目：1、1个示范乡：甲乡；\n2、3个示范村：甲村、乙村、丙村；\n3、8个村庄整治：甲镇（丁村、戊村）、乙镇己村。\n"
    assert _read(text) == [("1个示范乡", 1, "个"), ("3个示范村", 3, "个"), ("8个村庄整治", 8, "个")]


def test_the_label_of_a_paragraph_stays_no_target():
    assert _read("百个大空间：按照规划推进建设。\n两个中心：甲中心、乙中心。\n") == []


def test_work_to_speed_up_on_a_count_of_listed_projects_is_a_target():
    assert _read("加快甲渠、乙渠工程和丙溪3个小流域治理工作；") == [
        ("加快甲渠、乙渠工程和丙溪3个小流域治理工作", 3, "个")
    ]


def test_the_total_of_a_list_after_gong_is_a_target_and_a_holding_is_not():
    assert _read("改建甲路、乙路管道，共5条供水管道项目。") == [("共5条供水管道项目", 5, "条")]
    assert _read("全区共有120个行政村。") == []


def test_a_bracket_that_goes_on_to_commit_to_a_figure_of_its_own_is_read():
    assert _read("4、1个景观带建设（途经甲村、乙村等多个村庄，打造10公里乡村景观带）。") == [
        ("1个景观带建设", 1, "个"),
        ("打造10公里乡村景观带", 10, "公里"),
    ]


def test_all_villages_organised_are_places_in_scope_while_counts_acted_on_stay_targets():
    # A close call, first kept a target (k-reader30); the hand readings of the fifty-second batch read every place of
    # an area mobilised as places in scope (k-reader54). Things acted on stay targets, as the corpus reads them.
    assert _read("组织全区120个行政村成立村经济合作社。") == []
    assert [figure[1:] for figure in _read("对全区1918个垃圾箱房（收集点）进行升级改造。")] == [(1918, "个")]
    assert [figure[1:] for figure in _read("完成全区289个投放点微更新。")] == [(289, "个")]
