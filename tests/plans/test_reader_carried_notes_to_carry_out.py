"""Places told to carry the work out ("各市、县（市、区）人民政府结合实际贯彻落实") are one unit, whatever role words follow
their name; a note "以下均需X贯彻落实，不再列出" carries X along as "…落实" does."""

from actiondesk.plans.reader import read_text

_HEAD = "某自治区推进市场监管现代化实施方案\n\n一、重点任务\n"


def _units(items: str):
    return [(t["lead"], t["support"]) for t in read_text(_HEAD + items)["tasks"]]


def test_a_clause_naming_places_that_carry_the_work_out_closes_its_item_and_keeps_their_name_whole():
    items = ("（一）深化准入改革。推行告知承诺。〔甲厅、乙局等按职责分工负责，各市、县（市、区）人民政府结合实际贯彻落实〕\n"
             "（二）规范登记注册。（丙局负责）\n")
    assert _units(items) == [(["甲厅", "乙局", "各市、县（市、区）人民政府"], []), (["丙局"], [])]


def test_a_note_that_every_later_item_is_to_be_carried_out_by_places_adds_them_whole():
    items = ("（一）深化准入改革。推行告知承诺。〔甲厅、乙局等按职责分工负责，各市、县（市、区）人民政府结合实际贯彻落实。"
             "以下均需各市、县（市、区）人民政府贯彻落实，不再列出〕\n"
             "（二）规范登记注册。（丙局牵头，丁局配合）\n")
    assert _units(items)[1] == (["丙局", "各市、县（市、区）人民政府"], ["丁局"])


def test_levels_of_places_before_a_government_without_role_words_still_join():
    items = "（一）规范登记注册。（丙局、各市、县（市、区）人民政府负责）\n"
    assert _units(items) == [(["丙局", "各市、县（市、区）人民政府"], [])]
