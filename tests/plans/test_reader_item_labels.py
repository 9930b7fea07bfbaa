"""Rules from the twenty-fifth held-out batch's item styles (branch k-reader31), each on a small made-up plan: a plan's
stages in time ("第一阶段：…（5月1日—5月31日）") as items closed by their own "责任单位：" line, a bullet printed before a
label line ("·责任单位：…"), a section whose heading is followed by its own label lines, and label lines that a bare
bracket in a measure below them does not replace."""

from actiondesk.plans.reader import read_plan, read_text
from actiondesk.plans.reader.numbering import NAMED, numbered

STAGES = [
    "某区违规建筑专项整治工作方案",
    "一、整治范围",
    "凡沿路两侧的违规建筑均属整治范围。",
    "二、方法步骤",
    "整治工作分三个阶段进行。",
    "第一阶段：宣传发动，摸清底数（5月1日—5月31日）",
    "要充分利用各种媒体宣传整治的意义，逐一登记造册。",
    "{bullet}责任单位：区甲局、区乙局，各乡镇",
    "第二阶段：集中整治，全面清理（6月1日—6月30日）",
    "各乡镇要将整治通知书发放到户，分类处理。",
    "责任单位：区丙局、区乙局，各乡镇",
    "第三阶段：检查验收（7月1日—7月31日）",
    "对整治情况进行考核验收。",
    "责任单位：区丁局",
]


def _titles_and_leads(tasks):
    return [(task["title"][:9], task["lead"]) for task in tasks if task["lead"]]


def test_a_stage_in_time_that_opens_its_line_with_a_colon_is_a_numbered_item():
    item = numbered("第二阶段：集中整治，全面清理（6月1日—6月30日）")
    assert item is not None and (item.kind, item.number, item.bare) == (NAMED, "第二阶段", "二")
    assert numbered("第二阶段集中整治的情况要及时上报。") is None  # no colon: a sentence about the stage


def test_stages_each_closed_by_their_own_unit_line_are_each_a_task_with_those_units():
    tasks = read_text("\n".join(STAGES).format(bullet=""))["tasks"]
    assert _titles_and_leads(tasks) == [
        ("宣传发动，摸清底数", ["区甲局", "区乙局", "各乡镇"]),
        ("集中整治，全面清理", ["区丙局", "区乙局", "各乡镇"]),
        ("检查验收（7月1日", ["区丁局"]),
    ]


def test_a_bullet_printed_before_a_label_line_does_not_hide_the_label():
    text = "\n".join(STAGES).format(bullet="·")
    tasks = read_plan(text.encode("utf-8"), "plan.txt")["tasks"]
    assert _titles_and_leads(tasks)[0] == ("宣传发动，摸清底数", ["区甲局", "区乙局", "各乡镇"])
    assert "·" not in "".join(task["text"] for task in tasks)


def test_a_section_whose_heading_is_followed_by_its_own_label_lines_is_one_task_beside_a_task_section():
    text = "\n".join(
        [
            "某区环境问题整改方案",
            "一、主要任务",
            "（一）加强甲项工作。（牵头单位：区甲局）",
            "（二）加强乙项工作。（牵头单位：区乙局）",
            "二、某水库保护区居民搬迁长期没有实质性进展。",
            "牵头部门：区丙局",
            "责任部门：区丙局、区丁局",
            "整改时限：2019年底",
            "整改措施：",
            "1.区丙局立即摸清保护区内居民居住情况。",
            "2.区丁局制定征迁方案。",
        ]
    )
    tasks = read_text(text)["tasks"]
    assert [(task["title"][:8], task["lead"], task["support"]) for task in tasks][-1] == (
        "某水库保护区居民",
        ["区丙局"],
        ["区丁局"],
    )


def test_a_bare_bracket_of_names_in_a_measure_below_the_label_lines_does_not_replace_the_items_lead():
    text = "\n".join(
        [
            "某区环境问题整改方案",
            "一、主要任务",
            "（一）某水源保护区生活污水未截污",
            "牵头部门：区甲局",
            "责任部门：区甲局、区乙局",
            "整改时限：2018年底",
            "整改措施：",
            "1.区甲局梳理截污工程存在的问题。",
            "2.区甲局督促加快铺设污水收集管网（建设东村和西村两个污水提升泵站）进度，2018年5月底完成。",
            "（二）某水库未落实截污问题",
            "牵头部门：区丙局",
            "责任部门：区丙局、区丁局",
            "整改措施：",
            "1.区丙局将截污项目纳入农村污水治理工程。",
        ]
    )
    tasks = read_text(text)["tasks"]
    assert [(task["lead"], task["support"]) for task in tasks] == [
        (["区甲局"], ["区乙局"]),
        (["区丙局"], ["区丁局"]),
    ]


def test_stages_that_each_name_their_units_are_the_tasks_not_the_section_headings_that_name_no_one():
    text = "\n".join(
        STAGES[:-3]
        + [
            "三、责任分工",
            "（一）区甲局负责宣传工作。",
            "（二）区乙局负责执法工作。",
        ]
    ).format(bullet="")
    tasks = read_text(text)["tasks"]
    assert [(task["number"], task["lead"]) for task in tasks] == [
        ("第一阶段", ["区甲局", "区乙局", "各乡镇"]),
        ("第二阶段", ["区丙局", "区乙局", "各乡镇"]),
    ]
