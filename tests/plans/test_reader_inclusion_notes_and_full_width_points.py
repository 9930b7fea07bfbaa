"""A bracket that notes what a word takes in ("…算力中心（包括通算中心、智算中心、超算中心）") is never a clause, whatever
rule would read its names — a document's own "列第一位的为牵头单位" too; and a decimal point printed full-width between
full-width digits ("营业收入超１．２万亿元") is a decimal point, while an item number's point before a year is not."""

from actiondesk.plans.reader import read_text
from tests.plans.reading import figures

_PLAN = ("某省支持人工智能创新发展若干措施\n\n"
         "（一）加强算力统筹布局。原则上不得新建大型算力中心（包括通算中心、智算中心、超算中心）。"
         "各级政府不得办理备案手续。（责任单位：省发展改革委、省经信厅，各市、县〔市、区〕政府；列第一位的为牵头单位，下同）\n"
         "（二）加大金融资本支持。发挥专项基金投资引导作用。（责任单位：省财政厅、省发展改革委）\n")


def test_a_note_of_what_a_word_takes_in_is_no_clause_under_the_documents_first_listed_rule():
    tasks = read_text(_PLAN)["tasks"]
    assert [(t["number"], t["lead"], t["support"]) for t in tasks] == [
        ("（一）", ["省发展改革委"], ["省经信厅", "各市、县〔市、区〕政府"]),
        ("（二）", ["省财政厅"], ["省发展改革委"]),
    ]


def test_a_full_width_point_between_full_width_digits_is_a_decimal_point():
    assert figures("到２０３０年，全省人工智能核心产业营业收入超１．２万亿元。") == [(1.2, "万亿元", ">=")]


def test_an_item_numbers_point_before_a_year_is_no_decimal_point():
    assert figures("１．２０２５年底前完成。") == []
