"""A task table typed with pipes ("| 1 | 推进… | 投资促进局 | 经济发展局 |") in a .txt file is read as the same table in a
.md file is: its rows are tasks with their lead and supporting columns (a .txt had refused it: no task found)."""

from actiondesk.plans.reader import read_plan

_TABLE = ("某开发区2026年重点工作任务清单\n\n"
          "| 序号 | 重点任务 | 目标要求 | 牵头单位 | 配合单位 | 完成时限 |\n"
          "|---|---|---|---|---|---|\n"
          "| 1 | 推进主导产业集聚 | 新引进产业链项目20个 | 投资促进局 | 经济发展局 | 2026年12月 |\n"
          "| 2 | 加快企业技术改造 | 实施技改项目30项 | 经济发展局 | 财政局、科技局 | 2026年12月 |\n")


def _rows(filename: str):
    reading = read_plan(_TABLE.encode(), filename)
    return [(t["title"], t["lead"], t["support"]) for t in reading["tasks"]], [t["value"] for t in reading["targets"]]


def test_a_pipe_table_in_a_text_file_reads_as_in_a_markdown_file():
    expected = ([("推进主导产业集聚", ["投资促进局"], ["经济发展局"]),
                 ("加快企业技术改造", ["经济发展局"], ["财政局", "科技局"])], [20, 30])
    assert _rows("任务清单.txt") == expected
    assert _rows("任务清单.md") == expected


def _grouped(fields: list[str]) -> str:
    rows = "".join(f"| {number} | {field} | {task} | 数据局 |\n" for number, (field, task) in enumerate(
        zip(fields, ["建设临床诊疗数据集", "建设医保结算数据集", "建设气象观测数据集", "建设交通流量数据集"], strict=True), start=1))
    return "某市数据集建设任务表\n\n| 序号 | 领域 | 数据集名称 | 责任单位 |\n|---|---|---|---|\n" + rows


def test_a_first_column_merged_down_its_rows_groups_them_and_the_next_column_titles_each():
    # A Word or PDF table writes a merged cell beside every row it runs down: '医疗健康' twice, '公共服务' twice.
    reading = read_plan(_grouped(["医疗健康", "医疗健康", "公共服务", "公共服务"]).encode(), "表.md")
    assert [t["title"] for t in reading["tasks"]] == ["建设临床诊疗数据集", "建设医保结算数据集", "建设气象观测数据集",
                                                     "建设交通流量数据集"]


def test_a_first_column_that_differs_row_by_row_still_titles_the_rows():
    reading = read_plan(_grouped(["医疗健康", "医疗保障", "气象服务", "交通出行"]).encode(), "表.md")
    assert [t["title"] for t in reading["tasks"]] == ["医疗健康", "医疗保障", "气象服务", "交通出行"]


def test_a_unit_column_whose_header_says_the_first_listed_leads_splits_each_rows_units():
    text = ("某市任务分工表\n\n| 序号 | 重点任务 | 责任单位（第一位为牵头单位） | 完成时限 |\n|---|---|---|---|\n"
            "| 1 | 建设城市数据空间 | 市数据局、市发展改革委、各区政府 | 2026年 |\n"
            "| 2 | 开放公共数据 | 市数据局 | 2026年 |\n")
    reading = read_plan(text.encode(), "表.md")
    assert [(t["lead"], t["support"]) for t in reading["tasks"]] == [
        (["市数据局"], ["市发展改革委", "各区政府"]), (["市数据局"], [])]


def test_a_group_cell_left_empty_below_a_page_break_still_groups_the_rows():
    reading = read_plan(_grouped(["医疗健康", "", "公共服务", ""]).encode(), "表.md")
    assert [t["title"] for t in reading["tasks"]][:2] == ["建设临床诊疗数据集", "建设医保结算数据集"]


def test_a_count_column_gives_each_group_one_goal_though_its_merged_cell_repeats_beside_every_row():
    # '15' is one cell merged down the 商圈 group's two rows, as a Word or PDF table's text repeats it; the 文旅
    # group's own '15' is a goal of its own.
    text = ("某市任务分工表\n\n| 序号 | 重点任务 | 具体内容 | 场景数量 | 责任单位 |\n|---|---|---|---|---|\n"
            "| 1 | 商圈消费 | 推动客流数据融合应用 | 15 | 市商务局 |\n"
            "| 2 | 商圈消费 | 赋能首发经济 | 15 | 市商务局 |\n"
            "| 3 | 文旅消费 | 推动文化装备数字化 | 15 | 市文化广电旅游体育局 |\n"
            "| 4 | 电商消费 | 培育直播电商 | 4 | 市商务局 |\n")
    reading = read_plan(text.encode(), "表.md")
    assert [(t["value"], t["unit"], t["task"]) for t in reading["targets"]] == [(15, "个", "1"), (15, "个", "3"), (4, "个", "4")]
