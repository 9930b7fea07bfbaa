"""Annexed task lists one cell per line whose header has two levels: 任务目标 over year columns, printed before the
unit label although each row's year cells come before its unit cell."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.table_labels import nest_year_labels

HEADER = "序号\n任务名称\n任务内容\n任务目标\n实施单位\n2023年\n2024年\n2025年\n"


def _units(text):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_year_labels_printed_last_are_the_columns_under_the_goal_label():
    labels = ["序号", "任务名称", "任务内容", "任务目标", "实施单位", "2023年", "2024年", "2025年"]
    assert nest_year_labels(labels) == ["序号", "任务名称", "任务内容", "2023年", "2024年", "2025年", "实施单位"]
    assert nest_year_labels(["序号", "任务", "牵头单位", "2024年"]) == ["序号", "任务", "牵头单位", "2024年"]


def test_rows_of_a_table_with_year_columns_under_its_goal_label_are_tasks_of_the_implementing_units():
    text = ("附件1\n2023-2025年智慧公交建设任务清单\n" + HEADER + "（一）夯实发展根基\n"
            "1\n推进场站智能化升级\n推进全市场站智能化升级，布设视频监控等设备。\n/\n/\n全市应建尽建\n"
            "甲局、相关各区交通主管部门及公交企业\n"
            "2\n制定场站建设标准\n开展场站智能化建设标准编制工作。\n完成立项\n完成征求意见稿\n完成送审稿\n"
            "甲局、乙委、市智能交通标委会\n")
    assert _units(text) == [
        ("1", "推进场站智能化升级", ["甲局", "相关各区交通主管部门", "公交企业"], []),
        ("2", "制定场站建设标准", ["甲局", "乙委", "市智能交通标委会"], []),
    ]


def test_the_last_cell_of_a_full_row_names_companies_known_by_a_short_name():
    text = (HEADER.replace("任务", "项目") + "1\n推进浦东停车场智能化升级\n提升停车场智能化能级。\n完成样板工程\n"
            "推广样板\n/\n浦东公交\n2\n建设智慧场站\n建设场站平台。\n完成设计\n完成建设\n/\n久事公交、公投\n")
    assert [(number, lead) for number, _, lead, _ in _units(text)] == [("1", ["浦东公交"]), ("2", ["久事公交", "公投"])]


def test_vehicle_trips_and_a_speed_in_kilometres_an_hour_are_units_of_a_target():
    text = ("一、行动目标\n公交高峰运行车速不低于15公里/时。\n二、主要任务\n1．推进终端布设。第二终端布设25辆次。（甲局牵头）\n")
    assert [(t["value"], t["unit"], t["comparator"]) for t in read_text(text)["targets"]] == [
        (15, "公里/时", ">="), (25, "辆次", ">=")]


def test_a_group_label_printed_after_a_full_row_leaves_its_last_cell_the_units():
    text = (HEADER + "（一）夯实根基\n1\n推进场站升级\n布设视频监控设备。\n完成设计\n完成建设\n/\n"
            "市道运中心、久事公交\n（二）增强赋能\n2\n升级出行APP\n拓展信息服务。\n完成升级\n推广\n/\n随申行\n")
    assert [(number, lead) for number, _, lead, _ in _units(text)] == [
        ("1", ["市道运中心", "久事公交"]), ("2", ["随申行"])]
