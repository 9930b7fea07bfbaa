"""A task table (序号 / 重点任务 / 具体内容 / 场景数量 / 责任单位（第一位为牵头单位） / 完成时限) whose 重点任务 and 场景数量 cells are
printed in a group's first row only: the numbered 重点任务 cell ("1.“数据要素×”生活服务消费。") names the group, never a row's
title, wherever the missing cells shift it; and unit cells that name a place catch-all with its note ("各区（新区、合作区）"),
districts ("福田区", "大鹏新区") or bodies ending in 署 / 分行 ("河套发展署", "人民银行深圳市分行") are unit cells — "部署" is
no body."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.table_cells import unit_cell

_HEADER = ["序号", "重点任务", "具体内容", "场景数量", "责任单位（第一位为牵头单位）", "完成时限"]
_ROWS = [
    ["1", "1.“数据要素×”生活服务消费。", "构建“一老一小”用户画像，精准匹配养老服务资源。", "15",
     "市民政局、市卫生健康委，各区（新区、合作区）", "2026年11月"],
    ["2", "依托深圳科技创新优势，拓展无人机配送等新型消费模式。", "市商务局，各区（新区、合作区）", "2026年11月"],
    ["3", "2.“数据要素×”商圈消费。", "以福田中心全国示范智慧商圈为试点，推动多维数据融合应用。",
     "市商务局、福田区，市公安局，各区（新区、合作区）", "2026年11月"],
    ["4", "打造科技金融数据平台。", "市地方金融管理局，人民银行深圳市分行、河套发展署、大鹏新区", "2026年11月"],
]
_PLAN = ("某市数据要素实施方案\n\n附件\n重点任务分工表\n" + "\n".join(_HEADER + [c for row in _ROWS for c in row]) + "\n")


def test_a_numbered_group_cell_names_the_group_and_each_row_keeps_its_own_title_and_units():
    rows = [(t["number"], t["title"][:8], t["lead"], t["support"]) for t in read_text(_PLAN)["tasks"]]
    assert rows == [
        ("1", "构建“一老一小”", ["市民政局"], ["市卫生健康委", "各区（新区、合作区）"]),
        ("2", "依托深圳科技创新", ["市商务局"], ["各区（新区、合作区）"]),
        ("3", "以福田中心全国示", ["市商务局"], ["福田区", "市公安局", "各区（新区、合作区）"]),
        ("4", "打造科技金融数据", ["市地方金融管理局"], ["人民银行深圳市分行", "河套发展署", "大鹏新区"]),
    ]


def test_a_deployment_is_no_body():
    assert unit_cell("区级动员部署") is None


def test_the_bare_figures_of_a_column_that_counts_things_are_goals_in_ge():
    targets = read_text(_PLAN)["targets"]
    assert [(t["value"], t["unit"], t["comparator"], t["task"]) for t in targets] == [(15, "个", ">=", "1")]
