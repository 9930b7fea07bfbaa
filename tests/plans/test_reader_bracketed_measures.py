"""Other measure words bracketed after a figure's unit count the same things and belong to its unit ("2000艘（台、套）以上"
→ 2000 艘（台、套）, "1亿尾（只）" → 1 亿尾（只））; counts with repeats in 条次 and 件次 are units of their own."""

from actiondesk.plans.reader import read_text


def _targets(sentence: str):
    text = "某省2024年设备更新实施方案\n\n一、重点任务\n（一）推进老旧设备淘汰。" + sentence + "（牵头单位：省农业农村厅）\n"
    return [(t["value"], t["unit"], t["comparator"], t["text"]) for t in read_text(text)["targets"]]


def test_a_list_of_other_measure_words_in_brackets_belongs_to_the_unit_and_the_floor_after_it_reads():
    assert _targets("完成淘汰老旧渔船2000艘（台、套）以上。") == [
        (2000, "艘（台、套）", ">=", "完成淘汰老旧渔船2000艘（台、套）以上")]


def test_one_other_measure_word_in_brackets_belongs_to_the_unit_too():
    assert _targets("每年放流鱼虾1亿尾（只）以上。") == [(1, "亿尾（只）", ">=", "每年放流鱼虾1亿尾（只）以上")]


def test_a_bracketed_note_that_is_no_measure_word_stays_out_of_the_unit():
    assert [(value, unit) for value, unit, _, _ in _targets("更新农机2000台（含收割机）。")] == [(2000, "台")]


def test_records_counted_with_repeats_are_a_unit_of_their_own():
    assert [(value, unit) for value, unit, _, _ in _targets("数据共享调度达到2900万条次以上，办理业务10万件次。")] == [
        (2900, "万条次"), (10, "万件次")]
