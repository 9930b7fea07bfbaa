"""A body that names no unit per step and an annexed 工作任务清单 printed one cell a line, whose rows split into
sub-rows closed by their own 完成时限 cells and whose unit cells say in words who assists whom ("甲处配合区乙局落实")
(k-reader35). Invented text in the style."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule

TASK_LIST = (
    "一、工作目标\n全面消除隐患。\n二、工作步骤\n（一）部署阶段（5月8日前）。各处室要研究制订方案。\n"
    "（二）整治阶段（5月8日至20日）。各处室、各村居要建立隐患清单。\n"
    "附件1\n某片区整治工作任务清单\n序号\n工作任务\n工作内容\n责任单位及分工\n完成时限\n"
    "1\n全面部署工作\n召开专题会议进行部署。\n各处室（中心）\n甲办事处\n各村居\n2023年5月8日前\n"
    "2\n开展重点排查\n组织基层力量对出租屋进行排查。\n各包村处室\n各村居\n2023年5月20日前\n"
    "对独居老人进行摸底，建立台帐。\n各包村处室\n甲办事处\n2023年5月20日前\n"
    "3\n深化隐患 治理\n组织对工业区开展综合治理\n发展处配合区发展局、区应急局落实\n2023年5月20日前\n"
    "组织对群租房开展综合治理\n综治处落实\n2023年5月20日前\n"
    "组织对电动车开展综合治理。\n综治处牵头，\n建设处、发展处配合\n2023年5月20日前\n"
    "4\n依法治理\n对非法经营的场所依法取缔。\n事业处配合区事业局负责养老院；发展处配合区发展局负责商场，配合区文体局负责娱乐场所\n"
    "2023年5月15日前\n"
    "5\n重点场所治理\n督促重点场所落实主体责任。\n各有关处室\n甲办事处\n各包村处室按照职责分工落实\n2023年5月20日前\n"
    "6\n开展督查\n对各单位工作开展情况进行督导检查。\n片区消防工作站负责\n2023年5月30日前\n"
)


def test_a_unit_that_assists_named_bodies_supports_and_the_bodies_it_assists_lead():
    assert parse_clause_rule("发展处配合区发展局、区应急局落实")[:3] == (
        ["区发展局", "区应急局"],
        ["发展处"],
        "assists",
    )
    # Two clauses parted by "；", the last leaving out its subject: 发展处 assists 区文体局 too.
    assert parse_clause_rule(
        "事业处配合区事业局负责养老院；发展处配合区发展局负责商场，配合区文体局负责娱乐场所"
    )[:3] == (["区事业局", "区发展局", "区文体局"], ["事业处", "发展处"], "assists")


def test_an_assist_wording_whose_parts_name_no_unit_is_no_clause_of_that_kind():
    for clause in ("积极配合上级部门做好检查工作", "发展处配合做好统计", "配合区发展局负责商场"):
        parsed = parse_clause_rule(clause)
        assert parsed is None or parsed[2] != "assists", clause


def test_a_task_list_whose_rows_split_into_sub_rows_closed_by_their_deadlines_reads_each_sub_row_as_a_task():
    tasks = [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(TASK_LIST)["tasks"]]
    assert tasks == [
        ("1", "全面部署工作", ["各处室（中心）", "甲办事处", "各村居"], []),
        ("2", "开展重点排查", ["各包村处室", "各村居"], []),
        ("2-2", "开展重点排查", ["各包村处室", "甲办事处"], []),
        ("3", "深化隐患治理", ["区发展局", "区应急局"], ["发展处"]),  # a name cell printed as two paragraphs
        ("3-2", "深化隐患治理", ["综治处"], []),
        ("3-3", "深化隐患治理", ["综治处"], ["建设处", "发展处"]),  # "综治处牵头，" / "建设处、发展处配合"
        ("4", "依法治理", ["区事业局", "区发展局", "区文体局"], ["事业处", "发展处"]),
        (
            "5",
            "重点场所治理",
            ["各有关处室", "甲办事处", "各包村处室"],
            [],
        ),  # the duty phrase is no part of the name
        ("6", "开展督查", ["片区消防工作站"], []),
    ]


def test_a_body_clause_that_says_who_assists_whom_reads_as_the_cell_does():
    text = (
        "一、主要任务\n（一）清理市场。开展专项清理。（发展处配合区发展局落实）\n"
        "（二）整治场所。依法取缔。（事业处配合区事业局负责养老院；发展处配合区发展局负责商场）\n"
    )
    assert [(t["lead"], t["support"], t["rule"]) for t in read_text(text)["tasks"]] == [
        (["区发展局"], ["发展处"], "assists"),
        (["区事业局", "区发展局"], ["事业处", "发展处"], "assists"),
    ]


def test_a_worded_unit_cell_over_two_lines_in_a_rows_first_sub_row_keeps_its_support_and_the_sub_rows_after_it():
    text = (
        "一、工作目标\n消除隐患。\n附件1\n任务清单\n序号\n工作任务\n工作内容\n责任单位及分工\n完成时限\n"
        "1\n深化隐患治理\n组织对电动车开展综合治理。\n综治处牵头，\n建设处、发展处配合\n2023年5月20日前\n"
        "组织对群租房开展综合治理\n综治处落实\n2023年5月20日前\n"
        "2\n开展督查\n对各单位工作开展情况进行督导检查。\n片区消防工作站负责\n2023年5月30日前\n"
    )
    assert [(t["number"], t["lead"], t["support"]) for t in read_text(text)["tasks"]] == [
        ("1", ["综治处"], ["建设处", "发展处"]),
        ("1-2", ["综治处"], []),
        ("2", ["片区消防工作站"], []),
    ]
