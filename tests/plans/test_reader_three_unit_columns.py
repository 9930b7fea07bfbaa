"""Task tables one cell a line with three unit columns after the schedule column ("序号 / 重点任务 / 工作措施 / 完成时限 /
牵头部门 / 主责单位 / 协办单位"): the 重点任务 cell spans the rows of its measures, each measure row a task; a measure
cell may run over several paragraphs; a page break prints the spanning cells again; many measure rows make one long
numbered row."""

from actiondesk.plans.reader import read_text

_HEAD = "东湖区2026年绿色低碳发展行动计划\n\n序号\n重点任务\n工作措施\n完成时限\n牵头部门\n主责单位\n协办单位\n"


def _tasks(rows: str):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(_HEAD + rows)["tasks"]]


def test_the_zhuze_column_beside_a_lead_column_works_with_the_lead():
    rows = "1\n能耗强度目标\n单位地区生产总值能耗下降3%左右。\n年底前\n区发展改革委\n区统计局\n——\n"
    assert _tasks(rows) == [("1", "能耗强度目标", ["区发展改革委"], ["区统计局"])]


def test_measure_rows_under_one_key_task_cell_are_tasks_of_their_own():
    rows = (
        "1\n推动车辆新能源化\n推动公交车新能源化。\n年底前\n区城市管理委\n区交通支队\n——\n"
        "推广充电设施建设。全年新建公共充电桩500个以上。\n年底前\n区城市管理委\n区供电公司\n区生态环境局\n"
        "2\n推动货运结构优化\n推动大宗货物绿色运输。\n年底前\n区商务局\n——\n"
    )
    reading = read_text(_HEAD + rows)
    tasks = [(t["number"], t["lead"], t["support"]) for t in reading["tasks"]]
    assert tasks == [
        ("1", ["区城市管理委"], ["区交通支队"]),
        ("1-2", ["区城市管理委"], ["区供电公司", "区生态环境局"]),
        ("2", ["区商务局"], []),
    ]
    assert "推广充电设施建设" in reading["tasks"][1]["title"]
    assert [t["value"] for t in reading["targets"]] == [500]


def test_a_measure_cell_of_two_paragraphs_runs_to_its_schedule_cell_and_keeps_its_figures():
    rows = (
        "1\n推动车辆新能源化\n推动公交车新能源化。\n年底前\n区城市管理委\n——\n"
        "推动渣土车新能源化。研究落实优先通行政策。\n新开工工地使用新能源渣土车比例达到60%以上。\n11月底前\n"
        "区城市管理委\n区住房城乡建设委\n"
        "推动出租车电动化。\n持续推进\n区商务局\n——\n"
        "2\n推动货运结构优化\n推动大宗货物绿色运输。\n年底前\n区商务局\n——\n"
    )
    reading = read_text(_HEAD + rows)
    assert [(t["number"], t["lead"]) for t in reading["tasks"]] == [
        ("1", ["区城市管理委"]), ("1-2", ["区城市管理委"]), ("1-3", ["区商务局"]), ("2", ["区商务局"])]
    assert "推动出租车电动化" in reading["tasks"][2]["title"]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(60, "%")]


def test_the_key_task_cell_printed_again_after_a_page_break_continues_its_rows():
    rows = (
        "1\n推动车辆新能源化\n推动公交车新能源化。\n年底前\n区城市管理委\n——\n"
        "1\n推动车辆新能源化\n推动出租车电动化。\n持续推进\n区商务局\n——\n"
        "2\n推动货运结构优化\n推动大宗货物绿色运输。\n年底前\n区商务局\n——\n"
    )
    assert [(n, lead) for n, _, lead, _ in _tasks(rows)] == [
        ("1", ["区城市管理委"]), ("1-2", ["区商务局"]), ("2", ["区商务局"])]


def test_a_key_task_of_many_measure_rows_is_read_to_its_last_row():
    measures = "".join(f"开展第{index}类车辆更新。\n年底前\n区城市管理委\n区商务局\n——\n" for index in range(1, 13))
    rows = "1\n推动车辆新能源化\n" + measures + "2\n推动货运结构优化\n推动大宗货物绿色运输。\n年底前\n区商务局\n——\n"
    tasks = _tasks(rows)
    assert len(tasks) == 13 and tasks[-1][0] == "2"
    assert "开展第12类车辆更新" in tasks[-2][1] and tasks[-2][2:] == (["区城市管理委"], ["区商务局"])


def test_an_outsider_table_of_prose_lines_without_units_still_ends_within_thirty_lines():
    prose = "".join(f"第{index}段说明文字，不写责任单位。\n" for index in range(1, 41))
    rows = "1\n推动车辆新能源化\n推动公交车新能源化。\n年底前\n区城市管理委\n——\n" + prose
    tasks = read_text(_HEAD + rows)["tasks"]
    assert [t["number"] for t in tasks] == ["1"]
    assert "第35段" not in tasks[0]["text"]


def test_a_key_task_cell_spanning_measure_rows_names_their_group_and_each_row_is_titled_by_its_measure():
    rows = (
        "1\n推进挥发性有机物精细化管理\n各行业主管部门推进本行业源头替代。\n严格控制高含量涂料使用。\n年底前\n"
        "区生态环境局\n区商务局\n——\n"
        "区市场监管局组织对全区涂料产品开展抽检。\n年底前\n区市场监管局\n——\n"
        "2\n推动货运结构优化\n推动大宗货物绿色运输。\n年底前\n区商务局\n——\n"
    )
    tasks = read_text(_HEAD + rows)["tasks"]
    assert [(t["number"], t["title"], t["group"], t["lead"]) for t in tasks[:2]] == [
        ("1", "各行业主管部门推进本行业源头替代", "推进挥发性有机物精细化管理", ["区生态环境局"]),
        ("1-2", "区市场监管局组织对全区涂料产品开展抽检", "推进挥发性有机物精细化管理", ["区市场监管局"]),
    ]
    assert (tasks[2]["number"], tasks[2]["title"]) == ("2", "推动货运结构优化")  # a key task of one row keeps its name


def test_a_row_of_several_names_under_three_unit_columns_is_marked_unsure():
    rows = (
        "1\n推动车辆新能源化\n推动公交车新能源化。\n年底前\n区城市管理委\n区交通支队\n——\n"
        "推动出租车电动化。\n持续推进\n区商务局\n区交通支队\n——\n"
        "推动渣土车新能源化。\n持续推进\n区城市管理委\n——\n"
        "2\n推动货运结构优化\n推动大宗货物绿色运输。\n年底前\n区商务局\n——\n"
    )
    tasks = read_text(_HEAD + rows)["tasks"]
    assert [(t["number"], t["rule"], t["unsure"]) for t in tasks] == [
        ("1", "table_unit_lines", True), ("1-2", "table_unit_lines", True), ("1-3", "table_sub_row", False),
        ("2", "table", False)]


def test_prose_after_a_table_that_names_bodies_on_lines_of_their_own_is_not_swallowed_by_its_last_row():
    prose = "".join(f"第{index}段说明文字，不写责任单位。\n" + ("区商务局\n" if index % 5 == 0 else "") for index in range(1, 41))
    rows = ("1\n推动车辆新能源化\n推动公交车新能源化。\n年底前\n区城市管理委\n——\n" + prose
            + "二、保障措施\n（一）加强资金保障。统筹安排专项资金。（区财政局负责）\n")
    tasks = read_text(_HEAD + rows)["tasks"]
    assert [(t["number"], t["lead"]) for t in tasks] == [("1", ["区城市管理委"]), ("（一）", ["区财政局"])]
