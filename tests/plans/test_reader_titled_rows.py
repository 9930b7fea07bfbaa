"""A one-cell-a-line task table with no 序号 column whose rows open with a numbered title cell
("重点任务 / 工作措施 / 牵头单位 / 参与单位" over "1.优化产业布局"), made up in the style of an annexed 重点任务表."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.unit_names import is_unit_name

PLAN = """某区大气污染防治实施方案
一、工作目标
到2020年，空气质量持续改善。
二、保障措施
各有关部门要加强组织领导，确保各项任务完成。
附件
某区大气污染防治重点任务表
重点任务
工作措施
牵头单位
参与单位
一、调整产业结构
1.优化产业布局
完成生态环境准入清单编制工作，明确禁止和限制发展的行业。
区生态环境局
区发展改革局、各街道办事处
2.落实落后产能退出
依法依规关停能耗、环保、安全达不到标准的产能。
区工信局
重点任务
工作措施
牵头单位
参与单位
二、调整运输结构
3.加快车船结构升级
加快推进新增和更新的公交车辆使用新能源汽车。
区交通局、区发展改革局
区财政局
推进船舶更新升级。推广使用电、天然气等清洁能源船舶。
区交通局
区生态环境局
"""


def test_each_numbered_title_cell_opens_a_task_with_its_lead_and_support_cells():
    tasks = {task["number"]: task for task in read_text(PLAN)["tasks"]}
    assert tasks["1"]["title"] == "优化产业布局"
    assert (tasks["1"]["lead"], tasks["1"]["support"]) == (["区生态环境局"], ["区发展改革局", "各街道办事处"])
    assert (tasks["2"]["title"], tasks["2"]["lead"], tasks["2"]["support"]) == ("落实落后产能退出", ["区工信局"], [])


def test_a_measure_with_its_own_unit_cells_is_a_further_row_of_the_same_task():
    tasks = {task["number"]: task for task in read_text(PLAN)["tasks"]}
    assert (tasks["3-1"]["title"], tasks["3-1"]["support"]) == ("加快车船结构升级", ["区财政局"])
    assert (tasks["3-2"]["title"], tasks["3-2"]["lead"]) == ("推进船舶更新升级", ["区交通局"])


def test_the_header_printed_again_and_the_part_rows_are_no_tasks():
    titles = [task["title"] for task in read_text(PLAN)["tasks"]]
    assert len(titles) == 4
    assert not any(title.startswith(("重点任务", "一、", "二、")) for title in titles)


def test_a_word_ending_in_ju_that_names_a_layout_is_no_unit():
    assert not is_unit_name("优化产业布局") and not is_unit_name("构建新发展格局")
    assert is_unit_name("区环土局") and is_unit_name("市公安局")


SCHEDULED = """某局2017年专利工作任务分解表
工作措施
工作目标
具体内容
进度安排
负责部门
绩效指标
一、专利制度创新
（一）完善专利制度
1.推动制定专利政策
制定完善专利政策体系。
推动制定专利资助政策。（必做）
第二季度：制定印发管理办法。
第四季度：进行工作总结。
知识产权处
完成相关专利政策的制定工作。
2.加大专利执法力度
开展专利执法专项行动。
第三季度：开展执法检查。
知识产权处
稽查支队
各分局
全年组织执法人员培训50人次以上。
（二）培育知识产权人才
3.大力培育知识产权人才
组织开展专利业务培训。
第二季度：举办培训班。
知识产权处
全年组织参训人员不低于80人次。
"""


def test_a_measure_first_table_reads_the_cells_after_its_unit_column_and_a_unit_cell_over_lines():
    reading = read_text(SCHEDULED)
    tasks = {task["number"]: task for task in reading["tasks"]}
    assert [tasks[number]["title"] for number in ("1", "2", "3")] == ["推动制定专利政策", "加大专利执法力度", "大力培育知识产权人才"]
    assert (tasks["2"]["lead"], tasks["2"]["support"]) == (["知识产权处", "稽查支队", "各分局"], [])
    goals = {(target["value"], target["unit"], target["task"]) for target in reading["targets"]}
    assert goals == {(50, "人次", "2"), (80, "人次", "3")}
