"""Four shapes met in held-out plans, made up here: a bracket of names inside a noun phrase ("协会（联合会）、…",
"党校（行政学院）和…") is the other name of what precedes it, not a clause; headings that name who is responsible and
open with a paragraph of their own ("一、…领域（甲局牵头）" / "围绕…。" / "1.…") are the tasks though their items are
numbered straight through; a group closed by its one label line after its items stays one task when a deeper level
of the document is read; and the signature and date that close a plan are no part of its last section, whose clauses
close its tasks."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.clause_search import find_responsibility

ALIASES = """科学素质提升实施方案
一、重点行动
（一）青少年科学素质提升行动。
1.提升科学教育水平。实施科学家精神进校园行动。
2.加强科技教师队伍建设。在各级党校（行政学院）和各类培训院校开设科学课程。
（责任部门：省教育厅牵头，省科协配合）
（二）农民科学素质提升行动。
1.推进农村科普活动。建设完善农村专业技术协会（联合会）、农村科普示范基地。
2.提升边远地区农民素质。开展质量管理小组（质量控制小组）活动。
（责任部门：省农业农村厅牵头，省科协配合）
"""

FIELDS = """营商环境对标提升举措
一、企业开办领域（省市场监管局牵头）
围绕市场主体全生命周期，提升集成服务质效。
1.加强企业开办事项集约协同。整合开办系统。
2.深化企业开办集成服务改革。延伸平台功能。
二、获得电力领域（省能源局牵头）
持续推进电力报装简审批、降成本。
3.压减办电时间。推行线上办电。
4.降低办电成本。延伸投资界面。
"""

CLOSED_DEEP = """卫生创建实施方案
一、主要任务
（一）开展环境整治
1.主次干道整治
（1）清理乱堆乱放。（责任单位：交通与建设处）
（2）整治占道经营。（责任单位：综合执法队）
2.市场环境整治。规范摊位。（责任单位：市场监管所）
（二）大力整顿公共场所卫生
1.抓好卫生监督。开展日常监测。
2.健全卫生操作规程。从业人员体检率达到100%。
3.整治饮用水卫生。加强水质检测。
责任单位：社会事业处
（三）开展传染病防治
1.完善疫情报告制度。
2.做好医疗垃圾处理。
责任单位：辖区卫生院
"""


def test_a_bracket_of_names_inside_a_noun_phrase_is_no_clause():
    for text in (
        "建设完善农村专业技术协会（联合会）、农村科普示范基地。",
        "在各级党校（行政学院）和培训院校开设课程。",
        "开展质量管理小组（质量控制小组）活动。",
    ):
        assert find_responsibility(text) is None, text
    assert find_responsibility("加快建设服务平台（市发改委、市财政局）。").lead == ["市发改委", "市财政局"]


def test_groups_whose_items_mention_other_names_in_brackets_stay_closed_by_their_label_line():
    tasks = {t["title"]: t for t in read_text(ALIASES)["tasks"]}
    assert tasks["农民科学素质提升行动"]["lead"] == ["省农业农村厅"]
    assert tasks["青少年科学素质提升行动"]["support"] == ["省科协"]
    assert "推进农村科普活动" not in tasks


def test_headings_that_name_the_lead_and_open_with_their_own_paragraph_are_the_tasks():
    tasks = read_text(FIELDS)["tasks"]
    assert [(t["title"], t["lead"]) for t in tasks] == [
        ("企业开办领域", ["省市场监管局"]),
        ("获得电力领域", ["省能源局"]),
    ]


def test_headings_straight_over_items_numbered_through_hand_their_clause_down():
    text = FIELDS.replace("围绕市场主体全生命周期，提升集成服务质效。\n", "").replace(
        "持续推进电力报装简审批、降成本。\n", ""
    )
    tasks = {t["title"]: t for t in read_text(text)["tasks"]}
    assert tasks["压减办电时间"]["lead"] == ["省能源局"] and "获得电力领域" not in tasks


def test_a_group_closed_by_its_label_line_stays_one_task_beside_deeper_items_with_clauses():
    reading = read_text(CLOSED_DEEP)
    tasks = {t["title"]: t for t in reading["tasks"]}
    assert tasks["大力整顿公共场所卫生"]["lead"] == ["社会事业处"]
    assert tasks["开展传染病防治"]["lead"] == ["辖区卫生院"]
    assert tasks["清理乱堆乱放"]["lead"] == ["交通与建设处"]
    assert "抓好卫生监督" not in tasks and "整治饮用水卫生" not in tasks
    assert [t["value"] for t in reading["targets"]] == [100]  # the group's figure, read once


SIGNED = """关于加强打击侵权假冒工作的实施意见
一、推进跨部门协作
（一）建立执法协作机制。（责任单位：省公安厅）
（二）加强信息共享。（责任单位：省市场监管局）
二、加强组织领导
市、县政府承担属地责任。（责任单位：各市、县政府）领导小组要加强统筹。（责任单位：省综治办）
河北省人民政府办公厅
2017年6月22日
"""


def test_the_signature_and_date_after_the_last_section_do_not_keep_its_clauses_from_closing_it():
    tasks = {t["title"]: t for t in read_text(SIGNED)["tasks"]}
    assert tasks["市、县政府承担属地责任"]["lead"] == ["各市、县政府"]
    assert tasks["领导小组要加强统筹"]["lead"] == ["省综治办"]
    assert tasks["建立执法协作机制"]["lead"] == ["省公安厅"]
