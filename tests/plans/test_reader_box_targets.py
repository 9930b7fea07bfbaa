"""Boxes (专栏) printed between two items of a group (branch k-reader37, from the moved anhui-2021 action plan): where
no task's span takes a box in, its figures are read as goals of the item printed before it; a box a task's span
already covers is not read twice. Made-up plans."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.target_boxes import box_targets

_TEXT = (
    "（一）网络强基行动。\n"
    "1﹒推进千兆光网建设。加快网络部署。（责任单位：市通信管理办公室）\n"
    "专栏1  网络强基工程\n"
    "组织基础电信企业改造升级已有网络，力争全市建成20个行业节点。每年遴选10家网络改造成效良好的企业。\n"
    "2﹒推进企业内网改造。支持工业企业改造企业内网。（责任单位：市经济和信息化局）\n"
)


def _task(number, first_words):
    start = _TEXT.index(first_words)
    return {"number": number, "start": start, "end": _TEXT.index("\n", start)}


def test_the_figures_of_a_box_no_task_covers_are_goals_of_the_item_before_it():
    tasks = [_task("（一）", "1﹒"), _task("（一）-2", "2﹒")]
    found = [(t["task"], t["value"], t["unit"], t["comparator"]) for t in box_targets(_TEXT, tasks)]
    assert found == [("（一）", 20, "个", ">="), ("（一）", 10, "家", ">=")]


def test_a_box_inside_a_task_span_is_left_to_the_task():
    whole = {"number": "（一）", "start": _TEXT.index("1﹒"), "end": _TEXT.index("2﹒")}
    assert box_targets(_TEXT, [whole]) == []


def test_a_plan_whose_items_take_their_boxes_in_reads_each_figure_once():
    plan = (
        "某市数字经济创新发展行动计划\n"
        "一、重点任务\n"
        "（一）网络强基行动。\n"
        "1﹒推进千兆光网建设。加快网络部署。（责任单位：市通信管理办公室）\n"
        "专栏1  网络强基工程\n"
        "组织基础电信企业改造升级已有网络，力争全市建成20个行业节点。\n"
        "2﹒推进企业内网改造。支持工业企业改造企业内网。（责任单位：市经济和信息化局）\n"
        "（二）平台赋能行动。\n"
        "3﹒建设行业平台。支持龙头企业建设行业平台。（责任单位：市经济和信息化局）\n"
    )
    targets = [(t["value"], t["unit"]) for t in read_text(plan)["targets"]]
    assert targets == [(20, "个")]
