"""A carried note naming a body by a short form of the name its own clause prints whole ("巴中经开区" beside
"巴中经开区管委会") adds nothing to that clause; later clauses take the note's names as printed."""

from actiondesk.plans.reader import read_text

_HEAD = "某市深化放管服改革优化营商环境工作要点\n\n一、重点任务\n"


def test_a_short_form_of_a_name_printed_whole_in_the_stating_clause_is_not_added_again():
    items = ("（一）开展专项整治。〔市发展改革委、各县（区）人民政府、甲经开区管委会按职责分工负责，以下工作均需县（区）"
             "人民政府和甲经开区、乙新区管委会落实，不再列出〕\n"
             "（二）推进信用建设。〔市市场监管局负责〕\n")
    lead = [t["lead"] for t in read_text(_HEAD + items)["tasks"]]
    assert lead[0] == ["市发展改革委", "各县（区）人民政府", "甲经开区管委会", "乙新区管委会"]
    assert lead[1] == ["市市场监管局", "县（区）人民政府", "甲经开区", "乙新区管委会"]
