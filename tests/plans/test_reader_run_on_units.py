"""An annexed task table stored one cell per line whose 牵头部门 and 配合部门 cells run on as one column of names (the
first name leads, the rest support), and body sub-items closed by their own clause above the table's caption."""

from actiondesk.plans.reader import read_text

HEADER = "序号\n工作事项\n主要内容\n牵头部门\n配合部门\n进度计划\n"


def _rows(text):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_a_row_of_many_names_does_not_end_the_table_before_the_rows_after_it():
    many = "\n".join(f"{n}区局" for n in "甲乙丙丁戊己庚辛壬癸子丑寅卯辰") + "\n"  # fifteen names
    text = ("一、任务\n附表\n" + HEADER + "1\n甲事项\n开展甲工作；\n推进乙工作；\n完成丙工作。\n市交通委\n" + many
            + "三季度：完成方案\n四季度：实现试点\n2\n乙事项\n开展丁工作。\n市交通委\n市商务委\n四季度完成\n")
    rows = _rows(text)
    assert [row[0] for row in rows] == ["1", "2"]
    assert len(rows[0][3]) == 15 and rows[1][2:] == (["市交通委"], ["市商务委"])


def test_an_alias_on_a_line_of_its_own_joins_the_name_above():
    text = "一、任务\n附表\n" + HEADER + "1\n甲事项\n开展甲工作。\n市交通委\n市商务委\n（市口岸办）\n市海关\n四季度完成\n"
    assert _rows(text)[0][2:] == (["市交通委"], ["市商务委（市口岸办）", "市海关"])


def test_names_without_a_body_word_in_a_run_of_names_are_units_each():
    text = ("一、任务\n附表\n" + HEADER + "1\n甲事项\n开展甲工作。\n市交通委\n丙运控股\n丁港集团\n乙通国际\n"
            "三季度完成数据对接\n")
    assert _rows(text)[0][2:] == (["市交通委"], ["丙运控股", "丁港集团", "乙通国际"])


def test_a_work_cell_wrapped_before_a_quoted_name_is_joined_into_the_title():
    text = ("一、任务\n附表\n" + HEADER + "1\n甲事项\n开展甲工作。\n市交通委\n市商务委\n三季度完成\n"
            "2\n融合对接\n“一网通办”\n实现用户贯通。\n市交通委\n市数据局\n四季度完成\n")
    # The 工作事项 cell, joined over its two lines, names the row beside its 主要内容 (k-reader25).
    assert _rows(text)[1] == ("2", "融合对接“一网通办”", ["市交通委"], ["市数据局"])


def test_the_last_body_sub_item_still_ends_with_its_clause_above_the_tables_caption():
    text = ("一、建设任务\n（一）甲平台\n1．功能。汇聚数据。\n2．任务。年底前建成平台。（责任单位：市交通委、市海关）。\n"
            "（二）乙平台\n1．功能。联通数据。\n2．任务。年底前完成对接。（责任单位：市交通委、市商务委）。\n"
            "甲乙平台建设重点工作方案\n推进任务分解表\n" + HEADER
            + "1\n甲平台\n建成平台。\n市交通委\n市海关\n四季度完成\n2\n乙平台\n完成对接。\n市交通委\n市商务委\n四季度完成\n")
    body = [row for row in _rows(text) if row[1] == "任务"]
    assert [row[2] for row in body] == [["市交通委", "市海关"], ["市交通委", "市商务委"]]
