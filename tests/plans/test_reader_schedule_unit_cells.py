"""A one-cell-per-line task table whose schedule column stands right before the unit column ("时间进度 / 责任部门"):
the cell right after a row's schedule cell is its unit cell, even when some of its names carry no body word
("区委党校", "丙湾功能区"), so the row keeps its own units instead of taking those of the row above."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.table_cells import unit_cell_after_schedule

HEADER = "附表\n重点工作分工\n序号\n重点任务\n具体工作\n时间进度\n责任部门\n"


def _rows(text):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_a_unit_cell_naming_a_body_without_a_body_word_stays_with_its_own_row():
    text = ("一、主要任务\n（一）推进节能\n推进节能工作。\n" + HEADER + "一\n推进节能降碳\n"
            "1\n开展楼宇能耗监测\n全年推进\n机管局、各相关部门\n"
            "2\n对5家公共机构开展能源审计\n年内完成\n卫生健康委、区委党校、建设管理委\n"
            "3\n完成10个节能改造项目\n年内完成\n卫生健康委\n")
    rows = [row for row in _rows(text) if row[0] in ("1", "2", "3")]
    assert rows == [("1", "开展楼宇能耗监测", ["机管局", "各相关部门"], []),
                    ("2", "对5家公共机构开展能源审计", ["卫生健康委", "区委党校", "建设管理委"], []),
                    ("3", "完成10个节能改造项目", ["卫生健康委"], [])]


def test_a_zone_named_first_in_the_unit_cell_leads_its_row_not_the_units_of_the_row_above():
    text = ("一、主要任务\n（一）区域行动\n推进区域行动。\n" + HEADER + "一\n推进绿色低碳区域行动\n"
            "1\n建设甲园区低碳实践区\n全年推进\n甲园区、生态环境局\n"
            "2\n创建丙湾功能区绿色生态城区\n全年推进\n丙湾功能区、建设管理委、规划资源局\n")
    rows = [row for row in _rows(text) if row[0] in ("1", "2")]
    assert rows[1] == ("2", "创建丙湾功能区绿色生态城区", ["丙湾功能区", "建设管理委", "规划资源局"], [])


def test_the_cell_after_a_schedule_cell_is_read_as_units_only_when_one_of_its_names_is_a_body():
    assert unit_cell_after_schedule(["开展审计", "年内完成", "卫生健康委、区委党校"]) == (
        ["开展审计", "年内完成"], ["卫生健康委", "区委党校"], [])
    assert unit_cell_after_schedule(["开展审计", "年内完成", "四", "推进绿色低碳"]) is None
    assert unit_cell_after_schedule(["开展审计", "年内完成", "节能改造、绿色建设"]) is None
    assert unit_cell_after_schedule(["开展审计，完成改造", "卫生健康委"]) is None
