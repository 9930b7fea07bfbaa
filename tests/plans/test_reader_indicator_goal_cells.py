"""An indicator table printed one cell a line (指标名称 / 2020年完成值 / 2025年目标值 / 责任单位) under category rows
('甲方面', the numbering restarting under the next), and goal tables without a unit column (made-up documents)."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import split_names


def test_a_department_run_together_with_the_next_name_is_two_names():
    assert split_names("区党工委宣传工作部区文化局") == ["区党工委宣传工作部", "区文化局"]


def test_a_catch_all_of_areas_with_its_places_in_brackets_run_together_with_names_is_three_names():
    assert split_names("各片区（乡镇、街道）区党工委宣传工作部区文化局") == [
        "各片区（乡镇、街道）",
        "区党工委宣传工作部",
        "区文化局",
    ]


def test_a_working_department_of_a_party_committee_stays_one_name():
    assert split_names("党工委台湾工作部") == ["党工委台湾工作部"]


INDICATORS = (
    "甲区文体服务提升方案\n"
    "一、主要目标\n"
    "（一）具体指标\n"
    "表1 文体服务主要指标表\n"
    "序号\n指标名称\n2020年完成值\n2025年目标值\n责任单位\n"
    "文化方面\n"
    "1\n社区书屋数量（个）\n12\n30\n区文化局\n"
    "2\n书屋开放达标率（%）\n-\n95\n区文化局\n区教育局\n"
    "文化方面\n"
    "3\n每万人拥有文化志愿者人数（人）\n8\n20\n各片区（乡镇、街道）区党工委宣传工作部区文化局\n"
    "体育方面\n"
    "1\n健身步道长度（公里）\n40\n60\n区体育局\n"
    "2\n社区运动场地覆盖率（%）\n-\n100%\n区体育局\n"
    "二、重点任务\n"
    "（二）推进书屋建设\n"
    "新建一批社区书屋。\n"
    "责任单位：区文化局\n"
)


def test_rows_numbered_again_under_a_second_category_row_are_rows_of_that_category():
    rows = [
        (t["number"], t["title"], t["lead"]) for t in read_text(INDICATORS)["tasks"] if t["rule"] == "table"
    ]
    assert rows == [
        ("1", "社区书屋数量（个）", ["区文化局"]),
        ("2", "书屋开放达标率（%）", ["区文化局", "区教育局"]),
        ("3", "每万人拥有文化志愿者人数（人）", ["各片区（乡镇、街道）", "区党工委宣传工作部", "区文化局"]),
        ("体育方面1", "健身步道长度（公里）", ["区体育局"]),
        ("体育方面2", "社区运动场地覆盖率（%）", ["区体育局"]),
    ]


def test_bare_figures_of_the_goal_column_are_targets_in_the_unit_of_the_row_name_and_past_figures_are_none():
    targets = [(t["text"], t["value"], t["unit"], t["task"]) for t in read_text(INDICATORS)["targets"]]
    assert targets == [
        ("30", 30, "个", "1"),
        ("95", 95, "%", "2"),
        ("20", 20, "人", "3"),
        ("60", 60, "公里", "体育方面1"),
        ("100%", 100, "%", "体育方面2"),
    ]


def test_a_category_row_before_numbers_that_go_on_does_not_prefix_them():
    text = INDICATORS.replace("体育方面\n1\n健身步道长度（公里）\n", "体育方面\n4\n健身步道长度（公里）\n")
    numbers = [t["number"] for t in read_text(text)["tasks"] if t["rule"] == "table"]
    assert numbers[:4] == ["1", "2", "3", "4"]


GOAL_TABLES = (
    "甲区托育服务方案\n"
    "一、发展目标\n"
    "（一）具体指标\n"
    "表2“十四五”新增托育机构任务表\n"
    "“十三五”末存量\n“十四五”计划新增量\n“十四五”力争新增量\n"
    "托育机构数（家）\n其中普惠托育机构数（家）\n新增托育机构数（家）\n其中普惠托育机构数（家）\n"
    "新增托育机构数（家）\n其中普惠托育机构数（家）\n"
    "40\n12\n25\n10\n30\n15\n"
    "表3“十四五”托位数分年度目标表\n"
    "年份\n累计托位数（个）\n每千人口托位数（个）\n"
    "2024年\n800\n2.1\n2025年\n1200\n3.5\n"
    "二、重点任务\n"
    "（二）推进托育建设\n"
    "新建一批托育机构。\n"
    "责任单位：区卫健局\n"
)


def test_a_captioned_goal_table_without_a_unit_column_gives_its_planned_figures_but_not_its_stock():
    targets = [(t["text"], t["value"], t["unit"], t["rule"]) for t in read_text(GOAL_TABLES)["targets"]]
    assert targets[:4] == [
        ("25", 25, "家", "table_column"),
        ("10", 10, "家", "table_column"),
        ("30", 30, "家", "table_column"),
        ("15", 15, "家", "table_column"),
    ]


def test_a_goal_table_by_year_gives_each_year_figure_in_its_column_unit():
    targets = [(t["text"], t["unit"], t.get("year")) for t in read_text(GOAL_TABLES)["targets"]]
    assert targets[4:] == [
        ("800", "个", 2024),
        ("2.1", "个", 2024),
        ("1200", "个", 2025),
        ("3.5", "个", 2025),
    ]


def test_the_goal_tables_lines_are_no_words_of_the_item_above_them():
    tasks = read_text(GOAL_TABLES)["tasks"]
    assert [(t["title"], t["lead"]) for t in tasks] == [("推进托育建设", ["区卫健局"])]


def test_a_table_whose_caption_names_no_goals_gives_no_target():
    text = GOAL_TABLES.replace("任务表\n", "统计表\n").replace("分年度目标表\n", "分年度统计表\n")
    assert read_text(text)["targets"] == []


def test_a_measure_column_gives_the_goal_its_unit_and_is_no_part_of_the_title():
    text = (
        "甲区文体服务提升方案\n一、主要目标\n（一）具体指标\n表1 文体服务主要指标表\n"
        "序号\n指标\n单位\n2020年完成值\n2025年目标值\n责任单位\n"
        "1\n社区书屋数量\n个\n12\n30\n区文化局\n"
        "2\n书屋开放达标率\n%\n-\n95\n区文化局\n区教育局\n"
        "二、重点任务\n（二）推进书屋建设\n新建一批社区书屋。\n责任单位：区文化局\n"
    )
    reading = read_text(text)
    assert [(t["title"], t["lead"]) for t in reading["tasks"] if t["rule"] == "table"] == [
        ("社区书屋数量", ["区文化局"]),
        ("书屋开放达标率", ["区文化局", "区教育局"]),
    ]
    assert [(t["text"], t["unit"], t["task"]) for t in reading["targets"]] == [
        ("30", "个", "1"),
        ("95", "%", "2"),
    ]
