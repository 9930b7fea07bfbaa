"""A label with a bracketed note of the kind of unit ('责任单位（处室）：') and a count of things opened ('开通500个以上
5G站点'): the note is part of the label, not a unit; what is opened is a goal like what is built."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule
from actiondesk.plans.reader.targets import find_targets


def test_a_responsible_label_noting_divisions_reads_the_units_after_it():
    assert parse_clause_rule("责任单位（处室）：市管处,旅游文化服务中心，办公室")[:2] == (
        ["市管处", "旅游文化服务中心", "办公室"],
        [],
    )


def test_a_label_line_noting_divisions_after_a_sub_item_names_its_units():
    text = (
        "某局制止餐饮浪费行动方案\n一、主要措施\n（一）加强行业引导\n1.星级饭店。一要严格落实，二要加强宣传。\n"
        "责任单位（处室）：市管处,旅游文化服务中心，办公室\n2.旅行社。一要倡导文明用餐。\n责任单位（处室）：公共处\n"
    )
    assert [(t["number"], t["lead"]) for t in read_text(text)["tasks"]] == [
        ("1", ["市管处", "旅游文化服务中心", "办公室"]),
        ("2", ["公共处"]),
    ]


def test_a_count_of_stations_opened_is_a_target():
    found = find_targets("2020年开通500个以上5G站点。")
    assert [(t["value"], t["unit"], t["comparator"]) for t in found] == [(500, "个", ">=")]
    assert [(t["value"], t["unit"]) for t in find_targets("年内开通公交线路3条。")] == [(3, "条")]


def test_opening_without_a_figure_is_no_target():
    assert find_targets("开通“双万兆”网络试点，开通绿色通道。") == []


def test_a_share_of_the_whole_task_by_a_year_is_a_target():
    found = find_targets("到2021年，力争完成总任务的50%以上。")
    assert [(t["value"], t["unit"], t["comparator"]) for t in found] == [(50, "%", ">=")]
