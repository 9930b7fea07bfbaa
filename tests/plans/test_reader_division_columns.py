"""An annexed 摸排整治重点 list restating the body's items, its lead column of divisions ("责任处室") beside a 配合单位
column, printed one name a line (made-up documents, with and without a 序号 column): the divisions lead, the first name
that is no division — a zone body or a catch-all — opens the 配合 cell, so catch-alls and named bodies support."""

import pytest

from actiondesk.plans.reader import read_text

BODY = (
    "甲片区管理局安全隐患大排查大整治工作方案\n一、工作目标\n全面排查整治安全隐患。\n二、工作内容\n"
    "（一）排查出租屋安全隐患。\n（二）排查电动自行车充电隐患。\n（三）排查渔港码头隐患。\n"
)
ROWS = [
    ("排查出租屋、群租房消防安全隐患，落实整改。", ["社会事业处", "区消防救援支队", "各村居"]),
    ("排查电动自行车违规停放充电隐患。", ["交通与建设处", "区公安分局派出所、各村居"]),
    ("排查渔港码头、渔船安全隐患。", ["经济发展处", "综治处", "各包村工作大队"]),
    ("排查“三合一”场所隐患，督促整改。", ["社会事业处", "综合执法大队", "区市场监管局", "各村（居）"]),
    ("排查建筑工地安全隐患。", ["交通与建设处", "各村居"]),
]
READ = [
    (["社会事业处"], ["区消防救援支队", "各村居"]),
    (["交通与建设处"], ["区公安分局派出所", "各村居"]),
    (["经济发展处", "综治处"], ["各包村工作大队"]),
    (["社会事业处"], ["综合执法大队", "区市场监管局", "各村（居）"]),
    (["交通与建设处"], ["各村居"]),
]


def _annexed(numbered: bool, lead_label: str = "责任处室") -> str:
    head = (
        "附件\n摸排整治重点及职责分工\n"
        + ("序号\n" if numbered else "")
        + f"摸排整治重点\n{lead_label}\n配合单位\n"
    )
    rows = "".join(
        (f"{index}\n" if numbered else "") + task + "\n" + "\n".join(units) + "\n"
        for index, (task, units) in enumerate(ROWS, start=1)
    )
    return BODY + head + rows


@pytest.mark.parametrize("numbered", [True, False], ids=["with_a_number_column", "without_one"])
def test_under_a_division_column_the_divisions_lead_and_bodies_and_catch_alls_after_them_support(numbered):
    tasks = [t for t in read_text(_annexed(numbered))["tasks"] if t["rule"] in ("table", "annex_table")]
    assert [(t["lead"], t["support"]) for t in tasks] == READ
    assert not any(t["unsure"] for t in tasks)


def test_a_row_of_two_division_lines_keeps_the_second_for_the_support_column():
    text = _annexed(True).replace("交通与建设处\n各村居\n", "交通与建设处\n综治处\n")
    last = [t for t in read_text(text)["tasks"] if t["rule"] == "table"][-1]
    assert (last["lead"], last["support"]) == (["交通与建设处"], ["综治处"])


def test_under_a_unit_column_that_is_no_division_column_the_first_line_still_leads_alone():
    tasks = [t for t in read_text(_annexed(True, "责任单位"))["tasks"] if t["rule"].startswith("table")]
    assert (tasks[2]["lead"], tasks[2]["support"]) == (["经济发展处"], ["综治处", "各包村工作大队"])


def test_short_task_cells_without_a_number_are_rows_when_their_unit_cells_follow_them():
    text = BODY + (
        "附件\n摸排整治重点及职责分工\n摸排整治重点\n责任处室\n配合单位\n"
        "出租屋安全隐患\n社会事业处\n区消防救援支队\n各村居\n"
        "电动自行车充电隐患\n交通与建设处\n区公安分局派出所、各村居\n"
        "渔港码头隐患\n经济发展处\n综治处\n各包村工作大队\n"
    )
    tasks = [t for t in read_text(text)["tasks"] if t["rule"] == "annex_table"]
    assert [(t["title"], t["lead"], t["support"]) for t in tasks] == [
        ("出租屋安全隐患", ["社会事业处"], ["区消防救援支队", "各村居"]),
        ("电动自行车充电隐患", ["交通与建设处"], ["区公安分局派出所", "各村居"]),
        ("渔港码头隐患", ["经济发展处", "综治处"], ["各包村工作大队"]),
    ]
