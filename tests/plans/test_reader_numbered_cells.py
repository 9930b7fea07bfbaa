"""An annexed list printed one cell per line whose row number stands alone before the row's name cell, group cells
of a spanning 主线 column between the rows (k-reader33)."""

from actiondesk.plans.reader import read_text

TEXT = (
    "一、主要任务\n（一）加强建设。\n1.建设平台。建成平台。\n（责任单位：甲局、乙局）\n"
    "附件：改革一览表\n改革一览表\n主线\n项目\n主要内容\n责任单位\n完成时限\n"
    "（一）加强建设\n1\n编制发展规划\n①结合总体规划提出目标，②明确任务。\n甲局、乙局\n2015年6月\n"
    "2\n加快资源建设\n①加快医院建设，并尽快投入使用。\n乙局、丙局\n常年\n"
    "（二）完善制度\n1\n建立管理委员会\n委员会由有关部门组成，负责监管。\n丙局、丁局\n2015年12月\n"
    "2\n落实法人地位\n医院在人事管理方面享有自主权。\n2015年12月\n"
)


def test_rows_numbered_alone_before_their_name_cell_are_titled_by_the_name_and_read_their_units():
    rows = [
        (t["title"], t["lead"]) for t in read_text(TEXT)["tasks"] if t["rule"].startswith(("annex", "table"))
    ]
    assert rows == [
        ("编制发展规划", ["甲局", "乙局"]),
        ("加快资源建设", ["乙局", "丙局"]),
        ("建立管理委员会", ["丙局", "丁局"]),
        ("落实法人地位", ["丙局", "丁局"]),  # no unit cell: the cell above spans the row
    ]
