"""Baseline quantities — what exists or is handed over today, listed or totalled (包括, 共计, 现有, 涉及的; 其中 after
them) — are no targets; a figure its sentence commits to (建成, 完成, 到2025年) stays one."""

from actiondesk.plans.reader import read_text


def _targets(body):
    text = "一、主要任务\n1．推进设施移交。" + body + "（区建设管理委负责）\n"
    return [(t["value"], t["unit"]) for t in read_text(text)["targets"]]


def test_facilities_listed_for_hand_over_and_their_parts_after_qizhong_are_no_targets():
    assert (
        _targets("拟首批移交设施设备包括排水管道设施635.56公里，其中雨水管道222.68公里、污水管道120.5公里。")
        == []
    )


def test_a_total_of_the_contracts_concerned_is_no_target():
    assert _targets("本区涉及的养护总包合同共10个。") == []


def test_a_total_the_sentence_commits_to_stays_a_target():
    assert _targets("到2025年，全区共计建成公共充电桩500个。") == [(500, "个")]


def test_a_committed_count_with_its_part_after_qizhong_stays_two_targets():
    assert _targets("完成老旧管网改造100公里，其中雨污混接改造30公里。") == [(100, "公里"), (30, "公里")]


def test_the_cases_picked_for_a_pilot_are_a_selection_not_a_target():
    assert _targets("以街镇为单位，分别选取一条定向收运线路试点，至2025年至少建成2条示范线路。") == [
        (2, "条")
    ]


def test_a_count_to_build_beside_a_selection_word_elsewhere_stays_a_target():
    assert _targets("选取试点街镇开展示范，建成5个示范点。") == [(5, "个")]


def test_the_parts_of_a_list_of_facilities_in_clauses_of_their_own_are_no_targets():
    assert (
        _targets(
            "拟移交设施包括排水管道设施300公里，其中雨水管道100公里（主管60公里、支管40公里），"
            "污水管道200公里（主管150公里、支管50公里），窨井9000座、雨水口8000个;排水泵站2座，即某泵站。"
        )
        == []
    )


def test_a_status_in_the_list_is_no_commitment_to_its_figures():
    assert _targets("移交设施包括调蓄池6座，目前正逐步建成开始试运行;移动泵车1辆、液压动力站3台。") == []


def test_the_things_to_be_handed_over_are_no_targets():
    assert _targets("拟移交的移动泵车1辆（权属为某中心）、液压动力站3台（权属为某中心）。") == []


def test_a_sentence_opening_with_qizhong_after_a_total_lists_its_parts():
    assert _targets("共有总包企业2家，有效期内总包合同2个。其中，涉及区属国有企业1家。") == []


def test_a_work_clause_after_a_list_keeps_its_target():
    assert _targets("移交设施包括排水管道300公里，新建调蓄池2座。") == [(2, "座")]


def test_a_committed_figure_after_a_finished_status_stays_a_target():
    assert _targets("移交设施包括排水管道300公里，已完成核验，到2026年实现管道检测100公里。") == [
        (100, "公里")
    ]
