"""Paragraphs under an item's heading paragraph that each open with a run-in label and its colon ('“一核”：…',
'建设甲平台：…'), each closed by its own clause (branch k-reader55, from a moved held-out plan): every paragraph is a
task titled by its own label, the first one too, not by the item's heading. Made-up plans."""

from actiondesk.plans.reader import read_text

_LABELLED = """某市人工智能产业培育行动计划

一、主要任务

（一）打造“一核两园”产业社区。立足本市产业基础，以新城为核心，以两个园区为主阵地，打造产业社区矩阵。

“一核”：以新城科创区为核心，建设创业指导站，全周期扶持创业项目。（牵头单位：市科技局，责任单位：市教育局）

“两园”：鼓励大学生创业园、职教产业园建设社区，提供低成本办公空间。（牵头单位：市人社局，责任单位：团市委）

（二）建设支撑平台。发挥国有企业主导作用，建设算力平台和公共服务平台。

建设算力平台：加快建设全市算力调度平台，整合算力资源。（牵头单位：市数据局，责任单位：资产集团）

建设公共服务平台：上线市级公共服务平台，整合工具资源。（牵头单位：市工信局）

（三）优化营商环境。简化审批流程，提升服务效率。（牵头单位：市政务办）
"""

_SENTENCES = """某市人工智能产业培育行动计划

一、主要任务

（一）建设支撑平台。发挥国有企业主导作用，建设算力平台和公共服务平台。

加快建设全市算力调度平台，整合算力资源。（牵头单位：市数据局）

上线市级公共服务平台：整合工具资源。（牵头单位：市工信局）
"""


def _tasks(text):
    return [(t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_paragraphs_that_each_open_with_a_run_in_label_are_titled_by_their_labels_the_first_one_too():
    assert _tasks(_LABELLED) == [
        ("“一核”", ["市科技局"], ["市教育局"]),
        ("“两园”", ["市人社局"], ["团市委"]),
        ("建设算力平台", ["市数据局"], ["资产集团"]),
        ("建设公共服务平台", ["市工信局"], []),
        ("优化营商环境", ["市政务办"], []),
    ]


def test_a_first_paragraph_without_a_run_in_label_keeps_the_item_heading_as_its_title():
    assert [title for title, _, _ in _tasks(_SENTENCES)][0] == "建设支撑平台"
