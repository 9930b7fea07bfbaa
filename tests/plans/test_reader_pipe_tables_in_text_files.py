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
