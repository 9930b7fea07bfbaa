"""A plan's annexed project list printed one cell a line (项目名称 / 建设性质 / 建设期限 / 建设地点 / 建设内容和规模 /
总投资（万元） / … / 组织实施单位; made-up documents): each project is a task of its unit, the sizes its scale cell states
are goals (the floor area too), what it costs is none."""

from actiondesk.plans.reader import read_text

PROJECTS = (
    "甲区托育服务提升方案\n"
    "一、重点任务\n"
    "（一）建设托育中心。新建一批托育服务设施。\n"
    "责任单位：区卫健局\n"
    "附件1\n"
    "甲区托育重大项目清单\n"
    "序号\n项目名称\n建设性质\n建设期限\n建设地点\n建设内容和规模\n总投资（万元）\n申请中央预算内投资（万元）\n"
    "组织实施单位\n"
    "一、托育项目\n"
    "1\n甲区儿童照护中心项目\n新建\n2024-2025\n甲区\n总建筑面积6000平方米，新增托位200个。\n5000\n1200\n区卫健局\n"
    "2\n乙街道托育园\n改扩建\n2024-2026\n乙街道\n建筑面积约1500平方米，建设床位50张。\n900\n300\n乙街道办事处\n"
    "备注：按年度需求滚动更新。\n"
)


def test_each_project_of_the_list_is_a_task_of_its_organising_unit():
    rows = [
        (t["number"], t["title"], t["lead"]) for t in read_text(PROJECTS)["tasks"] if t["rule"] == "table"
    ]
    assert rows == [("1", "甲区儿童照护中心项目", ["区卫健局"]), ("2", "乙街道托育园", ["乙街道办事处"])]


def test_the_sizes_of_a_scale_cell_are_goals_and_what_a_project_costs_is_none():
    targets = [(t["text"], t["value"], t["unit"], t["task"]) for t in read_text(PROJECTS)["targets"]]
    assert targets == [
        ("总建筑面积6000平方米", 6000, "平方米", "1"),
        ("新增托位200个", 200, "个", "1"),
        ("建筑面积约1500平方米", 1500, "平方米", "2"),
        ("建设床位50张", 50, "张", "2"),
    ]


def test_a_sum_the_plan_commits_to_in_a_money_column_stays_a_goal():
    text = PROJECTS.replace("总投资（万元）", "年度计划完成投资（万元）")
    assert (5000, "万元") in [(t["value"], t["unit"]) for t in read_text(text)["targets"]]


def test_an_area_described_in_a_sentence_stays_no_goal():
    text = PROJECTS.replace("新建一批托育服务设施。", "利用总建筑面积3000平方米的闲置厂房新建托育服务设施。")
    assert 3000 not in [t["value"] for t in read_text(text)["targets"]]
