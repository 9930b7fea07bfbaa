"""A part titled by what is to be done joined with who does it ("二、整治内容与责任分工", "二、整治重点和责任分工") is the
plan's task part: its groups, each closed by one clause on its own line after their numbered checks, are the tasks,
and a later part of methods whose items name no one ("三、整治方法") is not read with it. A part titled "责任分工"
alone lists standing duties and stays other text (the seventy-second batch's failing-style line, on made-up text)."""

from actiondesk.plans.reader import read_text

TEXT = """甲片区隐患大排查工作方案
一、总体要求
坚决贯彻落实防灾减灾救灾工作要求。
二、整治内容与责任分工
（一）防洪防潮工程整治内容：
1. 配合上级部门对水利工程防汛安全管理进行全面检查。
2. 配合上级部门对监测设施设备进行全面检查。
（农业农村处牵头，政法综治处等相关处室分工负责）
（二）地质灾害整治内容：
1. 全面检查地质灾害隐患点。
2. 4月25日前，完成地质灾害年度防治方案落实情况的检查。
（资源生态处负责）
三、整治方法
本次大排查不分阶段，各相关责任处室要立即行动起来。
（一）立即拉网排查。即日起各处室同时开展拉网式排查。
（二）紧盯关键节点。要牢牢把握主汛期前等重要时间节点。
四、保障措施
（一）加强组织领导。各处室要高度重视。
"""


def _rows(text):
    return [(t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_a_part_of_content_and_division_holds_the_tasks_one_per_group():
    assert _rows(TEXT) == [("防洪防潮工程整治内容", ["农业农村处"], ["政法综治处"]), ("地质灾害整治内容", ["资源生态处"], [])]
    assert _rows(TEXT.replace("整治内容与责任分工", "整治重点和责任分工")) == _rows(TEXT)


def test_a_part_of_standing_duties_titled_division_alone_adds_no_task():
    text = ("甲区殡葬整治方案\n一、主要任务\n（一）宣传发动。开展宣传。（责任单位：区宣传部）\n（二）全面整治。开展整治。"
            "（责任单位：区执法局）\n二、责任分工\n（一）区公安局负责做好维稳工作。\n（二）区财政局确保整治工作所需经费。\n")
    assert [title for title, _, _ in _rows(text)] == ["宣传发动", "全面整治"]
