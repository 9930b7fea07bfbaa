"""A 责任单位 cell printed one name a line: its last line is a unit when it ends as an office's name does, not only
when it opens with a level ("区…", "各…")."""

from actiondesk.plans.reader import read_text


def test_the_last_name_line_of_a_row_ending_as_an_office_is_one_of_its_units():
    text = (
        "2023年消防工作责任目标\n序号\n重点工作任务\n责任单位\n"
        "1\n开展高层建筑消防安全专项整治。\n政法综治处\n经济发展处\n"
        "2\n加强行业系统消防安全管理。\n社会事业处\n东庠办事处\n"
        "二、强化消防基层基础\n"
        "3\n推进微型消防站建设。\n各处室（中心）\n各行政村\n"
    )
    leads = [t["lead"] for t in read_text(text)["tasks"]]
    assert leads == [
        ["政法综治处", "经济发展处"],
        ["社会事业处", "东庠办事处"],
        ["各处室（中心）", "各行政村"],
    ]
